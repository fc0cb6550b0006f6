package io.retort.codegen;

import com.squareup.javapoet.CodeBlock;
import io.retort.migration.Ops;
import io.retort.operation.AddColumn;
import io.retort.operation.AddConstraint;
import io.retort.operation.AlterColumn;
import io.retort.operation.CreateIndex;
import io.retort.operation.CreateEnum;
import io.retort.operation.CreateSequence;
import io.retort.operation.CreateTable;
import io.retort.operation.DropColumn;
import io.retort.operation.DropConstraint;
import io.retort.operation.DropEnum;
import io.retort.operation.DropIndex;
import io.retort.operation.DropSequence;
import io.retort.operation.DropTable;
import io.retort.operation.ExecuteSql;
import io.retort.operation.Operation;
import io.retort.operation.OperationVisitor;
import io.retort.operation.RenameColumn;
import io.retort.operation.RenameTable;
import io.retort.operation.ValidateConstraint;
import io.retort.schema.Index;
import io.retort.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes each operation as the DSL call a person would write on {@code op}; a visitor, so a new kind
 * of operation does not compile until it can be written. Each result is one or more statements
 * without their semicolons.
 */
final class OperationWriter implements OperationVisitor<List<CodeBlock>> {

    private final ValueWriter values;
    private final CreateTableWriter tables;

    OperationWriter(StaticImports imports) {
        this.values = new ValueWriter(imports);
        this.tables = new CreateTableWriter(this, values);
    }

