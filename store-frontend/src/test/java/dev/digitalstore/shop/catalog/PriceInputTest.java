package dev.digitalstore.shop.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PriceInputTest {

	@Test
	void typedPricesBecomeMinorUnits() {
		assertThat(PriceInput.toMinor("10", "EUR")).isEqualTo(1000);
		assertThat(PriceInput.toMinor("12.5", "EUR")).isEqualTo(1250);
		assertThat(PriceInput.toMinor(" 12,99 ", "EUR")).isEqualTo(1299);
		assertThat(PriceInput.toMinor("500", "JPY")).isEqualTo(500);
	}

	@Test
	void nonsenseIsNoFilter() {
		assertThat(PriceInput.toMinor("", "EUR")).isNull();
		assertThat(PriceInput.toMinor("ten", "EUR")).isNull();
		assertThat(PriceInput.toMinor("-3", "EUR")).isNull();
		assertThat(PriceInput.toMinor("1e400", "EUR")).isNull();
	}

}
