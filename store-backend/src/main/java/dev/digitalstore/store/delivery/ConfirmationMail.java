package dev.digitalstore.store.delivery;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import dev.digitalstore.store.delivery.DeliveryViews.Download;
import dev.digitalstore.store.delivery.DeliveryViews.LicenceKey;
import dev.digitalstore.store.delivery.DeliveryViews.OrderDelivery;
import dev.digitalstore.store.order.OrderSummary;

/**
 * The order confirmation: what was bought, the download links and licence keys, and the
 * link back to the order (which works for guests through its access token). Links point
 * at the shop, which serves them.
 */
final class ConfirmationMail {

	private ConfirmationMail() {
	}

	static Mailer.Mail of(OrderSummary order, OrderDelivery delivery, String accessToken, URI shop) {
		String orderLink = UriComponentsBuilder.fromUri(shop)
			.path("/orders/{reference}")
			.queryParam("token", accessToken)
			.buildAndExpand(order.reference())
			.toUriString();
		StringBuilder text = new StringBuilder();
		StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\">");
		text.append("Thank you for your order ").append(order.reference()).append(".\n\n");
		html.append("<h1>Thank you for your order ").append(escape(order.reference())).append("</h1><ul>");
		for (OrderSummary.Line line : order.lines()) {
			text.append("- ").append(line.quantity()).append(" x ").append(line.title()).append('\n');
			html.append("<li>")
				.append(line.quantity())
				.append(" &times; ")
				.append(escape(line.title()))
				.append("</li>");
		}
		String total = amount(order.totalMinor(), order.currency());
		text.append("\nTotal paid: ").append(total).append("\n");
		html.append("</ul><p>Total paid: <strong>").append(escape(total)).append("</strong></p>");
		if (!delivery.downloads().isEmpty()) {
			text.append("\nYour downloads (each link works ").append("a limited number of times and expires):\n");
			html.append("<h2>Your downloads</h2><ul>");
			for (Download download : delivery.downloads()) {
				String link = shop.resolve("/downloads/" + download.token()).toString();
				text.append("- ").append(download.title()).append(": ").append(link).append('\n');
				html.append("<li><a href=\"")
					.append(escape(link))
					.append("\">")
					.append(escape(download.title()))
					.append("</a> (")
					.append(download.downloadsLeft())
					.append(" downloads, until ")
					.append(download.expiresAt())
					.append(")</li>");
			}
			html.append("</ul>");
		}
		if (!delivery.licenceKeys().isEmpty()) {
			text.append("\nYour licence keys:\n");
			html.append("<h2>Your licence keys</h2><ul>");
			for (LicenceKey key : delivery.licenceKeys()) {
				text.append("- ").append(key.title()).append(": ").append(key.key()).append('\n');
				html.append("<li>")
					.append(escape(key.title()))
					.append(": <code>")
					.append(escape(key.key()))
					.append("</code></li>");
			}
			html.append("</ul>");
		}
		text.append("\nYour order: ").append(orderLink).append('\n');
		html.append("<p><a href=\"").append(escape(orderLink)).append("\">View your order</a></p></body></html>");
		return new Mailer.Mail(order.email(), "Your Digital Store order " + order.reference(), text.toString(),
				html.toString());
	}

	static String amount(long minor, String currency) {
		int digits = Currency.getInstance(currency).getDefaultFractionDigits();
		return BigDecimal.valueOf(minor, Math.max(digits, 0)).toPlainString() + " " + currency;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
