package dev.digitalstore.shop.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * A price typed into a filter ("10", "12.50" or "12,50") as minor units; anything else is
 * no filter rather than an error page.
 */
final class PriceInput {

	private PriceInput() {
	}

	static Long toMinor(String input, String currency) {
		if (input == null || input.isBlank()) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(input.trim().replace(',', '.'));
			if (value.signum() < 0) {
				return null;
			}
			int digits = Currency.getInstance(currency).getDefaultFractionDigits();
			return value.setScale(digits, RoundingMode.HALF_UP).movePointRight(digits).longValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			return null;
		}
	}

}
