package dev.digitalstore.store.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.MessagingException;

import static org.awaitility.Awaitility.await;

/** Reads what the store sent to the test SMTP server. */
public final class Mailbox {

	private final GreenMail greenMail;

	public Mailbox(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	public List<MimeMessage> to(String address) {
		return Arrays.stream(this.greenMail.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().contains(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/**
	 * Waits for the first e-mail to the address and returns its full text (all parts).
	 */
	public String awaitBody(String address) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !to(address).isEmpty());
		return GreenMailUtil.getBody(to(address).get(0));
	}

	/** Every match of the pattern's first group in the text. */
	public static List<String> find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		List<String> found = new java.util.ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
