package io.retort.deployment.billing;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnTypes.numeric;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "f00d00000001", message = "create invoices")
public class CreateInvoices implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("invoices", t -> t.entityColumns().column("amount", numeric(12, 2), notNull()));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("invoices");
    }
}
