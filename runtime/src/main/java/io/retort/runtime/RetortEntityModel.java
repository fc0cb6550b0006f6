package io.retort.runtime;

import io.retort.schema.Schema;

/**
 * The schema the application's Hibernate entities imply, read at build time through Hibernate's own
 * metamodel. A bean when the application has Hibernate ORM or Reactive:
 * {@code retort.autogenerate(model.schema())} compares it with the database,
 * {@code retort.check(model.schema())} with the revisions.
 */
public record RetortEntityModel(Schema schema) {
}
