package dev.digitalstore.store.payment;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the simulated provider's events to the store's webhook endpoint, over HTTP
 * like a real provider: later, signed, with timeouts, and retried a few times.
 */
@Component
@ConditionalOnProperty(name = "store.payment.provider", havingValue = SimulatedPaymentProvider.NAME,
		matchIfMissing = true)
class SimulatedWebhookSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SimulatedWebhookSender.class);

	private final ScheduledExecutorService executor;

	private final RestClient http;

	private final WebhookSignatures signatures;

	private final JsonMapper jsonMapper;

	private final Environment environment;

	private final PaymentProperties.Simulated settings;

	SimulatedWebhookSender(WebhookSignatures signatures, JsonMapper jsonMapper, Environment environment,
			PaymentProperties properties) {
		this.signatures = signatures;
		this.jsonMapper = jsonMapper;
		this.environment = environment;
		this.settings = properties.simulated();
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newScheduledThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "simulated-psp-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(this.settings.connectTimeout()).build());
		requestFactory.setReadTimeout(this.settings.readTimeout());
		this.http = RestClient.builder().requestFactory(requestFactory).build();
	}

	void confirmLater(Runnable confirmation) {
		this.executor.schedule(confirmation, this.settings.confirmationDelay().toMillis(), TimeUnit.MILLISECONDS);
	}

	void send(Map<String, Object> event) {
		deliver(this.jsonMapper.writeValueAsBytes(event), 1);
	}

	private void deliver(byte[] body, int attempt) {
		// Resolved now, not at startup: in tests the URL names the server's random port.
		String url = this.environment.resolveRequiredPlaceholders(this.settings.webhookUrl());
		try {
			this.http.post()
				.uri(url)
				.contentType(MediaType.APPLICATION_JSON)
				.header(WebhookSignatures.HEADER, this.signatures.sign(body))
				.body(body)
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientException ex) {
			if (attempt >= this.settings.deliveryAttempts()) {
				log.warn("Webhook delivery to {} failed {} times, giving up: {}", url, attempt, ex.getMessage());
				return;
			}
			long backoff = this.settings.confirmationDelay().toMillis() * (1L << attempt);
			this.executor.schedule(() -> deliver(body, attempt + 1), backoff, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
