package io.retort.operation;

import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.Constraint;
import io.retort.schema.Index;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops a column. Indexes and constraints that involve it go with it, as PostgreSQL does, and the
 * reverse puts them back.
 */
public record DropColumn(String table, String column) implements Operation {

    @Override
    public Schema applyTo(Schema schema) {
        Table current = schema.require(table, describe());
        Columns.require(current, column, describe());
        Table result = current.withColumns(current.columns().stream().filter(c -> !c.name().equals(column)).toList())
                .withIndexes(current.indexes().stream().filter(i -> !involves(i)).toList());
        for (Constraint constraint : current.constraints()) {
            if (involves(constraint)) {
                result = result.withoutConstraint(constraint.name());
            }
        }
        return schema.with(result);
    }

    @Override
    public List<Operation> reverse(Schema before) {
        Table current = before.require(table, describe());
        Column dropped = current.column(column).orElseThrow();
        List<Operation> undo = new ArrayList<>();
        undo.add(new AddColumn(table, dropped));
        current.constraints().stream().filter(this::involves).forEach(c -> undo.add(new AddConstraint(table, c)));
        current.indexes().stream().filter(this::involves).forEach(i -> undo.add(new CreateIndex(table, i)));
        return undo;
    }

    private boolean involves(Index index) {
        return index.columns().contains(column) || mentions(index.where());
    }

    private boolean involves(Constraint constraint) {
        return constraint instanceof CheckConstraint check ? mentions(check.expression()) : constraint.columns().contains(column);
    }

    private boolean mentions(String expression) {
        return SqlWords.mentions(expression, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column;
    }

    @Override
    public boolean destructive() {
        return true;
    }
}
