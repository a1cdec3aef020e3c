import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The shopper mix: CONNECTIONS closed-loop shoppers (no think time, like wrk) pick weighted actions (browse
 * 10, search 4, product 6, add to cart 2, view cart 3, checkout 1) for DURATION seconds, each with its own
 * cart and cookies. wrk's Lua cannot follow a multi-step checkout (cart, form, CSRF token, idempotency key),
 * so this driver does, and records every action's latency itself (all samples kept, exact percentiles).
 *
 * <pre>
 * java Mix api|shop BASE_URL CONNECTIONS DURATION_SECONDS WORDS_FILE PRODUCT_IDS_FILE
 * </pre>
 *
 * Prints "key value" lines: requests, seconds, rps, p50_ms, p99_ms, errors, checkouts, and per action.
 */
public class Mix {

	enum Action {

		BROWSE(10), SEARCH(4), PRODUCT(6), ADD_TO_CART(2), VIEW_CART(3), CHECKOUT(1);

		final int weight;

		Action(int weight) {
			this.weight = weight;
		}

	}

	/** Runs one action and records what the shopper waited for. */
	static void timed(Shopper shopper, Action action, Recorder recorder) throws InterruptedException {
		long start = System.nanoTime();
		boolean ok;
		try {
			ok = shopper.run(action);
		}
		catch (IOException | RuntimeException ex) {
			ok = false;
			recorder.lastError = action + ": " + ex;
		}
		recorder.record(action, System.nanoTime() - start, ok);
	}

	/** One shopper's session against one app: its cart, its cookies. */
	interface Shopper {

		/** Runs the action; returns true if the app answered as a shopper expects. */
		boolean run(Action action) throws IOException, InterruptedException;

		int checkouts();

