package dev.digitalstore.store.cart;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The store-wide settings carts depend on.
 *
 * @param currency the store's currency ({@code store.currency}): cart totals are in it,
 * products priced otherwise cannot be bought
 */
@Validated
@ConfigurationProperties("store")
record CartProperties(@DefaultValue("EUR") @Pattern(regexp = "[A-Z]{3}") String currency) {

}
