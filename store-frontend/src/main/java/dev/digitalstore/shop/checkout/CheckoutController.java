package dev.digitalstore.shop.checkout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.digitalstore.shop.account.Shopper;
import dev.digitalstore.shop.backend.BackendException;
import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.cart.Cart;
import dev.digitalstore.shop.cart.CurrentCart;
import dev.digitalstore.shop.order.GuestOrderTokens;
import dev.digitalstore.shop.web.FormErrors;
import dev.digitalstore.shop.web.Notice;

/**
 * The checkout page: e-mail, billing country and a card. A declined card shows the reason
 * and keeps the cart; success goes to the order's page.
 */
@Controller
class CheckoutController {

	private final CurrentCart currentCart;

	private final PlaceOrder placeOrder;

	private final CheckoutClient checkout;

	private final GuestOrderTokens guestOrderTokens;

	private final MessageSource messages;

	CheckoutController(CurrentCart currentCart, PlaceOrder placeOrder, CheckoutClient checkout,
			GuestOrderTokens guestOrderTokens, MessageSource messages) {
		this.currentCart = currentCart;
		this.placeOrder = placeOrder;
		this.checkout = checkout;
		this.guestOrderTokens = guestOrderTokens;
		this.messages = messages;
	}

	@GetMapping("/checkout")
	ModelAndView checkoutPage(Shopper shopper, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<Cart> cart = this.currentCart.find(request, response, shopper);
		if (cart.isEmpty() || cart.get().isEmpty()) {
			return new ModelAndView("redirect:/cart");
		}
		String email = shopper.signedIn() ? shopper.me().email() : "";
		CheckoutForm form = new CheckoutForm(cart.get().id(), email, "", "", CheckoutForm.Keys.newKey());
		return page(cart.get(), form, FormErrors.none(), locale, HttpStatus.OK);
	}

	@PostMapping("/checkout")
	ModelAndView pay(@Valid @ModelAttribute("form") CheckoutForm form, BindingResult binding, Shopper shopper,
			Locale locale, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		FormErrors errors = FormErrors.of(binding, this.messages, locale);
		if (errors.any()) {
			return retry(form.withNewKey(), errors, HttpStatus.UNPROCESSABLE_CONTENT, shopper, locale, request,
					response, redirect);
		}
		try {
			// No look at the cart first: a repeated submit must reach the API with the
			// same key
			// and body to get the first order back, although that order emptied the cart.
			PlacedOrder order = this.placeOrder.place(form.idempotencyKey(),
					new CheckoutRequest(form.cartId(), form.email(), form.billingCountry(), form.paymentToken()),
					shopper.accessToken());
			if (order.accessToken() != null) {
				this.guestOrderTokens.remember(request, response, order.reference(), order.accessToken());
			}
			this.currentCart.forget(request, response);
			return new ModelAndView("redirect:/orders/" + order.reference() + "?placed");
		}
		catch (BackendProblemException.PaymentDeclined ex) {
			errors.withGlobal(message("checkout.declined", locale, ex.detail()));
			return retry(form.withoutCard(), errors, HttpStatus.PAYMENT_REQUIRED, shopper, locale, request, response,
					redirect);
		}
		catch (BackendProblemException.Conflict ex) {
			errors.withGlobal(switch (ex.problem().typeName()) {
				case PlaceOrder.OUT_OF_STOCK -> message("checkout.outOfStock", locale, ex.detail());
				case PlaceOrder.ITEMS_UNAVAILABLE -> message("checkout.itemsUnavailable", locale);
				case PlaceOrder.ALREADY_ORDERED -> message("checkout.alreadyOrdered", locale);
				default -> message("checkout.busy", locale);
			});
			return retry(form.withNewKey(), errors, HttpStatus.CONFLICT, shopper, locale, request, response, redirect);
		}
		catch (BackendProblemException.InvalidRequest ex) {
			errors.withProblem(ex.problem(), message("checkout.refused", locale, ex.detail()));
			return retry(form.withNewKey(), errors, HttpStatus.UNPROCESSABLE_CONTENT, shopper, locale, request,
					response, redirect);
		}
		catch (BackendProblemException.NotFound ex) {
			Notice.error(redirect, "checkout.emptyCart");
			return new ModelAndView("redirect:/cart");
		}
	}

	/**
	 * The form again with what went wrong, or the cart page when nothing is left to buy.
	 */
	private ModelAndView retry(CheckoutForm form, FormErrors errors, HttpStatus status, Shopper shopper, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<Cart> cart = this.currentCart.find(request, response, shopper);
		if (cart.isEmpty() || cart.get().isEmpty()) {
			Notice.error(redirect, "checkout.emptyCart");
			return new ModelAndView("redirect:/cart");
		}
		return page(cart.get(), form, errors, locale, status);
	}

	private ModelAndView page(Cart cart, CheckoutForm form, FormErrors errors, Locale locale, HttpStatus status) {
		ModelAndView page = new ModelAndView("checkout", status);
		page.addObject("cart", cart);
		page.addObject("form", form);
		page.addObject("errors", errors);
		page.addObject("countries", Countries.in(locale));
		page.addObject("testCards", testCards());
		return page;
	}

	/** Test mode is a convenience: without the list the page still works. */
	private List<TestCard> testCards() {
		try {
			return this.checkout.testCards();
		}
		catch (BackendException ex) {
			return List.of();
		}
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
