package dev.digitalstore.store.cart;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.digitalstore.store.shared.security.Caller;

@RestController
@RequestMapping("/api")
class CartController {

	private final CartService carts;

	CartController(CartService carts) {
		this.carts = carts;
	}

	@PostMapping("/carts")
	@ResponseStatus(HttpStatus.CREATED)
	CartView start(Caller caller) {
		return this.carts.start(caller);
	}

	@GetMapping("/carts/{cartId}")
	CartView get(@PathVariable String cartId, Caller caller) {
		return this.carts.view(cartId, caller);
	}

	@PutMapping("/carts/{cartId}/items/{productId}")
	CartView setQuantity(@PathVariable String cartId, @PathVariable long productId,
			@Valid @RequestBody CartRequests.SetQuantity request, Caller caller) {
		return this.carts.setQuantity(cartId, productId, request.quantity(), caller);
	}

	/**
	 * "Add to cart": one atomic increment, so two tabs adding at once both count (a read
	 * then a {@code PUT} would lose one), and one round trip for the shop.
	 */
	@PostMapping("/carts/{cartId}/items")
	CartView add(@PathVariable String cartId, @Valid @RequestBody CartRequests.AddItem request, Caller caller) {
		return this.carts.add(cartId, request.productId(), request.quantityOrOne(), caller);
	}

	@DeleteMapping("/carts/{cartId}/items/{productId}")
	CartView remove(@PathVariable String cartId, @PathVariable long productId, Caller caller) {
		return this.carts.remove(cartId, productId, caller);
	}

	@GetMapping("/me/cart")
	CartView customerCart(Caller caller) {
		return this.carts.customerCart(caller.requireCustomerId());
	}

	@PostMapping("/me/cart/merge")
	CartView merge(@Valid @RequestBody CartRequests.Merge request, Caller caller) {
		return this.carts.merge(caller.requireCustomerId(), request.cartId());
	}

}
