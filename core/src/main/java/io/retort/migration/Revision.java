package io.retort.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares a {@link Migration} class as a revision and places it in the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** Unique id, letters, digits and underscores (generated ones are 12 hex digits). */
    String id();

    /** The revision(s) this one follows: none for a base, several for a merge. */
    String[] parent() default {};

    /** One line saying what the revision does. */
    String message() default "";

    /** Names for the branch this revision starts or belongs to, usable as targets ({@code label@head}). */
    String[] branchLabels() default {};

    /** Revisions on other branches that must be applied first, without becoming parents. */
    String[] dependsOn() default {};

    /**
     * Whether the revision runs in one transaction with its version-table update (the default).
     * Set false for statements a transaction refuses, such as PostgreSQL's
     * {@code CREATE INDEX CONCURRENTLY}; such a revision is not atomic.
     */
    boolean transactional() default true;

    /**
     * How long each of this revision's statements may wait for a table lock on PostgreSQL, as
     * {@code "2s"} or {@code "500ms"}; empty for {@code quarkus.retort.ddl.lock-timeout}.
     */
    String lockTimeout() default "";

    /** How long each of its statements may run on PostgreSQL ({@code "0"}: no limit); empty for {@code quarkus.retort.ddl.statement-timeout}. */
    String statementTimeout() default "";

    /** How many times it is rolled back and tried again after a lock timeout; -1 for {@code quarkus.retort.ddl.lock-retries}. */
    int lockRetries() default -1;

    /**
     * For a squashed revision (written by {@code retort:squash}): the revisions it stands for, oldest
     * first. A database that applied some but not all of them goes on through them; any other applies
     * this one. Delete them once every database is past them ({@code retort:replaced} says when).
     */
    String[] replaces() default {};

    /** Lint findings accepted on this revision, each with its reason (see docs/safety.md). */
    Allow[] allow() default {};
}
