package dev.digitalstore.store.checkout;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.digitalstore.store.shared.security.Caller;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/checkout}. The body is validated (and so malformed requests refused)
 * before the idempotency key is claimed; the key's fingerprint is the method, the path
 * and the request re-serialized, so formatting differences do not count as a different
 * request.
 */
@RestController
class CheckoutController {

	static final String PATH = "/api/checkout";

	private final CheckoutService checkout;

	private final IdempotentRequests idempotency;

	private final JsonMapper jsonMapper;

	CheckoutController(CheckoutService checkout, IdempotentRequests idempotency, JsonMapper jsonMapper) {
		this.checkout = checkout;
		this.idempotency = idempotency;
		this.jsonMapper = jsonMapper;
	}

	@PostMapping(PATH)
	ResponseEntity<byte[]> checkout(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@Valid @RequestBody CheckoutRequest request, Caller caller) {
		String scope = caller.signedIn() ? "customer:" + caller.customerId() : "guest:" + request.cartId();
		byte[] fingerprint = IdempotentRequests.canonical("POST", PATH, this.jsonMapper.writeValueAsBytes(request));
		return this.idempotency.execute(scope, key, fingerprint, () -> this.checkout.checkout(request, caller))
			.toResponseEntity();
	}

}
