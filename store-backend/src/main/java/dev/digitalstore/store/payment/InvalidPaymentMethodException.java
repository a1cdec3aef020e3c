package dev.digitalstore.store.payment;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/** The provider does not know the payment token: a client error, nothing was charged. */
public class InvalidPaymentMethodException extends ProblemException {

	public InvalidPaymentMethodException(String detail) {
		super(HttpStatus.BAD_REQUEST, "invalid-payment-method", "Invalid payment method", detail);
	}

}
