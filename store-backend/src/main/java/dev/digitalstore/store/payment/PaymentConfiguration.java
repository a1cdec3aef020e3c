package dev.digitalstore.store.payment;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

	@Bean
	WebhookSignatures webhookSignatures(PaymentProperties properties) {
		return new WebhookSignatures(properties.webhookSecret(), properties.webhookTolerance(), Clock.systemUTC());
	}

}
