package io.retort.deployment.app;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.unique;
import static io.retort.migration.ColumnTypes.string;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "a1b2c3d4e5f6", message = "create users")
public class CreateUsers implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("users", t -> t.entityColumns()
                .column("email", string(), notNull(), unique())
                .column("name", string(100), notNull()));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("users");
    }
}
