package io.retort.engine.shop;

import static io.retort.migration.ColumnOptions.check;
import static io.retort.migration.ColumnOptions.comment;
import static io.retort.migration.ColumnOptions.identity;
import static io.retort.migration.ColumnOptions.indexed;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnOptions.unique;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.bool;
import static io.retort.migration.ColumnTypes.bytes;
import static io.retort.migration.ColumnTypes.date;
import static io.retort.migration.ColumnTypes.doublePrecision;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.json;
import static io.retort.migration.ColumnTypes.numeric;
import static io.retort.migration.ColumnTypes.real;
import static io.retort.migration.ColumnTypes.smallint;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.migration.ColumnTypes.time;
import static io.retort.migration.ColumnTypes.timestamp;
import static io.retort.migration.ColumnTypes.timestampTz;
import static io.retort.migration.ColumnTypes.ulid;
import static io.retort.migration.ColumnTypes.uuid;
import static io.retort.schema.ReferentialAction.CASCADE;
import static io.retort.schema.ReferentialAction.SET_NULL;

import io.retort.engine.LoadedRevision;
import io.retort.engine.Revisions;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;
import java.util.List;
import java.util.Set;

/**
 * A 17-revision shop schema that uses every operation, with rows inserted along the way: the
 * round-trip suite's chain.
 */
public final class ShopRevisions {

    /** Revisions that change data rather than schema; row counts may change across them. */
    public static final Set<String> DATA_REVISIONS = Set.of("r03", "r13");

    private ShopRevisions() {
    }

    public static List<LoadedRevision> all() {
        return Revisions.fromClasses(R01.class, R02.class, R03.class, R04.class, R05.class, R06.class, R07.class,
                R08.class, R09.class, R10.class, R11.class, R12.class, R13.class, R14.class, R15.class, R16.class, R17.class);
    }

    /** Only the open purchases, where the database has partial indexes (MariaDB has none). */
    static void openPurchasesIndex(Ops op) {
        if (op.dialect().equals(Ops.MARIADB)) {
            op.createIndex("ix_purchases_open", "purchases", "status");
        } else {
            op.createIndex("ix_purchases_open", "purchases", "status").where("status <> 'done'");
        }
    }

    @Revision(id = "r01", message = "create users")
    public static class R01 implements Migration {
        public void upgrade(Ops op) {
            op.createTable("users", t -> t
                    .entityColumns()
                    .column("email", string(), notNull(), unique())
                    .column("name", string(100), notNull())
                    .column("is_active", bool(), notNull(), serverDefault("true"))
                    .comment("Registered users"));
        }

        public void downgrade(Ops op) {
            op.dropTable("users");
        }
    }

    @Revision(id = "r02", parent = "r01", message = "create orders")
    public static class R02 implements Migration {
        public void upgrade(Ops op) {
            op.createTable("orders", t -> t
                    .entityColumns()
                    .column("user_id", ulid(), notNull(), references("users", "id").onDelete(CASCADE), indexed())
                    .column("total_amount", numeric(10, 2), notNull(), serverDefault("0"), check("total_amount >= 0"))
                    .column("status", string(20), notNull(), serverDefault("'pending'")));
        }

        public void downgrade(Ops op) {
            op.dropTable("orders");
        }
    }

    @Revision(id = "r03", parent = "r02", message = "seed users and orders")
    public static class R03 implements Migration {
        public void upgrade(Ops op) {
            op.execute("INSERT INTO users (id, email, name) VALUES ('01HZZZZZZZZZZZZZZZZZZZZZZ1', 'ada@example.com', 'Ada')");
            op.execute("INSERT INTO users (id, email, name, is_active) VALUES ('01HZZZZZZZZZZZZZZZZZZZZZZ2', 'bob@example.com', 'Bob', false)");
            op.execute("INSERT INTO orders (id, user_id, total_amount) VALUES ('01HZZZZZZZZZZZZZZZZZZZZZO1', '01HZZZZZZZZZZZZZZZZZZZZZZ1', 12.50)");
            op.execute("INSERT INTO orders (id, user_id, total_amount, status) VALUES ('01HZZZZZZZZZZZZZZZZZZZZZO2', '01HZZZZZZZZZZZZZZZZZZZZZZ1', 3.20, 'done')");
            op.execute("INSERT INTO orders (id, user_id) VALUES ('01HZZZZZZZZZZZZZZZZZZZZZO3', '01HZZZZZZZZZZZZZZZZZZZZZZ2')");
        }