		/**
		 * Whether the shopper's cart is empty: a checkout then needs an item first, which
		 * is an add-to-cart of its own (timed as one), not part of the checkout's time.
		 */
		boolean cartEmpty();

	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		String base = args[1];
		int connections = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		List<String> words = Arrays.stream(Files.readString(Path.of(args[4])).split("\\s+"))
			.filter((w) -> !w.isBlank())
			.toList();
		long[] productIds = Files.readAllLines(Path.of(args[5]))
			.stream()
			.filter((l) -> !l.isBlank())
			.mapToLong((l) -> Long.parseLong(l.trim()))
			.toArray();
		Catalog catalog = new Catalog(words, productIds);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		Action[] wheel = Arrays.stream(Action.values())
			.flatMap((a) -> java.util.stream.Stream.generate(() -> a).limit(a.weight))
			.toArray(Action[]::new);
		AtomicBoolean running = new AtomicBoolean(true);
		List<Recorder> recorders = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		List<Shopper> shoppers = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			Shopper shopper = mode.equals("api") ? new ApiShopper(http, base, catalog, i)
					: new ShopShopper(http, base, catalog, i);
			Recorder recorder = new Recorder();
			shoppers.add(shopper);
			recorders.add(recorder);
			threads.add(Thread.ofPlatform().name("shopper-" + i).start(() -> {
				while (running.get()) {
					Action action = wheel[ThreadLocalRandom.current().nextInt(wheel.length)];
					try {
						if (action == Action.CHECKOUT && shopper.cartEmpty()) {
							timed(shopper, Action.ADD_TO_CART, recorder);
						}
						timed(shopper, action, recorder);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}));
		}
		long started = System.nanoTime();
		Thread.sleep(seconds * 1000L);
		running.set(false);
		for (Thread thread : threads) {
			thread.join(30_000);
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		report(recorders, shoppers, elapsed);
	}

	private static void report(List<Recorder> recorders, List<Shopper> shoppers, double elapsed) {
		Map<Action, List<Long>> byAction = new TreeMap<>();
		List<Long> all = new ArrayList<>();
		long errors = 0;
		for (Recorder r : recorders) {
			r.samples.forEach((action, samples) -> byAction.computeIfAbsent(action, (k) -> new ArrayList<>()).addAll(samples));
			r.samples.values().forEach(all::addAll);
			errors += r.errors;
			if (r.lastError != null) {
				System.err.println("last error of a shopper: " + r.lastError);
			}
		}
		int checkouts = shoppers.stream().mapToInt(Shopper::checkouts).sum();
		System.out.printf("requests %d%nseconds %.1f%nrps %.1f%n", all.size(), elapsed, all.size() / elapsed);
		System.out.printf("p50_ms %.2f%np99_ms %.2f%nerrors %d%ncheckouts %d%ncheckouts_per_s %.2f%n",
				percentile(all, 50), percentile(all, 99), errors, checkouts, checkouts / elapsed);
		byAction.forEach((action, samples) -> System.out.printf("%s %d p50_ms %.2f p99_ms %.2f%n",
				action.name().toLowerCase(), samples.size(), percentile(samples, 50), percentile(samples, 99)));
	}

	static double percentile(List<Long> nanos, double p) {
		if (nanos.isEmpty()) {
			return Double.NaN;
		}
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	static final class Recorder {

		final Map<Action, List<Long>> samples = new TreeMap<>();

		long errors;

		volatile String lastError;

		void record(Action action, long nanos, boolean ok) {
			this.samples.computeIfAbsent(action, (k) -> new ArrayList<>()).add(nanos);
			if (!ok) {
				this.errors++;
			}
		}

	}

	record Catalog(List<String> words, long[] productIds) {

		String word() {
			return this.words.get(ThreadLocalRandom.current().nextInt(this.words.size()));
		}

		long productId() {
			return this.productIds[ThreadLocalRandom.current().nextInt(this.productIds.length)];
		}

		int page(int pages) {
			return ThreadLocalRandom.current().nextInt(pages);
		}

	}

	/** Talks to the backend's JSON API directly (before the shop exists, or to compare). */
	static final class ApiShopper implements Shopper {

		@Override
		public boolean cartEmpty() {
			return this.items == 0;
		}

		private final HttpClient http;

		private final String base;

		private final Catalog catalog;

		private final int index;

		private String cartId;

		private int items;

		private int checkouts;

		ApiShopper(HttpClient http, String base, Catalog catalog, int index) {
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
		public boolean run(Action action) throws IOException, InterruptedException {
			return switch (action) {
				case BROWSE -> get("/api/products?page=" + this.catalog.page(5) + "&size=12").statusCode() == 200;
				case SEARCH -> get("/api/products?q=" + this.catalog.word() + "&page=" + this.catalog.page(3)
						+ "&size=12").statusCode() == 200;
				case PRODUCT -> get("/api/products/product-" + this.catalog.productId()).statusCode() != 500;
				case ADD_TO_CART -> addToCart();
				case VIEW_CART -> (this.cartId == null) ? newCart() : get("/api/carts/" + this.cartId).statusCode() == 200;
				case CHECKOUT -> checkout();
			};
		}

		private boolean newCart() throws IOException, InterruptedException {
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.base + "/api/carts"))
				.POST(HttpRequest.BodyPublishers.noBody()));
			this.cartId = Json.string(response.body(), "id");
			this.items = 0;
			return response.statusCode() == 201;
		}

		private boolean addToCart() throws IOException, InterruptedException {
			if (this.cartId == null && !newCart()) {
				return false;
			}
			HttpResponse<String> response = send(HttpRequest
				.newBuilder(URI.create(this.base + "/api/carts/" + this.cartId + "/items/" + this.catalog.productId()))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"quantity\":1}")));
			this.items++;
			return response.statusCode() == 200;
		}

		private boolean checkout() throws IOException, InterruptedException {
			if (this.items == 0) {
				return false; // the add to cart before it failed, and was counted as failed
			}
			String body = "{\"cartId\":\"" + this.cartId + "\",\"email\":\"mix-" + this.index
					+ "@bench.example\",\"billingCountry\":\"FR\",\"paymentToken\":\"tok_visa\"}";
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.base + "/api/checkout"))
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", java.util.UUID.randomUUID().toString())
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			this.cartId = null;
			this.items = 0;
			if (response.statusCode() == 201) {
				this.checkouts++;
				return true;
			}
			System.err.println("checkout " + response.statusCode() + " " + response.body());
			return false;
		}

		private HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	/** Just enough JSON for the driver: a top-level string field. */
	static final class Json {

		static String string(String json, String field) {
			int at = json.indexOf("\"" + field + "\"");
			if (at < 0) {
				return null;
			}
			int start = json.indexOf('"', json.indexOf(':', at) + 1) + 1;
			return json.substring(start, json.indexOf('"', start));
		}

	}

}
