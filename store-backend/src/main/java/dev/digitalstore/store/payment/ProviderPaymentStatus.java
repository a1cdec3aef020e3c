package dev.digitalstore.store.payment;

/** A payment's state at the provider. */
public enum ProviderPaymentStatus {

	PROCESSING, SUCCEEDED, FAILED, REFUNDED, UNKNOWN

}
