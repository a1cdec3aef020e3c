package dev.digitalstore.store.account;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountFacade implements AccountApi {

	private final Customers customers;

	AccountFacade(Customers customers) {
		this.customers = customers;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CustomerProfile> find(long customerId) {
		return this.customers.findById(customerId).map(Customer::profile);
	}

}
