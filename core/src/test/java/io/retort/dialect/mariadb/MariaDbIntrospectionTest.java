package io.retort.dialect.mariadb;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.unique;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.migration.Ops;
import io.retort.operation.Operation;
import io.retort.schema.Schema;
import io.retort.testing.MariaDbTestDatabase;
import io.retort.testing.VertxSuite;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Introspection on MariaDB reads fifty tables with the same few information_schema queries as one. */
class MariaDbIntrospectionTest extends VertxSuite {

    @Test
    void introspectionIssuesTheSameNumberOfQueriesForOneTableOrFifty() {
        try (MariaDbTestDatabase db = MariaDbTestDatabase.create(vertx)) {
            MariaDbDialect dialect = new MariaDbDialect();
            Schema schema = create(dialect, db.pool(), Schema.EMPTY, 0);
            long before = dialect.introspectionQueries();
            assertEquals(1, dialect.introspect(db.pool(), Set.of()).await().indefinitely().tables().size());
            long forOne = dialect.introspectionQueries() - before;

            for (int i = 1; i < 50; i++) {
                schema = create(dialect, db.pool(), schema, i);
            }
            before = dialect.introspectionQueries();
            Schema live = dialect.introspect(db.pool(), Set.of()).await().indefinitely();
            long forFifty = dialect.introspectionQueries() - before;

            assertEquals(50, live.tables().size());
            assertEquals(50, live.sequences().size());
            assertEquals(MariaDbInspector.MOST_QUERIES_PER_INTROSPECTION, forOne, "tables, columns, checks, foreign keys, indexes, sequences");
            assertEquals(forOne, forFifty);
            assertEquals(dialect.canonical(schema), dialect.canonical(live));
        }
    }

    private static Schema create(MariaDbDialect dialect, SqlClient client, Schema schema, int i) {
        Ops ops = new Ops(Ops.MARIADB);
        ops.createTable("t" + i, t -> t.column("id", bigint(), primaryKey()).column("name", string(40), unique())
                .column("parent", bigint(), references("t0", "id")).check("named", "name <> ''").index("parent"));
        ops.createSequence("t" + i + "_seq");
        for (Operation op : ops.operations()) {
            for (String sql : dialect.render(op, schema)) {
                client.query(sql).execute().await().indefinitely();
            }
            schema = op.applyTo(schema);
        }
        return schema;
    }
}