    /** The statements for one operation; an operation the DSL cannot express fails, naming it. */
    List<CodeBlock> write(Operation operation) {
        try {
            return operation.accept(this);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot write '" + operation.describe() + "' as a revision: " + e.getMessage()
                    + ". Write this operation by hand, or add it with op.add(...).", e);
        }
    }

    @Override
    public List<CodeBlock> createTable(CreateTable op) {
        return tables.write(op.table());
    }

    @Override
    public List<CodeBlock> dropTable(DropTable op) {
        return one("op.dropTable($S)", op.table());
    }

    @Override
    public List<CodeBlock> renameTable(RenameTable op) {
        return one("op.renameTable($S, $S)", op.from(), op.to());
    }

    @Override
    public List<CodeBlock> addColumn(AddColumn op) {
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("$S", op.table()));
        args.add(CodeBlock.of("$S", op.column().name()));
        args.add(values.type(op.column().type()));
        args.addAll(values.attributes(op.column(), false, List.of(), List.of()));
        return List.of(CodeBlock.of("op.addColumn($L)", ValueWriter.arguments(args)));
    }

    @Override
    public List<CodeBlock> dropColumn(DropColumn op) {
        return one("op.dropColumn($S, $S)", op.table(), op.column());
    }

    @Override
    public List<CodeBlock> alterColumn(AlterColumn op) {
        CodeBlock.Builder change = CodeBlock.builder().add("c -> c");
        if (op.using() != null && op.type() == null) {
            throw new IllegalArgumentException("a USING expression without a type change has no DSL form");
        }
        if (op.type() != null) {
            if (op.using() != null) {
                change.add("$Z.type($L, $S)", values.type(op.type().value()), op.using());
            } else {
                change.add("$Z.type($L)", values.type(op.type().value()));
            }
        }
        if (op.nullable() != null) {
            change.add(op.nullable().value() ? "$Z.nullable()" : "$Z.notNull()");
        }
        if (op.serverDefault() != null) {
            if (op.serverDefault().value() == null) {
                change.add("$Z.dropServerDefault()");
            } else {
                change.add("$Z.serverDefault($S)", op.serverDefault().value());
            }
        }
        if (op.comment() != null) {
            change.add("$Z.comment($S)", op.comment().value());
        }
        return one("op.alterColumn($S, $S, $L)", op.table(), op.column(), change.build());
    }

    @Override
    public List<CodeBlock> renameColumn(RenameColumn op) {
        return one("op.renameColumn($S, $S, $S)", op.table(), op.from(), op.to());
    }

    @Override
    public List<CodeBlock> createIndex(CreateIndex op) {
        CodeBlock index = index(op.table(), op.index());
        return List.of(op.concurrently() ? index.toBuilder().add("$Z.concurrently()").build() : index);
    }

    /** {@code op.createIndex(name, table, columns...)}, refined with {@code .unique()} and {@code .where(...)}. */
    CodeBlock index(String table, Index index) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("op.createIndex($S, $S, $L)", index.name(), table, ValueWriter.strings(index.keys()));
        if (index.unique()) {
            code.add("$Z.unique()");
        }
        if (index.where() != null) {
            code.add("$Z.where($S)", index.where());
        }
        return code.build();
    }

    @Override
    public List<CodeBlock> dropIndex(DropIndex op) {
        return one(op.concurrently() ? "op.dropIndexConcurrently($S, $S)" : "op.dropIndex($S, $S)", op.name(), op.table());
    }

    @Override
    public List<CodeBlock> addConstraint(AddConstraint op) {
        String table = op.table();
        CodeBlock call = op.constraint().<CodeBlock>match(
                pk -> CodeBlock.of("op.addPrimaryKey($S, $S, $L)", pk.name(), table, ValueWriter.strings(pk.columns())),
                uq -> CodeBlock.of("op.addUnique($S, $S, $L)", uq.name(), table, ValueWriter.strings(uq.columns())),
                fk -> CodeBlock.of("op.addForeignKey($S, $S, $L,$W$L)", fk.name(), table, ValueWriter.columnOrList(fk.columns()),
                        values.references(fk, null)),
                ck -> CodeBlock.of("op.addCheck($S, $S, $S)", ck.name(), table, ck.expression()));
        if (op.usingIndex() != null) {
            return List.of(call.toBuilder().add("$Z.usingIndex($S)", op.usingIndex()).build());
        }
        return List.of(op.notValid() ? call.toBuilder().add("$Z.notValid()").build() : call);
    }

    @Override
    public List<CodeBlock> validateConstraint(ValidateConstraint op) {
        return one("op.validateConstraint($S, $S)", op.name(), op.table());
    }

    @Override
    public List<CodeBlock> dropConstraint(DropConstraint op) {
        return one("op.dropConstraint($S, $S)", op.name(), op.table());
    }

    /** The short form where the sequence has Hibernate's defaults, which {@code op.createSequence(name)} documents. */
    @Override
    public List<CodeBlock> createSequence(CreateSequence op) {
        Sequence sequence = op.sequence();
        if (sequence.equals(Sequence.hibernateDefault(sequence.name()))) {
            return one("op.createSequence($S)", sequence.name());
        }
        return one("op.createSequence($S, $L, $L)", sequence.name(), longLiteral(sequence.start()), longLiteral(sequence.increment()));
    }

    /** {@code 100}, or {@code 3000000000L} where an int literal would not compile. */
    private static String longLiteral(long value) {
        return value == (int) value ? Long.toString(value) : value + "L";
    }

    @Override
    public List<CodeBlock> dropSequence(DropSequence op) {
        return one("op.dropSequence($S)", op.name());
    }

    @Override
    public List<CodeBlock> createEnum(CreateEnum op) {
        CodeBlock labels = op.type().labels().stream().map(l -> CodeBlock.of("$S", l)).collect(CodeBlock.joining(", "));
        return one("op.createEnum($S, $L)", op.type().name(), labels);
    }

    @Override
    public List<CodeBlock> dropEnum(DropEnum op) {
        return one("op.dropEnum($S)", op.name());
    }

    /**
     * {@code execute} for SQL run everywhere, one {@code executeOn} per dialect for dialect-only SQL.
     * SQL with a default and per-dialect overrides has no DSL call (execute plus executeOn would run
     * both on that dialect), so it is written as the operation value itself.
     */
    @Override
    public List<CodeBlock> executeSql(ExecuteSql op) {
        Map<String, String> perDialect = new TreeMap<>(op.perDialect());
        if (perDialect.isEmpty()) {
            return one("op.execute($S)", op.sql());
        }
        if (op.sql() == null) {
            List<CodeBlock> statements = new ArrayList<>();
            perDialect.forEach((dialect, sql) -> statements.add(CodeBlock.of("op.executeOn($L, $S)", dialect(dialect), sql)));
            return statements;
        }
        if (perDialect.size() > 10) {
            throw new IllegalArgumentException("more than 10 dialect-specific statements do not fit Map.of");
        }
        List<CodeBlock> entries = new ArrayList<>();
        perDialect.forEach((dialect, sql) -> entries.add(CodeBlock.of("$L, $S", dialect(dialect), sql)));
        return one("op.add(new $T($S, $T.of($L)))", ExecuteSql.class, op.sql(), Map.class, CodeBlock.join(entries, ", "));
    }

    private static CodeBlock dialect(String name) {
        if (Ops.POSTGRESQL.equals(name)) {
            return CodeBlock.of("$T.POSTGRESQL", Ops.class);
        }
        if (Ops.SQLITE.equals(name)) {
            return CodeBlock.of("$T.SQLITE", Ops.class);
        }
        return CodeBlock.of("$S", name);
    }

    private static List<CodeBlock> one(String format, Object... args) {
        return List.of(CodeBlock.of(format, args));
    }
}
