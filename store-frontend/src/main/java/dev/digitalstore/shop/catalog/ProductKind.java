package dev.digitalstore.shop.catalog;

/** What a buyer receives for a product. */
public enum ProductKind {

	DOWNLOAD, LICENCE_KEY, DOWNLOAD_AND_KEY;

	public boolean hasDownload() {
		return this != LICENCE_KEY;
	}

	public boolean hasLicenceKey() {
		return this != DOWNLOAD;
	}

}