        public void downgrade(Ops op) {
            op.execute("DELETE FROM orders WHERE id LIKE '01HZZZZZZZZZZZZZZZZZZZZZO%'");
            op.execute("DELETE FROM users WHERE id IN ('01HZZZZZZZZZZZZZZZZZZZZZZ1', '01HZZZZZZZZZZZZZZZZZZZZZZ2')");
        }
    }

    @Revision(id = "r04", parent = "r03", message = "add nickname and note")
    public static class R04 implements Migration {
        public void upgrade(Ops op) {
            op.addColumn("users", "nickname", text(), comment("shown to other users"));
            op.addColumn("orders", "note", string(200), notNull(), serverDefault("'none'"));
        }

        public void downgrade(Ops op) {
            op.dropColumn("orders", "note");
            op.dropColumn("users", "nickname");
        }
    }

    @Revision(id = "r05", parent = "r04", message = "widen status, relax name, change default")
    public static class R05 implements Migration {
        public void upgrade(Ops op) {
            op.alterColumn("orders", "status", c -> c.type(string(50)));
            op.alterColumn("users", "name", c -> c.nullable());
            op.alterColumn("orders", "total_amount", c -> c.serverDefault("1"));
        }

        public void downgrade(Ops op) {
            op.alterColumn("orders", "total_amount", c -> c.serverDefault("0"));
            op.alterColumn("users", "name", c -> c.notNull());
            op.alterColumn("orders", "status", c -> c.type(string(20)));
        }
    }

    @Revision(id = "r06", parent = "r05", message = "rename nickname and orders")
    public static class R06 implements Migration {
        public void upgrade(Ops op) {
            op.renameColumn("users", "nickname", "display_name");
            op.renameTable("orders", "purchases");
        }

        public void downgrade(Ops op) {
            op.renameTable("purchases", "orders");
            op.renameColumn("users", "display_name", "nickname");
        }
    }

    @Revision(id = "r07", parent = "r06", message = "partial and multi-column indexes")
    public static class R07 implements Migration {
        public void upgrade(Ops op) {
            openPurchasesIndex(op);
            op.createUniqueIndex("ux_users_email_name", "users", "email", "name");
        }

        public void downgrade(Ops op) {
            op.dropIndex("ux_users_email_name", "users");
            op.dropIndex("ix_purchases_open", "purchases");
        }
    }

    @Revision(id = "r08", parent = "r07", message = "unique display name, note length check")
    public static class R08 implements Migration {
        public void upgrade(Ops op) {
            op.addUnique("uq_users_display_name", "users", "display_name");
            op.addCheck("ck_purchases_note_length", "purchases", "length(note) <= 200");
        }

        public void downgrade(Ops op) {
            op.dropConstraint("ck_purchases_note_length", "purchases");
            op.dropConstraint("uq_users_display_name", "users");
        }
    }

    @Revision(id = "r09", parent = "r08", message = "a table that needs quoting")
    public static class R09 implements Migration {
        public void upgrade(Ops op) {
            ShopTables.createSelectTable(op);
            op.executeOn(Ops.POSTGRESQL, "INSERT INTO \"Select\" (\"Order\", \"weird \"\"name\"\" here\") VALUES (1, 'one')");
            op.executeOn(Ops.SQLITE, "INSERT INTO \"Select\" (\"Order\", \"weird \"\"name\"\" here\") VALUES (1, 'one')");
            op.executeOn(Ops.MARIADB, "INSERT INTO `Select` (`Order`, `weird \"name\" here`) VALUES (1, 'one')");
        }

        public void downgrade(Ops op) {
            ShopTables.dropSelectTable(op);
        }
    }

