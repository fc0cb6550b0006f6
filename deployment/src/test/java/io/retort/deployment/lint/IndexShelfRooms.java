package io.retort.deployment.lint;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

/** An index on a table an earlier revision created: the add-index rule fires. */
@Revision(id = "5e1f00000002", parent = "5e1f00000001", message = "index shelf rooms")
public class IndexShelfRooms implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createIndex("ix_shelves_room", "shelves", "room");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("ix_shelves_room", "shelves");
    }
}
