package dev.digitalstore.store.delivery;

import java.time.Duration;
import java.util.Base64;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How purchases are delivered.
 *
 * @param downloadTtl how long a download link works after fulfilment (or renewal)
 * @param maxDownloads how many times a link may be used
 * @param tokenSecret base64 of at least 32 random bytes: download tokens are derived with
 * it, so changing it invalidates every link already sent
 * @param mail how confirmation e-mails leave the store
 */
@Validated
@ConfigurationProperties("store.delivery")
record DeliveryProperties(@DefaultValue("24h") @NotNull Duration downloadTtl,
		@DefaultValue("5") @Min(1) @Max(1000) int maxDownloads, @NotBlank String tokenSecret, @DefaultValue Mail mail) {

	DeliveryProperties {
		if (tokenSecret != null && !tokenSecret.isBlank()
				&& Base64.getDecoder().decode(tokenSecret.trim()).length < 32) {
			throw new IllegalArgumentException("store.delivery.token-secret must be base64 of at least 32 bytes");
		}
	}

	byte[] tokenSecretBytes() {
		return Base64.getDecoder().decode(this.tokenSecret.trim());
	}

	/**
	 * @param mode {@code smtp} sends through Spring Mail; {@code log} only logs (local
	 * runs)
	 * @param from the sender address
	 */
	record Mail(@DefaultValue("smtp") @NotNull Mode mode,
			@DefaultValue("Digital Store <orders@digital-store.local>") @NotBlank String from) {

		enum Mode {

			SMTP, LOG

		}

	}

}
