package io.retort.bench;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.bool;
import static io.retort.migration.ColumnTypes.date;
import static io.retort.migration.ColumnTypes.json;
import static io.retort.migration.ColumnTypes.numeric;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.migration.ColumnTypes.timestampTz;
import static io.retort.schema.ReferentialAction.CASCADE;

import io.retort.engine.LoadedRevision;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.revision.RevisionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Deterministic, realistic revisions: every fourth one creates a table (varied types, a foreign key
 * to the previous table, a unique constraint), the others add a column, add an index, or update data.
 */
public final class BenchRevisions {

    private BenchRevisions() {
    }

    public static List<LoadedRevision> generate(int count) {
        List<LoadedRevision> revisions = new ArrayList<>();
        int tables = 0;
        for (int i = 1; i <= count; i++) {
            Consumer<Ops> up;
            Consumer<Ops> down;
            String message;
            int kind = (i - 1) % 4;
            if (kind == 0 || tables == 0) {
                tables++;
                String table = "bench_" + tables;
                String previous = tables > 1 ? "bench_" + (tables - 1) : null;
                message = "create " + table;
                up = op -> op.createTable(table, t -> {
                    t.column("id", bigint(), primaryKey())
                            .column("code", string(40), notNull())
                            .column("title", text())
                            .column("amount", numeric(12, 2), notNull(), serverDefault("0"))
                            .column("active", bool(), notNull(), serverDefault("true"))
                            .column("payload", json())
                            .column("created_at", timestampTz(), notNull(), serverDefault("CURRENT_TIMESTAMP"))
                            .unique("code");
                    if (previous != null) {
                        t.column("parent_id", bigint(), references(previous, "id").onDelete(CASCADE));
                    }
                });
                down = op -> op.dropTable(table);
            } else {
                String table = "bench_" + tables;
                if (kind == 1) {
                    message = "add due_on to " + table;
                    up = op -> op.addColumn(table, "due_on", date());
                    down = op -> op.dropColumn(table, "due_on");
                } else if (kind == 2) {
                    String index = "ix_" + table + "_created_at";
                    message = "index " + table + ".created_at";
                    up = op -> op.createIndex(index, table, "created_at", "active");
                    down = op -> op.dropIndex(index, table);
                } else {
                    message = "seed " + table;
                    up = op -> op.execute("INSERT INTO " + table + " (id, code, title) VALUES (1, 'c1', 'first'), (2, 'c2', 'second')");
                    down = op -> op.execute("DELETE FROM " + table + " WHERE id IN (1, 2)");
                }
            }
            revisions.add(revision(String.format("b%04d", i), i > 1 ? String.format("b%04d", i - 1) : null, message, up, down));
        }
        return revisions;
    }

    private static LoadedRevision revision(String id, String parent, String message, Consumer<Ops> up, Consumer<Ops> down) {
        RevisionNode node = new RevisionNode(id, parent == null ? List.of() : List.of(parent), List.of(), null, message, id);
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
        return new LoadedRevision(node, () -> migration, true);
    }
}
