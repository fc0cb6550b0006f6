package io.retort.operation;

import io.retort.schema.Schema;
import java.util.List;

/**
 * One schema change, as a value. Each operation knows how it changes a schema snapshot (state
 * replay) and how to undo itself given the schema it was applied to; dialects render it to SQL.
 */
public sealed interface Operation
        permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn, RenameColumn,
        CreateIndex, DropIndex, AddConstraint, DropConstraint, ValidateConstraint, CreateSequence, DropSequence, CreateEnum, DropEnum, ExecuteSql {

    /** The schema after this operation; throws {@link io.retort.schema.SchemaReplayException} when it cannot apply. */
    Schema applyTo(Schema schema);

    /** The operations that undo this one, given the schema it was applied to. */
    List<Operation> reverse(Schema before);

    /** Dispatches to the visitor method for this kind of operation. */
    <R> R accept(OperationVisitor<R> visitor);

    /** A short description for logs and errors, such as {@code add column users.email}. */
    String describe();

    /** Whether applying it can lose data (a dropped table or column, a narrowed type). */
    default boolean destructive() {
        return false;
    }
}
