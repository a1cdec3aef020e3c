package dev.digitalstore.shop.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

import dev.digitalstore.shop.account.Me;
import dev.digitalstore.shop.backend.Money;

/**
 * What every template needs besides its own data: the language and its formats, the CSRF
 * token for forms, the signed-in customer, the cart count and a notice to show. One per
 * rendered page, used by one thread: not thread-safe.
 */
public final class Ui {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter
		.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
		.withZone(ZoneOffset.UTC);

	private final Locale locale;

	private final MessageSource messages;

	private final CsrfToken csrf;

	private final Me me;

	private final int cartCount;

	private final String path;

	private final Notice notice;

	private final String noticeText;

	private final UnaryOperator<String> assets;

	/** A page lists many prices: one format per currency, not one per price. */
	private final Map<String, NumberFormat> moneyFormats = new HashMap<>();

	Ui(Locale locale, MessageSource messages, CsrfToken csrf, Me me, int cartCount, String path, Notice notice,
			UnaryOperator<String> assets) {
		this.locale = locale;
		this.messages = messages;
		this.csrf = csrf;
		this.me = me;
		this.cartCount = cartCount;
		this.path = path;
		this.notice = notice;
		// A notice whose text is unknown (a key renamed since the redirect, a tampered
		// cookie) is not shown rather than breaking the page.
		this.noticeText = (notice != null) ? messages.getMessage(notice.key(), notice.args().toArray(), null, locale)
				: null;
		this.assets = assets;
	}

	/** A text of the page in the shopper's language. */
	public String t(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/** A price for the shopper's language, for example "€12.99" or "12,99 €"; exact. */
	public String money(Money money) {
		NumberFormat format = this.moneyFormats.computeIfAbsent(money.currency(), (code) -> {
			Currency currency = money.currencyUnit();
			NumberFormat currencyFormat = NumberFormat.getCurrencyInstance(this.locale);
			currencyFormat.setCurrency(currency);
			currencyFormat.setMinimumFractionDigits(currency.getDefaultFractionDigits());
			currencyFormat.setMaximumFractionDigits(currency.getDefaultFractionDigits());
			return currencyFormat;
		});
		return format.format(money.toDecimal());
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.withLocale(this.locale).format(instant) : "";
	}

	public String date(LocalDate date) {
		return SHORT_DATE.withLocale(this.locale).format(date);
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.withLocale(this.locale).format(instant) + " UTC" : "";
	}

	/** A file size for people, for example "2.4 MB". */
	public String fileSize(Long bytes) {
		if (bytes == null) {
			return "";
		}
		if (bytes < 1024) {
			return t("size.bytes", bytes);
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMaximumFractionDigits(1);
		double kb = bytes / 1024.0;
		return (kb < 1024) ? t("size.kb", format.format(kb)) : t("size.mb", format.format(kb / 1024.0));
	}

	public String lang() {
		return this.locale.getLanguage();
	}

	public Locale locale() {
		return this.locale;
	}

	/** The same page in another language. */
	public String localeUrl(String lang) {
		return UriComponentsBuilder.fromUriString(this.path)
			.replaceQueryParam(LocaleConfiguration.PARAMETER, lang)
			.build()
			.toUriString();
	}

	/** The current page, for example where to come back after signing in. */
	public String path() {
		return this.path;
	}

	/** A value for a URL's query, for example a tag with spaces. */
	public String encode(String value) {
		return (value != null) ? java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8) : "";
	}

	public String asset(String path) {
		return this.assets.apply(path);
	}

	public String csrfParameter() {
		return (this.csrf != null) ? this.csrf.getParameterName() : "_csrf";
	}

	public String csrfToken() {
		return (this.csrf != null) ? this.csrf.getToken() : "";
	}

	public boolean signedIn() {
		return this.me != null;
	}

	public boolean admin() {
		return this.me != null && this.me.admin();
	}

	public Me me() {
		return this.me;
	}

	public int cartCount() {
		return this.cartCount;
	}

	public boolean hasNotice() {
		return this.noticeText != null;
	}

	public String notice() {
		return (this.noticeText != null) ? this.noticeText : "";
	}

	public boolean noticeIsError() {
		return hasNotice() && this.notice.error();
	}

}
