package dev.digitalstore.store.shared;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every feature shares.
 *
 * @param currency the ISO 4217 currency of the catalog and of every order
 * @param publicBaseUrl where shoppers reach the shop (the frontend), used in links sent
 * by e-mail
 */
@Validated
@ConfigurationProperties("store")
public record StoreProperties(@DefaultValue("EUR") @Pattern(regexp = "[A-Z]{3}") String currency,
		@DefaultValue("http://localhost:8081") @NotNull URI publicBaseUrl) {

}
