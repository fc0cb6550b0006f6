package io.retort.model;

import io.retort.schema.Schema;
import java.util.List;

/**
 * The schema an application's entities imply, as Hibernate maps them, in Retort's snapshot
 * vocabulary; with the sequences Hibernate needs and warnings for what could not be mapped exactly
 * (each naming the table and column); {@code databaseVersion} is the PostgreSQL version Hibernate
 * mapped them for, as its dialect reports it.
 */
public record EntityModel(Schema schema, List<ModelSequence> sequences, List<String> warnings, String databaseVersion) {

    public EntityModel {
        sequences = List.copyOf(sequences);
        warnings = List.copyOf(warnings);
    }

    /** A database sequence an entity's identifier generator uses. */
    public record ModelSequence(String name, long start, int increment) {
    }
}
