package io.retort.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts one lint rule's finding on a revision, with the reason: for example an index built
 * without CONCURRENTLY on a table known to be small. Used in {@link Revision#allow()}; the rule ids
 * are listed in docs/safety.md.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Allow {

    /** The rule's id, such as {@code add-index}. */
    String rule();

    /** Why the finding is acceptable here; shown next to it in every report. */
    String reason();
}
