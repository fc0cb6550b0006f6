package io.retort.deployment.broken;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "cyclea", parent = "cycleb", message = "one side of a cycle")
public class CycleA implements Migration {
    public void upgrade(Ops op) {
    }

    public void downgrade(Ops op) {
    }
}
