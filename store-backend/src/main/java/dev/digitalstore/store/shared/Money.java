package dev.digitalstore.store.shared;

import java.util.Currency;

/**
 * An amount in minor units (cents) of an ISO 4217 currency. Integer arithmetic only,
 * overflow is an error, so totals are exact.
 */
public record Money(long amountMinor, String currency) {

	public Money {
		if (currency == null || currency.length() != 3) {
			throw new IllegalArgumentException("Currency must be an ISO 4217 code: " + currency);
		}
		Currency.getInstance(currency);
	}

	public static Money zero(String currency) {
		return new Money(0, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(Math.addExact(this.amountMinor, other.amountMinor), this.currency);
	}

	public Money times(int quantity) {
		return new Money(Math.multiplyExact(this.amountMinor, quantity), this.currency);
	}

	private void requireSameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot add " + other.currency + " to " + this.currency);
		}
	}

}
