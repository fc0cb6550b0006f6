package io.retort.deployment.broken;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "secondhead", parent = "a1b2c3d4e5f6", message = "a second child of create users")
public class SecondHead implements Migration {
    public void upgrade(Ops op) {
    }

    public void downgrade(Ops op) {
    }
}
