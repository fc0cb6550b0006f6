package io.retort.lint;

import io.retort.schema.Schema;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule knows when it looks at one operation: the revision, the schema before the revision
 * (replayed), the schema just before this operation, the tables the revision itself created (empty
 * and unseen by running code, so nothing on them can block anyone), and the entity model when the
 * surface has one; the constraints added NOT VALID and not validated yet (by this revision or one
 * below it), and those this revision added NOT VALID itself.
 */
record LintContext(String revision, boolean transactional, List<io.retort.operation.Operation> operations, Schema before,
        Schema current, Set<String> createdHere, Optional<Schema> entities, Set<String> notValidated, Set<String> addedNotValidHere) {

    /** Whether the table held rows and served queries before this revision. */
    boolean existing(String table) {
        return !createdHere.contains(table) && current.table(table).isPresent();
    }

    /** Whether the column was there before this revision (not added by it). */
    boolean existingColumn(String table, String column) {
        return existing(table) && before.table(table).map(t -> t.hasColumn(column)).orElse(false);
    }
}
