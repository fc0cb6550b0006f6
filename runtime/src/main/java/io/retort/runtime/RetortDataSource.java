package io.retort.runtime;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Selects the {@link io.retort.engine.Retort} of a named datasource:
 * {@code @Inject @RetortDataSource("billing") Retort billing;}. The default datasource's needs no qualifier.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE })
public @interface RetortDataSource {

    /** The datasource name, as in {@code quarkus.datasource."name".*}. */
    String value();

    /** For programmatic lookup. */
    final class Literal extends AnnotationLiteral<RetortDataSource> implements RetortDataSource {

        private final String value;

        public Literal(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }
}
