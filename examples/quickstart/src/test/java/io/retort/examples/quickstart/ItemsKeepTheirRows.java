package io.retort.examples.quickstart;

import io.retort.junit.DataFixture;
import io.vertx.mutiny.sqlclient.SqlClient;

/** Adding the priority column keeps every item, each with priority 0. */
public class ItemsKeepTheirRows implements DataFixture {

    @Override
    public String revision() {
        return "c3b9d7e1f402";
    }

    @Override
    public void before(SqlClient database) {
        database.query("INSERT INTO lists (id, name) VALUES (1, 'home')").execute().await().indefinitely();
        database.query("INSERT INTO items (list_id, title) VALUES (1, 'milk'), (1, 'bread')").execute().await().indefinitely();
    }

    @Override
    public void after(SqlClient database) {
        var rows = database.query("SELECT title, priority FROM items ORDER BY id").execute().await().indefinitely();
        if (rows.size() != 2) {
            throw new AssertionError("expected the 2 items, found " + rows.size());
        }
        rows.forEach(row -> {
            if (((Number) row.getValue("priority")).intValue() != 0) {
                throw new AssertionError(row.getString("title") + " has priority " + row.getValue("priority") + ", expected 0");
            }
        });
    }
}