    @Revision(id = "r10", parent = "r09", message = "audit table with every type")
    public static class R10 implements Migration {
        public void upgrade(Ops op) {
            op.createTable("audit", t -> t
                    .column("id", integer(), primaryKey(), identity())
                    .column("user_id", ulid())
                    .column("small", smallint())
                    .column("big", bigint())
                    .column("ratio", real())
                    .column("score", doublePrecision())
                    .column("price", numeric(12, 3))
                    .column("flag", bool())
                    .column("day", date())
                    .column("at", time())
                    .column("seen", timestamp())
                    .column("seen_tz", timestampTz(), serverDefault("CURRENT_TIMESTAMP"))
                    .column("ref", uuid())
                    .column("payload", json(), serverDefault("'[]'"))
                    .column("blob", bytes())
                    .column("body", text()));
            op.addForeignKey("fk_audit_user", "audit", "user_id", references("users", "id").onDelete(SET_NULL).onUpdate(CASCADE));
            op.execute("INSERT INTO audit (user_id, small, big, flag) VALUES ('01HZZZZZZZZZZZZZZZZZZZZZZ1', 1, 9000000000, true)");
        }

        public void downgrade(Ops op) {
            op.dropConstraint("fk_audit_user", "audit");
            op.dropTable("audit");
        }
    }

    @Revision(id = "r11", parent = "r10", message = "name required again, shorter display name")
    public static class R11 implements Migration {
        public void upgrade(Ops op) {
            op.alterColumn("users", "name", c -> c.notNull().serverDefault("'anon'"));
            op.alterColumn("users", "display_name", c -> c.type(string(80)));
        }

        public void downgrade(Ops op) {
            op.alterColumn("users", "display_name", c -> c.type(text()));
            op.alterColumn("users", "name", c -> c.nullable().dropServerDefault());
        }
    }

    @Revision(id = "r12", parent = "r11", message = "drop display name")
    public static class R12 implements Migration {
        public void upgrade(Ops op) {
            op.dropColumn("users", "display_name");
        }

        public void downgrade(Ops op) {
            op.addColumn("users", "display_name", string(80), comment("shown to other users"));
            op.addUnique("uq_users_display_name", "users", "display_name");
        }
    }

    @Revision(id = "r13", parent = "r12", message = "more data, per dialect")
    public static class R13 implements Migration {
        public void upgrade(Ops op) {
            op.execute("INSERT INTO users (id, email, name) VALUES ('01HZZZZZZZZZZZZZZZZZZZZZZ3', 'cy@example.com', 'Cy')");
            op.executeOn(Ops.POSTGRESQL, "UPDATE purchases SET note = 'set on postgresql'");
            op.executeOn(Ops.SQLITE, "UPDATE purchases SET note = 'set on sqlite'");
            op.executeOn(Ops.MARIADB, "UPDATE purchases SET note = 'set on mariadb'");
        }

        public void downgrade(Ops op) {
            op.execute("UPDATE purchases SET note = 'none'");
            op.execute("DELETE FROM users WHERE id = '01HZZZZZZZZZZZZZZZZZZZZZZ3'");
        }
    }

    @Revision(id = "r14", parent = "r13", message = "drop the note check and the open index")
    public static class R14 implements Migration {
        public void upgrade(Ops op) {
            op.dropConstraint("ck_purchases_note_length", "purchases");
            op.dropIndex("ix_purchases_open", "purchases");
        }

        public void downgrade(Ops op) {
            openPurchasesIndex(op);
            op.addCheck("ck_purchases_note_length", "purchases", "length(note) <= 200");
        }
    }

    @Revision(id = "r15", parent = "r14", message = "tags with a key added later")
    public static class R15 implements Migration {
        public void upgrade(Ops op) {
            // MariaDB keys no whole TEXT column (see ShopTables).
            op.createTable("tags", t -> t.column("name", op.dialect().equals(Ops.MARIADB) ? string(100) : text(), notNull()));
            op.execute("INSERT INTO tags (name) VALUES ('red')");
            op.addPrimaryKey("pk_tags", "tags", "name");
            op.addCheck("ck_tags_name_not_blank", "tags", "length(name) > 0");
        }

        public void downgrade(Ops op) {
            op.dropTable("tags");
        }
    }

    @Revision(id = "r16", parent = "r15", message = "drop the quoted table")
    public static class R16 implements Migration {
        public void upgrade(Ops op) {
            ShopTables.dropSelectTable(op);
        }

        public void downgrade(Ops op) {
            ShopTables.createSelectTable(op);
        }
    }

    @Revision(id = "r17", parent = "r16", message = "status becomes state")
    public static class R17 implements Migration {
        public void upgrade(Ops op) {
            op.renameColumn("purchases", "status", "state");
        }

        public void downgrade(Ops op) {
            op.renameColumn("purchases", "state", "status");
        }
    }
}
