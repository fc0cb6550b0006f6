package io.retort.codegen;

import com.squareup.javapoet.CodeBlock;
import io.retort.migration.Ops;
import io.retort.operation.CreateTable;
import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.Names;
import io.retort.schema.PrimaryKey;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes {@code op.createTable(name, t -> t...)}. Keys, constraints and indexes whose names follow the
 * convention are declared in the table (as column options when they cover one column); the DSL
 * cannot name a primary key, unique, check or index there, so one with another name, and a unique or
 * partial index, follows as its own call ({@code op.addUnique(...)}, {@code op.createIndex(...)}).
 * Foreign keys always stay in the table, with {@code .named(...)} when needed.
 */
final class CreateTableWriter {

    /** What {@code t.entityColumns()} declares, read from the DSL itself. */
    private static final Table ENTITY = entityTable();

    private final OperationWriter operations;
    private final ValueWriter values;

    CreateTableWriter(OperationWriter operations, ValueWriter values) {
        this.operations = operations;
        this.values = values;
    }

    List<CodeBlock> write(Table table) {
        return new Writing(table).statements();
    }

    private static Table entityTable() {
        Ops op = new Ops(Ops.POSTGRESQL);
        op.createTable("entity", t -> t.entityColumns());
        return ((CreateTable) op.operations().get(0)).table();
    }

    /** The state of writing one table. */
    private final class Writing {

        private final Table table;
        private final String name;
        private final Map<String, List<CodeBlock>> keyOptions = new LinkedHashMap<>();
        private final Map<String, List<CodeBlock>> objectOptions = new LinkedHashMap<>();
        private final Set<String> optionsTaken = new HashSet<>();
        private final List<CodeBlock> tableCalls = new ArrayList<>();
        private final List<CodeBlock> followUps = new ArrayList<>();
        private Set<String> keyColumns = Set.of();
        private boolean entityColumns;

        Writing(Table table) {
            this.table = table;
            this.name = table.name();
        }

        List<CodeBlock> statements() {
            primaryKey(table.primaryKey());
            table.uniques().forEach(this::unique);
            table.foreignKeys().forEach(this::foreignKey);
            table.checks().forEach(this::check);
            table.indexes().forEach(this::index);
            if (table.comment() != null) {
                tableCalls.add(CodeBlock.of("comment($S)", table.comment()));
            }

            CodeBlock.Builder create = CodeBlock.builder().add("op.createTable($S, t -> t", name);
            List<Column> columns = table.columns();
            if (entityColumns) {
                create.add("\n.entityColumns()");
                columns = columns.subList(ENTITY.columns().size(), columns.size());
            }
            for (Column column : columns) {
                List<CodeBlock> args = new ArrayList<>();
                args.add(CodeBlock.of("$S", column.name()));
                args.add(values.type(column.type()));
                args.addAll(values.attributes(column, keyColumns.contains(column.name()),
                        keyOptions.getOrDefault(column.name(), List.of()), objectOptions.getOrDefault(column.name(), List.of())));
                create.add("\n.column($L)", ValueWriter.arguments(args));
            }
            tableCalls.forEach(call -> create.add("\n.$L", call));
            create.add(")");

            List<CodeBlock> statements = new ArrayList<>();
            statements.add(create.build());
            statements.addAll(followUps);
            return statements;
        }

        private void primaryKey(PrimaryKey pk) {
            if (pk == null) {
                return;
            }
            boolean conventional = Objects.equals(pk.name(), Names.primaryKey(name))
                    && pk.columns().stream().allMatch(c -> !table.column(c).map(Column::nullable).orElse(true));
            if (!conventional) {
                followUps.add(CodeBlock.of("op.addPrimaryKey($S, $S, $L)", pk.name(), name, ValueWriter.strings(pk.columns())));
                return;
            }
            keyColumns = Set.copyOf(pk.columns());
            entityColumns = pk.columns().equals(ENTITY.primaryKey().columns())
                    && table.columns().size() >= ENTITY.columns().size()
                    && table.columns().subList(0, ENTITY.columns().size()).equals(ENTITY.columns());
            if (entityColumns) {
                return;
            }
            if (pk.columns().size() == 1) {
                keyOptions.computeIfAbsent(pk.columns().get(0), c -> new ArrayList<>()).add(values.option("primaryKey"));
            } else {
                tableCalls.add(CodeBlock.of("primaryKey($L)", ValueWriter.strings(pk.columns())));
            }
        }

        private void unique(UniqueConstraint unique) {
            if (!Objects.equals(unique.name(), Names.unique(name, unique.columns()))) {
                followUps.add(CodeBlock.of("op.addUnique($S, $S, $L)", unique.name(), name, ValueWriter.strings(unique.columns())));
            } else if (!asColumnOption(unique.columns(), "unique", values.option("unique"))) {
                tableCalls.add(CodeBlock.of("unique($L)", ValueWriter.strings(unique.columns())));
            }
        }

        private void foreignKey(ForeignKey fk) {
            boolean conventional = Objects.equals(fk.name(), Names.foreignKey(name, fk.columns(), fk.referencedTable()));
            CodeBlock references = values.references(fk, conventional ? null : fk.name());
            if (!asColumnOption(fk.columns(), "references", references)) {
                tableCalls.add(CodeBlock.of("foreignKey($L,$W$L)", ValueWriter.columnOrList(fk.columns()), references));
            }
        }

        private void check(CheckConstraint check) {
            String prefix = "ck_" + name + "_";
            String label = check.name() != null && check.name().startsWith(prefix) ? check.name().substring(prefix.length()) : null;
            if (label == null || !check.name().equals(Names.check(name, label))) {
                followUps.add(CodeBlock.of("op.addCheck($S, $S, $S)", check.name(), name, check.expression()));
            } else if (!table.hasColumn(label)
                    || !asColumnOption(List.of(label), "check", values.option("check", CodeBlock.of("$S", check.expression())))) {
                tableCalls.add(CodeBlock.of("check($S, $S)", label, check.expression()));
            }
        }

        private void index(Index index) {
            if (index.unique() || index.where() != null || index.descending().contains(true)
                    || !Objects.equals(index.name(), Names.index(name, index.columns()))) {
                followUps.add(operations.index(name, index));
            } else if (!asColumnOption(index.columns(), "indexed", values.option("indexed"))) {
                tableCalls.add(CodeBlock.of("index($L)", ValueWriter.strings(index.columns())));
            }
        }

        /**
         * Says a one-column object as an option of its column, unless the column is declared by
         * {@code entityColumns()} or already has an option of that kind (an option holds one).
         */
        private boolean asColumnOption(List<String> columns, String kind, CodeBlock option) {
            if (columns.size() != 1) {
                return false;
            }
            String column = columns.get(0);
            if (entityColumns && ENTITY.hasColumn(column) || !optionsTaken.add(kind + " " + column)) {
                return false;
            }
            objectOptions.computeIfAbsent(column, c -> new ArrayList<>()).add(option);
            return true;
        }
    }
}
