package io.retort.engine;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.bool;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.timestampTz;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.revision.RevisionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Linear chains of simple revisions built in code, for scenario tests and the benchmark. */
public final class GeneratedChain {

    private GeneratedChain() {
    }

    /** Revision {@code g001..gN}: each creates a table (referencing the previous one) and indexes it. */
    public static List<LoadedRevision> linear(int count) {
        List<LoadedRevision> revisions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String table = "t" + i;
            String previous = i > 1 ? "t" + (i - 1) : null;
            Consumer<Ops> up = op -> {
                op.createTable(table, t -> {
                    t.column("id", bigint(), primaryKey())
                            .column("name", string(80), notNull())
                            .column("active", bool(), notNull(), serverDefault("true"))
                            .column("created_at", timestampTz());
                    if (previous != null) {
                        t.column("parent_id", bigint(), references(previous, "id"));
                    }
                });
                op.createIndex("ix_" + table + "_name", table, "name");
            };
            Consumer<Ops> down = op -> op.dropTable(table);
            revisions.add(revision(id(i), i > 1 ? id(i - 1) : null, "create " + table, up, down));
        }
        return revisions;
    }

    public static String id(int i) {
        return String.format("g%03d", i);
    }

    public static LoadedRevision revision(String id, String parent, String message, Consumer<Ops> up, Consumer<Ops> down) {
        return revision(id, parent, message, up, down, true);
    }

    public static LoadedRevision revision(String id, String parent, String message, Consumer<Ops> up, Consumer<Ops> down,
            boolean transactional) {
        RevisionNode node = new RevisionNode(id, parent == null ? List.of() : List.of(parent), List.of(), null, message, "generated " + id);
        Migration migration = new Migration() {
            @Override
            public void upgrade(Ops op) {
                up.accept(op);
            }

            @Override
            public void downgrade(Ops op) {
                down.accept(op);
            }
        };
        return new LoadedRevision(node, () -> migration, transactional);
    }
}
