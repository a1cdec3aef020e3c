package dev.digitalstore.localpostgres;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@link PostgresSource#current()} is the given source. */
abstract class SourceCondition implements Condition {

	private final PostgresSource source;

	SourceCondition(PostgresSource source) {
		this.source = source;
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return PostgresSource.current() == this.source;
	}

	static final class Given extends SourceCondition {

		Given() {
			super(PostgresSource.GIVEN);
		}

	}

	static final class Testcontainers extends SourceCondition {

		Testcontainers() {
			super(PostgresSource.TESTCONTAINERS);
		}

	}

	static final class Embedded extends SourceCondition {

		Embedded() {
			super(PostgresSource.EMBEDDED);
		}

	}

}
