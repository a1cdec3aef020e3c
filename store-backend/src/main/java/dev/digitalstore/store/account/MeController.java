package dev.digitalstore.store.account;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.digitalstore.store.shared.security.Caller;
import dev.digitalstore.store.shared.web.NotFoundException;

@RestController
class MeController {

	private final Customers customers;

	MeController(Customers customers) {
		this.customers = customers;
	}

	@GetMapping("/api/me")
	Me me(Caller caller) {
		return this.customers.findById(caller.requireCustomerId())
			.map(Me::of)
			.orElseThrow(() -> new NotFoundException("Account"));
	}

}
