package io.retort.deployment.devui;

import static io.retort.migration.ColumnTypes.integer;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

/** Wipes every weight by dropping and re-adding the column: the running code, which maps it, fails in between. */
@Revision(id = "9ad9e7000003", parent = "9ad9e7000002", message = "clear gadget weights")
public class ClearGadgetWeights implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.dropColumn("gadgets", "weight");
        op.addColumn("gadgets", "weight", integer());
    }

    @Override
    public void downgrade(Ops op) {
    }
}
