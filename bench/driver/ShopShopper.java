import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shopper in a browser, minus the browser: the shop's pages with its session cookie, the CSRF token of the
 * forms, and redirects followed after a form post (one action = what the shopper waits for). Cookies are kept
 * by hand because the shop's are Secure ({@code __Host-}) and this run is plain http on loopback.
 */
final class ShopShopper implements Mix.Shopper {

	@Override
	public boolean cartEmpty() {
		return this.items == 0;
	}

	private static final Pattern CSRF = Pattern.compile("name=\"(_csrf|[^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"");

	private static final Pattern HIDDEN = Pattern.compile("name=\"(idempotencyKey|cartId)\" value=\"([^\"]*)\"");

	private final HttpClient http;

	private final String base;

	private final Mix.Catalog catalog;

	private final int index;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrfName;

	private String csrfToken;

	private int items;

	private int checkouts;

	ShopShopper(HttpClient http, String base, Mix.Catalog catalog, int index) {
		this.http = http;
		this.base = base;
		this.catalog = catalog;
		this.index = index;
	}

	@Override
	public int checkouts() {
		return this.checkouts;
	}

	@Override
	public boolean run(Mix.Action action) throws IOException, InterruptedException {
		return switch (action) {
			case BROWSE -> get("/catalog?page=" + this.catalog.page(5)).statusCode() == 200;
			case SEARCH -> get("/catalog?q=" + this.catalog.word() + "&page=" + this.catalog.page(3)).statusCode() == 200;
			case PRODUCT -> get("/products/product-" + this.catalog.productId()).statusCode() != 500;
			case ADD_TO_CART -> addToCart();
			case VIEW_CART -> get("/cart").statusCode() == 200;
			case CHECKOUT -> checkout();
		};
	}

	private boolean addToCart() throws IOException, InterruptedException {
		if (this.csrfToken == null && get("/catalog").statusCode() != 200) {
			return false;
		}
		HttpResponse<String> response = post("/cart/items",
				Map.of(this.csrfName, this.csrfToken, "productId", String.valueOf(this.catalog.productId())));
		if (response.statusCode() != 302 && response.statusCode() != 303) {
			return false;
		}
		this.items++;
		return follow(response).statusCode() == 200;
	}

	private boolean checkout() throws IOException, InterruptedException {
		if (this.items == 0) {
			return false; // the add to cart before it failed, and was counted as failed
		}
		HttpResponse<String> page = get("/checkout");
		Map<String, String> hidden = new LinkedHashMap<>();
		Matcher m = HIDDEN.matcher(page.body());
		while (m.find()) {
			hidden.put(m.group(1), m.group(2));
		}
		if (page.statusCode() != 200 || !hidden.containsKey("cartId")) {
			return false;
		}
		Map<String, String> form = new LinkedHashMap<>(hidden);
		form.put(this.csrfName, this.csrfToken);
		form.put("email", "shop-mix-" + this.index + "@bench.example");
		form.put("billingCountry", "FR");
		form.put("paymentToken", "tok_visa");
		HttpResponse<String> response = post("/checkout", form);
		this.items = 0;
		String location = response.headers().firstValue("Location").orElse("");
		if ((response.statusCode() == 302 || response.statusCode() == 303) && location.contains("/orders/")) {
			this.checkouts++;
			return follow(response).statusCode() == 200;
		}
		System.err.println("shop checkout " + response.statusCode() + " " + location);
		return false;
	}

	private HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		URI target = redirect.uri().resolve(location);
		return get(target.getRawPath() + ((target.getRawQuery() != null) ? "?" + target.getRawQuery() : ""));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
		Matcher m = CSRF.matcher(response.body());
		if (m.find()) {
			this.csrfName = m.group(1);
			this.csrfToken = m.group(2);
		}
		return response;
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", this.base)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (!this.cookies.isEmpty()) {
			StringBuilder cookie = new StringBuilder();
			this.cookies.forEach((k, v) -> cookie.append(cookie.isEmpty() ? "" : "; ").append(k).append('=').append(v));
			request.header("Cookie", cookie.toString());
		}
		HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		for (String set : response.headers().allValues("Set-Cookie")) {
			String pair = set.split(";", 2)[0];
			int eq = pair.indexOf('=');
			if (eq > 0) {
				String value = pair.substring(eq + 1);
				if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
					this.cookies.remove(pair.substring(0, eq));
				}
				else {
					this.cookies.put(pair.substring(0, eq), value);
				}
			}
		}
		return response;
	}

}
