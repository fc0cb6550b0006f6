package io.retort.deployment.broken;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "orphan1", parent = "nosuchparent", message = "refers to nothing")
public class Orphan implements Migration {
    public void upgrade(Ops op) {
    }

    public void downgrade(Ops op) {
    }
}
