package dev.digitalstore.shop.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.web.FormErrors;

/**
 * Sign-in and registration pages; sign-out is Spring Security's {@code POST /sign-out}.
 */
@Controller
class AccountController {

	private final SignIn signIn;

	private final AccountClient accounts;

	private final MessageSource messages;

	AccountController(SignIn signIn, AccountClient accounts, MessageSource messages) {
		this.signIn = signIn;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/sign-in")
	String signInPage(@RequestParam(required = false) String next, Model model) {
		model.addAttribute("form", SignInForm.empty(SafeRedirects.localPath(next)));
		model.addAttribute("errors", FormErrors.none());
		return "account/signIn";
	}

	@PostMapping("/sign-in")
	ModelAndView signIn(@Valid @ModelAttribute("form") SignInForm form, BindingResult binding, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		FormErrors errors = FormErrors.of(binding, this.messages, locale);
		if (!errors.any()) {
			try {
				this.signIn.signIn(form.email(), form.password(), request, response);
				return new ModelAndView("redirect:" + SafeRedirects.localPath(form.next()));
			}
			catch (BackendProblemException.Unauthorized ex) {
				errors.withGlobal(this.messages.getMessage("signIn.wrongCredentials", null, locale));
			}
			catch (BackendProblemException.Throttled ex) {
				errors.withGlobal(this.messages.getMessage("signIn.throttled",
						new Object[] { Math.max(1, ex.retryAfterSeconds()) }, locale));
			}
		}
		return formPage("account/signIn", new SignInForm(form.email(), "", form.next()), errors);
	}

	@GetMapping("/register")
	String registerPage(@RequestParam(required = false) String next, Model model) {
		model.addAttribute("form", RegisterForm.empty(SafeRedirects.localPath(next)));
		model.addAttribute("errors", FormErrors.none());
		return "account/register";
	}

	@PostMapping("/register")
	ModelAndView register(@Valid @ModelAttribute("form") RegisterForm form, BindingResult binding, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		FormErrors errors = FormErrors.of(binding, this.messages, locale);
		if (!errors.any()) {
			try {
				this.accounts.register(new Registration(form.email(), form.password(), form.displayName()));
				this.signIn.signIn(form.email(), form.password(), request, response);
				return new ModelAndView("redirect:" + SafeRedirects.localPath(form.next()));
			}
			catch (BackendProblemException.InvalidRequest | BackendProblemException.Conflict ex) {
				errors.withProblem(ex.problem(), this.messages.getMessage("register.refused", null, locale));
			}
		}
		return formPage("account/register", new RegisterForm(form.displayName(), form.email(), "", form.next()),
				errors);
	}

	private static ModelAndView formPage(String view, Object form, FormErrors errors) {
		ModelAndView page = new ModelAndView(view, HttpStatus.UNPROCESSABLE_CONTENT);
		page.addObject("form", form);
		page.addObject("errors", errors);
		return page;
	}

}
