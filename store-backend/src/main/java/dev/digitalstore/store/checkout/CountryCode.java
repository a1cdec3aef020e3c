package dev.digitalstore.store.checkout;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An ISO 3166-1 alpha-2 country code in upper case, e.g. {@code FR}; null is valid. */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CountryCode.Validator.class)
@interface CountryCode {

	String message() default "must be an ISO 3166-1 alpha-2 country code, e.g. FR";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CountryCode, String> {

		private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || COUNTRIES.contains(value);
		}

	}

}
