package io.retort.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs Retort's built-in checks on the application's revisions, each reported as its own test:
 * single head, upgrade from base to head, the up/down stairway, and downgrade leaving no trace. Each
 * check runs on a scratch database made from the application's settings (the PostgreSQL server of
 * {@code quarkus.datasource.reactive.url}, or a temporary SQLite file) and dropped after.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RetortMigrationTests {

    /** The datasource whose revisions are checked, on a scratch database like its own; empty for the default one. */
    String datasource() default "";

    /** Packages holding the revisions (within the datasource's); by default the annotated class's package. */
    String[] packages() default {};

    /** How many heads the graph is meant to have (several only with branch labels). */
    int heads() default 1;

    /** The Quarkus configuration profile whose settings locate the database server. */
    String profile() default "test";

    /**
     * Packages holding the Hibernate entities (the application's classes or the dependency jars
     * Quarkus indexes); when set, the "model matches schema" check compares them, named by the
     * application's naming strategies, with the upgraded database.
     */
    String[] entityPackages() default {};

    /** Data fixtures, each proving one revision keeps the data (run as the "data fixtures" check). */
    Class<? extends DataFixture>[] fixtures() default {};
}
