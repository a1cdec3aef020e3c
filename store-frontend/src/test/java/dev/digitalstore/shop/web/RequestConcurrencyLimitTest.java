package dev.digitalstore.shop.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.digitalstore.shop.ShopProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestConcurrencyLimitTest {

	final MeterRegistry meters = new SimpleMeterRegistry();

	final RequestConcurrencyLimit limit = new RequestConcurrencyLimit(
			new ShopProperties.Requests(1, Duration.ofMillis(200)), this.meters);

	@Test
	void aRequestWaitsForTheOneInProgressAndTooLongAWaitIsA503() throws Exception {
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> first = holdTurn(this.limit, "/catalog", finish);

		MockHttpServletResponse refused = run("/catalog", (request, response) -> {
		});
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
		assertThat(this.meters.get("shop.requests.rejected").tag("line", "browse").counter().count()).isEqualTo(1);
		assertThat(this.meters.get("shop.requests.rejected").tag("line", "purchase").counter().count()).isZero();

		CountDownLatch admitted = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> waiting = CompletableFuture
			.supplyAsync(() -> run("/cart", (request, response) -> admitted.countDown()));
		awaitWaiting(this.limit, false, 1);
		assertThat(admitted.getCount()).as("waits while the first runs").isEqualTo(1);
		assertThat(this.meters.get("shop.requests.waiting").tag("line", "browse").gauge().value()).isEqualTo(1);
		finish.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(waiting.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(admitted.getCount()).isZero();
		assertThat(this.limit.available()).isEqualTo(1);
	}

	@Test
	void aPurchaseWaitingGoesBeforeBrowsingThatCameFirst() throws Exception {
		RequestConcurrencyLimit patient = new RequestConcurrencyLimit(
				new ShopProperties.Requests(1, Duration.ofSeconds(5)), new SimpleMeterRegistry());
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> first = holdTurn(patient, "/catalog", finish);

		List<String> served = new CopyOnWriteArrayList<>();
		CompletableFuture<MockHttpServletResponse> browsing = CompletableFuture
			.supplyAsync(() -> run(patient, "GET", "/catalog", (request, response) -> served.add("browse")));
		awaitWaiting(patient, false, 1);
		CompletableFuture<MockHttpServletResponse> paying = CompletableFuture
			.supplyAsync(() -> run(patient, "POST", "/checkout", (request, response) -> served.add("pay")));
		awaitWaiting(patient, true, 1);
		assertThat(served).as("both wait while the first runs").isEmpty();

		finish.countDown();
		first.get(5, TimeUnit.SECONDS);
		assertThat(paying.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(browsing.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(served).containsExactly("pay", "browse");
		assertThat(patient.available()).isEqualTo(1);
	}

	@Test
	void theStepsOfAPurchaseAreTheCartChangesCheckoutOrdersAndDownloads() {
		assertThat(RequestConcurrencyLimit.isPurchase(new MockHttpServletRequest("POST", "/cart/items"))).isTrue();
		assertThat(RequestConcurrencyLimit.isPurchase(new MockHttpServletRequest("POST", "/cart/items/7/remove")))
			.isTrue();
		assertThat(RequestConcurrencyLimit.isPurchase(new MockHttpServletRequest("GET", "/checkout"))).isTrue();
		assertThat(RequestConcurrencyLimit.isPurchase(new MockHttpServletRequest("POST", "/checkout"))).isTrue();
		assertThat(RequestConcurrencyLimit.isPurchase(new MockHttpServletRequest("GET", "/orders/DS-1234"))).isTrue();
		assertThat(RequestConcurrencyLimit.isPurchase(new MockHttpServletRequest("GET", "/downloads/abc"))).isTrue();

		assertThat(RequestConcurrencyLimit.isPurchase(new MockHttpServletRequest("GET", "/cart"))).isFalse();
		assertThat(RequestConcurrencyLimit.isPurchase(new MockHttpServletRequest("GET", "/catalog"))).isFalse();
		assertThat(RequestConcurrencyLimit.isPurchase(new MockHttpServletRequest("GET", "/products/ebook"))).isFalse();
		assertThat(RequestConcurrencyLimit.isPurchase(new MockHttpServletRequest("POST", "/sign-in"))).isFalse();
		assertThat(RequestConcurrencyLimit.isPurchase(new MockHttpServletRequest("GET", "/checkout-help"))).isFalse();
	}

	@Test
	void probesAndStaticFilesNeverWait() throws Exception {
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> busy = holdTurn(this.limit, "/checkout", finish);
		for (String path : new String[] { "/actuator/health/readiness", "/css/shop.css", "/images/favicon.svg" }) {
			assertThat(run(path, (request, response) -> {
			}).getStatus()).as(path).isEqualTo(200);
		}
		finish.countDown();
		busy.get(5, TimeUnit.SECONDS);
	}

	@Test
	void aFailingRequestGivesItsTurnBack() {
		assertThatThrownBy(() -> this.limit.doFilter(new MockHttpServletRequest("GET", "/catalog"),
				new MockHttpServletResponse(), (request, response) -> {
					throw new IllegalStateException("boom");
				}))
			.isInstanceOf(IllegalStateException.class);
		assertThat(this.limit.available()).isEqualTo(1);
	}

	/**
	 * Starts a GET that holds a turn until {@code finish}; returns once it has the turn.
	 */
	private static CompletableFuture<MockHttpServletResponse> holdTurn(RequestConcurrencyLimit limit, String path,
			CountDownLatch finish) throws InterruptedException {
		CountDownLatch inside = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> held = CompletableFuture
			.supplyAsync(() -> run(limit, "GET", path, (request, response) -> {
				inside.countDown();
				await(finish);
			}));
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
		return held;
	}

	private static void awaitWaiting(RequestConcurrencyLimit limit, boolean urgent, int count) {
		// polled at once and often: the first test's waiting request has only 200 ms
		Awaitility.await()
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> limit.waiting(urgent) == count);
	}

	private MockHttpServletResponse run(String path, FilterChain chain) {
		return run(this.limit, "GET", path, chain);
	}

	private static MockHttpServletResponse run(RequestConcurrencyLimit limit, String method, String path,
			FilterChain chain) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			limit.doFilter(new MockHttpServletRequest(method, path), response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
