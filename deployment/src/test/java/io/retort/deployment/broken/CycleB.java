package io.retort.deployment.broken;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "cycleb", parent = "cyclea", message = "the other side")
public class CycleB implements Migration {
    public void upgrade(Ops op) {
    }

    public void downgrade(Ops op) {
    }
}
