package dev.digitalstore.shop.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import dev.digitalstore.shop.backend.BackendProblem;

/**
 * The errors a form shows: one message per field (next to it) and messages for the whole
 * form (at the top). Built from validation in the shop and from the API's refusals.
 */
public final class FormErrors {

	private final Map<String, String> fields = new LinkedHashMap<>();

	private final List<String> global = new ArrayList<>();

	public static FormErrors none() {
		return new FormErrors();
	}

	public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
		FormErrors errors = new FormErrors();
		for (FieldError error : result.getFieldErrors()) {
			errors.fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
		result.getGlobalErrors().forEach((error) -> errors.global.add(messages.getMessage(error, locale)));
		return errors;
	}

	/** The API's field errors; its messages are English, shown as they are. */
	public FormErrors withProblem(BackendProblem problem, String fallbackMessage) {
		problem.errors().forEach((error) -> this.fields.putIfAbsent(error.field(), error.message()));
		if (problem.errors().isEmpty()) {
			this.global.add(fallbackMessage);
		}
		return this;
	}

	public FormErrors withGlobal(String message) {
		this.global.add(message);
		return this;
	}

	public boolean any() {
		return !this.fields.isEmpty() || !this.global.isEmpty();
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	public String get(String field) {
		return this.fields.get(field);
	}

	public List<String> global() {
		return List.copyOf(this.global);
	}

	public Map<String, String> fields() {
		return Map.copyOf(this.fields);
	}

}
