package dev.digitalstore.store.payment;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.digitalstore.store.shared.web.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed events from the payment provider. Answers 200 for every valid event, handled now
 * or before, so the provider stops retrying; 400 for anything unsigned, wrongly signed,
 * or too old.
 */
@RestController
class WebhookController {

	private final WebhookSignatures signatures;

	private final WebhookEvents events;

	private final JsonMapper jsonMapper;

	WebhookController(WebhookSignatures signatures, WebhookEvents events, JsonMapper jsonMapper) {
		this.signatures = signatures;
		this.events = events;
		this.jsonMapper = jsonMapper;
	}

	@PostMapping(path = "/api/payments/webhooks/simulated", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> simulated(@RequestHeader(name = WebhookSignatures.HEADER, required = false) String signature,
			@RequestBody byte[] body) {
		if (!this.signatures.verify(signature, body)) {
			throw new InvalidWebhookException("The event's signature is missing, wrong or too old.");
		}
		JsonNode event = parse(body);
		boolean applied = this.events.handle(SimulatedPaymentProvider.NAME, event);
		return Map.of("received", true, "duplicate", !applied);
	}

	private JsonNode parse(byte[] body) {
		try {
			JsonNode event = this.jsonMapper.readTree(body);
			if (!event.path("id").isString() || event.path("id").asString().isBlank()
					|| event.path("id").asString().length() > 100 || !event.path("type").isString()
					|| event.path("type").asString().length() > 60) {
				throw new InvalidWebhookException("The event has no id or type.");
			}
			return event;
		}
		catch (JacksonException ex) {
			throw new InvalidWebhookException("The event is not valid JSON.");
		}
	}

	static final class InvalidWebhookException extends ProblemException {

		InvalidWebhookException(String detail) {
			super(HttpStatus.BAD_REQUEST, "invalid-webhook", "Invalid webhook", detail);
		}

	}

}
