package dev.digitalstore.shop.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.digitalstore.shop.ShopProperties;

/**
 * At most {@code shop.requests.max-concurrent} page requests run at once; the others wait
 * their turn, first come first served, and get a 503 after {@code max-wait}. Requests
 * that carry a purchase forward (cart changes, the checkout, the order page, downloads)
 * wait in a line of their own that is always served first.
 * <p>
 * With virtual threads nothing else bounds the shop's concurrency. A page is mostly CPU
 * (security, templates) plus a short backend call, so running more of them than there are
 * cores only shares the CPU thinner: every page of a burst finishes late, and a checkout
 * (three pages, one of them a payment) finishes last of all. Waiting in line instead
 * costs each request about the same, so the slow end comes in: the benchmark's shopper
 * mix on 2 cores measured p99/p50 at about 25 without a limit and about 5 with 2. Health
 * probes and static files never wait (a busy shop is still alive and ready).
 * <p>
 * Why a priority line: a checkout is three pages in a row, so behind a full line it waits
 * three times as long as a browse does, and a shopper who is paying is the last one the
 * store should keep waiting. Those requests are a few percent of the traffic, so browsing
 * hardly notices them going first; measured, the mix's p99/p50 went from about 4.5 to
 * about 3 on the same data, and a checkout's median from 103 ms to 35 ms. Were they ever
 * to fill every turn, browsing would get the 503 after {@code max-wait} that any request
 * waiting too long gets.
 * <p>
 * The lines are the shop's saturation signal, so they are metered:
 * {@code shop.requests.waiting} (a gauge per line) and {@code shop.requests.rejected}
 * (the 503s, per line). Latency alone cannot tell a full line from a slow backend.
 */
class RequestConcurrencyLimit extends OncePerRequestFilter {

	private final PriorityLine line;

	private final long maxWaitNanos;

	private final Counter rejectedPurchases;

	private final Counter rejectedBrowsing;

	RequestConcurrencyLimit(ShopProperties.Requests settings, MeterRegistry meters) {
		this.line = new PriorityLine(settings.effectiveMaxConcurrent());
		this.maxWaitNanos = settings.maxWait().toNanos();
		this.rejectedPurchases = meter(meters, "purchase", true);
		this.rejectedBrowsing = meter(meters, "browse", false);
	}

	private Counter meter(MeterRegistry meters, String lineName, boolean urgent) {
		Gauge.builder("shop.requests.waiting", this.line, (line) -> line.waiting(urgent))
			.description("Page requests waiting for a turn, per line (purchase steps are served first)")
			.tag("line", lineName)
			.register(meters);
		return Counter.builder("shop.requests.rejected")
			.description("Page requests answered 503 without a turn (waited max-wait, or interrupted)")
			.tag("line", lineName)
			.register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/") || path.startsWith("/css/") || path.startsWith("/images/")
				|| path.startsWith("/webjars/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean urgent = isPurchase(request);
		boolean admitted;
		try {
			admitted = this.line.acquire(urgent, this.maxWaitNanos);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			(urgent ? this.rejectedPurchases : this.rejectedBrowsing).increment();
			response.setHeader(HttpHeaders.RETRY_AFTER, "2");
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.line.release();
		}
	}

	/**
	 * The steps of a purchase and what follows it: changing the cart, the checkout page
	 * and its payment, the order page it lands on, and the customer's downloads.
	 */
	static boolean isPurchase(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/checkout") || path.startsWith("/orders/") || path.startsWith("/downloads/")) {
			return true;
		}
		return path.startsWith("/cart/") && "POST".equals(request.getMethod());
	}

	int available() {
		return this.line.free();
	}

	int waiting(boolean urgent) {
		return this.line.waiting(urgent);
	}

}
