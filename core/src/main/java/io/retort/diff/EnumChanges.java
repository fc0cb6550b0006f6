package io.retort.diff;

import io.retort.operation.CreateEnum;
import io.retort.operation.DropEnum;
import io.retort.schema.EnumType;
import io.retort.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The enum types to create (before the tables and columns that use them) and to drop (after the
 * last column using them is gone). A type whose labels changed is not generated: PostgreSQL adds a
 * label with {@code ALTER TYPE ... ADD VALUE} and cannot remove or reorder one without re-creating
 * the type and converting every column, a decision the diff leaves to the user, with a notice.
 */
record EnumChanges(List<Change> creates, List<Change> drops) {

    static EnumChanges between(Schema current, Schema target, List<String> notices) {
        List<Change> creates = new ArrayList<>();
        List<Change> drops = new ArrayList<>();
        for (EnumType after : target.enums().values()) {
            EnumType before = current.enums().get(after.name());
            if (before == null) {
                creates.add(Change.safe(new CreateEnum(after)));
            } else if (!before.equals(after)) {
                notices.add("enum type " + after.name() + " has labels " + before.labels() + " in the database and " + after.labels()
                        + " in the model: not generated. Add a label with op.execute(\"ALTER TYPE " + after.name()
                        + " ADD VALUE '...'\") (outside a transaction before PostgreSQL 12); removing or reordering labels means"
                        + " a new type and converting the columns");
            }
        }
        for (EnumType before : current.enums().values()) {
            if (!target.enums().containsKey(before.name())) {
                drops.add(Change.safe(new DropEnum(before.name())));
            }
        }
        return new EnumChanges(creates, drops);
    }
}
