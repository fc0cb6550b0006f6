package io.retort.deployment.lint;

import io.retort.migration.Allow;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

/** A rename the revision accepts, with its reason: no warning. */
@Revision(id = "5e1f00000003", parent = "5e1f00000002", message = "rename shelf label",
        allow = @Allow(rule = "rename-column", reason = "nothing reads shelves.label yet"))
public class RenameShelfLabel implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.renameColumn("shelves", "label", "name");
    }

    @Override
    public void downgrade(Ops op) {
        op.renameColumn("shelves", "name", "label");
    }
}
