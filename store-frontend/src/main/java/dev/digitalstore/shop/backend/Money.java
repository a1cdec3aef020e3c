package dev.digitalstore.shop.backend;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount in minor units of an ISO 4217 currency, as the store API sends it. Never a
 * floating-point number.
 */
public record Money(long amountMinor, String currency) implements Serializable {

	public static Money of(long amountMinor, String currency) {
		return new Money(amountMinor, currency);
	}

	/** The exact decimal value, for example 1299 EUR minor units is 12.99. */
	public BigDecimal toDecimal() {
		return BigDecimal.valueOf(this.amountMinor, currencyUnit().getDefaultFractionDigits());
	}

	public Currency currencyUnit() {
		return Currency.getInstance(this.currency);
	}

}
