package dev.digitalstore.store.delivery;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** SMTP through Spring Mail, or, for local runs, a log line per e-mail instead. */
@Configuration(proxyBeanMethods = false)
class MailerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailerConfiguration.class);

	@Bean
	Mailer mailer(DeliveryProperties properties,
			org.springframework.beans.factory.ObjectProvider<JavaMailSender> sender) {
		String from = properties.mail().from();
		if (properties.mail().mode() == DeliveryProperties.Mail.Mode.LOG) {
			return (mail) -> log.info("E-mail to {} (not sent, store.delivery.mail.mode=log)\nSubject: {}\n\n{}",
					mail.to(), mail.subject(), mail.text());
		}
		JavaMailSender mailSender = sender.getObject();
		return (mail) -> {
			MimeMessage message = mailSender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
			mailSender.send(message);
		};
	}

}
