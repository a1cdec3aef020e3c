package dev.digitalstore.shop.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import dev.digitalstore.shop.backend.Money;

import static org.assertj.core.api.Assertions.assertThat;

class UiTest {

	@Test
	void pricesAreExactAndFormattedForTheLanguage() {
		assertThat(ui(Locale.ENGLISH).money(Money.of(1299, "EUR"))).isEqualTo("€12.99");
		assertThat(ui(Locale.FRENCH).money(Money.of(1299, "EUR")).replace('\u00A0', ' ').replace('\u202F', ' '))
			.isEqualTo("12,99 €");
		assertThat(ui(Locale.ENGLISH).money(Money.of(123456789, "EUR"))).isEqualTo("€1,234,567.89");
		assertThat(ui(Locale.ENGLISH).money(Money.of(1, "EUR"))).isEqualTo("€0.01");
		assertThat(ui(Locale.ENGLISH).money(Money.of(500, "JPY"))).isEqualTo("¥500");
	}

	@Test
	void eachPriceKeepsItsOwnCurrencyOnAPageWithSeveral() {
		Ui ui = ui(Locale.ENGLISH);
		assertThat(ui.money(Money.of(1299, "EUR"))).isEqualTo("€12.99");
		assertThat(ui.money(Money.of(500, "JPY"))).isEqualTo("¥500");
		assertThat(ui.money(Money.of(4999, "EUR"))).isEqualTo("€49.99");
	}

	@Test
	void datesAreInTheShoppersLanguageAndInUtc() {
		Instant instant = Instant.parse("2026-03-04T23:30:00Z");
		LocalDate day = LocalDate.of(2026, 3, 4);
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			Ui ui = ui(locale);
			assertThat(ui.date(instant)).isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(locale)
				.withZone(ZoneOffset.UTC)
				.format(instant));
			assertThat(ui.date(day))
				.isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(day));
			assertThat(ui.dateTime(instant))
				.isEqualTo(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale)
					.withZone(ZoneOffset.UTC)
					.format(instant) + " UTC");
		}
		assertThat(ui(Locale.ENGLISH).date(instant)).isEqualTo("Mar 4, 2026");
		assertThat(ui(Locale.FRENCH).date(instant)).isEqualTo("4 mars 2026");
		assertThat(ui(Locale.FRENCH).dateTime(instant)).isEqualTo("4 mars 2026 23:30 UTC");
		assertThat(ui(Locale.ENGLISH).date((Instant) null)).isEmpty();
		assertThat(ui(Locale.ENGLISH).dateTime(null)).isEmpty();
	}

	@Test
	void theSwitcherKeepsThePageAndItsQuery() {
		Ui ui = new Ui(Locale.ENGLISH, new StaticMessageSource(), null, null, 0, "/catalog?q=kotlin&lang=en", null,
				(path) -> path);
		assertThat(ui.localeUrl("fr")).isEqualTo("/catalog?q=kotlin&lang=fr");
	}

	@Test
	void aNoticeWithAnUnknownTextIsNotShown() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("cart.added", Locale.ENGLISH, "“{0}” is in your cart.");
		Ui known = new Ui(Locale.ENGLISH, messages, null, null, 0, "/cart",
				new Notice("cart.added", List.of("Night Drive"), false), (path) -> path);
		assertThat(known.hasNotice()).isTrue();
		assertThat(known.notice()).isEqualTo("“Night Drive” is in your cart.");

		Ui unknown = new Ui(Locale.ENGLISH, messages, null, null, 0, "/cart",
				new Notice("no.such.message", List.of(), true), (path) -> path);
		assertThat(unknown.hasNotice()).isFalse();
		assertThat(unknown.noticeIsError()).isFalse();
		assertThat(unknown.notice()).isEmpty();
	}

	private static Ui ui(Locale locale) {
		return new Ui(locale, new StaticMessageSource(), null, null, 0, "/", null, (path) -> path);
	}

}
