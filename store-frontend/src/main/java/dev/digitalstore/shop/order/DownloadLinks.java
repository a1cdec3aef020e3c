package dev.digitalstore.shop.order;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Maps the API's download URLs ({@code .../api/downloads/{token}}) to the shop's route.
 */
public final class DownloadLinks {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.~-]{1,512}");

	private DownloadLinks() {
	}

	public static String shopUrl(String apiUrl) {
		if (apiUrl == null) {
			return null;
		}
		String path = URI.create(apiUrl).getPath();
		String token = path.substring(path.lastIndexOf('/') + 1);
		return "/downloads/" + token;
	}

	static boolean validToken(String token) {
		return TOKEN.matcher(token).matches();
	}

}
