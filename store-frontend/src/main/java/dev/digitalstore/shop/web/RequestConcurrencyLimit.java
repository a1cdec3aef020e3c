package dev.digitalstore.shop.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.digitalstore.shop.ShopProperties;

/**
 * At most {@code shop.requests.max-concurrent} page requests run at once; the others wait
 * their turn, first come first served, and get a 503 after {@code max-wait}.
 * <p>
 * With virtual threads nothing else bounds the shop's concurrency. A page is mostly CPU
 * (security, templates) plus a short backend call, so running more of them than there are
 * cores only shares the CPU thinner: every page of a burst finishes late, and a checkout
 * (three pages, one of them a payment) finishes last of all. Waiting in line instead
 * costs each request about the same, so the slow end comes in: the benchmark's shopper
 * mix on 2 cores measured p99/p50 at about 25 without a limit and about 5 with 2. Health
 * probes and static files never wait (a busy shop is still alive and ready).
 */
class RequestConcurrencyLimit extends OncePerRequestFilter {

	private final Semaphore permits;

	private final long maxWaitNanos;

	RequestConcurrencyLimit(ShopProperties.Requests settings) {
		this.permits = new Semaphore(settings.effectiveMaxConcurrent(), true);
		this.maxWaitNanos = settings.maxWait().toNanos();
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
		boolean admitted;
		try {
			admitted = this.permits.tryAcquire(this.maxWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "2");
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

	int available() {
		return this.permits.availablePermits();
	}

}
