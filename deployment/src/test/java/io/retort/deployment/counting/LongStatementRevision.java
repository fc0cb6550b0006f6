package io.retort.deployment.counting;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

/** A data load longer than a class-file string constant may be: rendered at run time, not recorded. */
@Revision(id = "c1c1c1c1c1c1", parent = "c0c0c0c0c0c0", message = "load many rows")
public class LongStatementRevision implements Migration {

    public static final int ROWS = 20_000;

    @Override
    public void upgrade(Ops op) {
        StringBuilder insert = new StringBuilder("INSERT INTO counted (id) VALUES (1)");
        for (int id = 2; id <= ROWS; id++) {
            insert.append(", (").append(id).append(')');
        }
        op.execute(insert.toString());
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DELETE FROM counted");
    }
}
