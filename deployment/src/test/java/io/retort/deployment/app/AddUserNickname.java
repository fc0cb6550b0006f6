package io.retort.deployment.app;

import static io.retort.migration.ColumnTypes.text;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "b2c3d4e5f6a1", parent = "a1b2c3d4e5f6", message = "add nickname")
public class AddUserNickname implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.addColumn("users", "nickname", text());
        op.createIndex("ix_users_nickname", "users", "nickname");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("ix_users_nickname", "users");
        op.dropColumn("users", "nickname");
    }
}
