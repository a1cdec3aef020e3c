package dev.digitalstore.store.assets;

import dev.digitalstore.store.shared.web.NotFoundException;

public class AssetNotFoundException extends NotFoundException {

	public AssetNotFoundException(String key) {
		super("The file");
	}

}
