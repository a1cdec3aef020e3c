package dev.digitalstore.shop.cart;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.digitalstore.shop.ShopProperties;
import dev.digitalstore.shop.account.Shopper;
import dev.digitalstore.shop.web.Notice;

/**
 * The cart page and its forms: add, change quantity, remove. Each change redirects back.
 */
@Controller
class CartController {

	/** Digital goods: more than a few copies of one item is a typo, not an order. */
	static final int MAX_QUANTITY = 10;

	private final CurrentCart currentCart;

	private final CartClient carts;

	private final String currency;

	CartController(CurrentCart currentCart, CartClient carts, ShopProperties properties) {
		this.currentCart = currentCart;
		this.carts = carts;
		this.currency = properties.currency();
	}

	@GetMapping("/cart")
	String cart(Shopper shopper, HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("cart",
				this.currentCart.find(request, response, shopper).orElseGet(() -> Cart.empty(this.currency)));
		model.addAttribute("maxQuantity", MAX_QUANTITY);
		return "cart";
	}

	@PostMapping("/cart/items")
	String add(@RequestParam long productId, @RequestParam(defaultValue = "1") int quantity, Shopper shopper,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Cart cart = this.currentCart.change(request, response, shopper,
				(token, cartId) -> this.carts.add(token, cartId, productId, clamp(quantity)));
		cart.items()
			.stream()
			.filter((line) -> line.productId() == productId)
			.findFirst()
			.ifPresent((line) -> Notice.info(redirect, "cart.added", line.title()));
		return "redirect:/cart";
	}

	@PostMapping("/cart/items/{productId}")
	String update(@PathVariable long productId, @RequestParam int quantity, Shopper shopper, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (quantity <= 0) {
			return remove(productId, shopper, request, response, redirect);
		}
		this.currentCart.change(request, response, shopper,
				(token, cartId) -> this.carts.setQuantity(token, cartId, productId, clamp(quantity)));
		Notice.info(redirect, "cart.updated");
		return "redirect:/cart";
	}

	@PostMapping("/cart/items/{productId}/remove")
	String remove(@PathVariable long productId, Shopper shopper, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.currentCart.change(request, response, shopper,
				(token, cartId) -> this.carts.remove(token, cartId, productId));
		Notice.info(redirect, "cart.removed");
		return "redirect:/cart";
	}

	private static int clamp(int quantity) {
		return Math.max(1, Math.min(quantity, MAX_QUANTITY));
	}

}
