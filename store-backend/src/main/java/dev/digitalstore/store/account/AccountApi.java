package dev.digitalstore.store.account;

import java.util.Optional;

/** What other features may ask the account feature. */
public interface AccountApi {

	Optional<CustomerProfile> find(long customerId);

}
