package io.retort.deployment.entities;

import static io.retort.migration.ColumnTypes.integer;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

/** Completes the revisions for Gadget. */
@Revision(id = "9ad9e7000002", parent = "9ad9e7000001", message = "add gadget weight")
public class AddGadgetWeight implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.addColumn("gadgets", "weight", integer());
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("gadgets", "weight");
    }
}
