package io.retort.deployment.counting;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.bigint;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how often the running application records its operations. */
@Revision(id = "c0c0c0c0c0c0", message = "create counted")
public class CountedRevision implements Migration {

    public static final AtomicInteger UPGRADES_RECORDED = new AtomicInteger();

    @Override
    public void upgrade(Ops op) {
        UPGRADES_RECORDED.incrementAndGet();
        op.createTable("counted", t -> t.column("id", bigint(), primaryKey()));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("counted");
    }
}
