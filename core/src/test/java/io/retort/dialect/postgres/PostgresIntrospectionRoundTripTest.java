package io.retort.dialect.postgres;

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
import static io.retort.migration.ColumnTypes.raw;
import static io.retort.migration.ColumnTypes.real;
import static io.retort.migration.ColumnTypes.smallint;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.migration.ColumnTypes.time;
import static io.retort.migration.ColumnTypes.timestamp;
import static io.retort.migration.ColumnTypes.timestampTz;
import static io.retort.migration.ColumnTypes.uuid;
import static io.retort.schema.ReferentialAction.CASCADE;
import static io.retort.schema.ReferentialAction.RESTRICT;
import static io.retort.schema.ReferentialAction.SET_NULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.migration.Ops;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.ReferentialAction;
import io.retort.schema.Schema;
import io.retort.schema.Sequence;
import io.retort.schema.Table;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Applies schemas and changes to a real PostgreSQL and checks introspection agrees with replay after each operation. */
class PostgresIntrospectionRoundTripTest {

    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    /** Tables covering every type, default, key, constraint, index and comment the snapshot knows. */
    static void createShop(Ops op) {
        op.createTable("user", t -> t
                .column("id", bigint(), primaryKey(), identity())
                .column("Email Address", string(320), notNull(), unique())
                .column("isActive", bool(), notNull(), serverDefault("TRUE"))
                .column("tenant", integer(), notNull(), serverDefault("0"))
                .column("nickname", string(), serverDefault("'anonymous'"))
                .unique("tenant", "nickname")
                .comment("People who order"));
        op.createTable("Order Lines", t -> t
                .entityColumns()
                .column("user_id", bigint(), references("user", "id").onDelete(CASCADE).onUpdate(CASCADE))
                .column("reviewer_id", bigint(), references("user", "id").onDelete(SET_NULL))
                .column("status", string(16), notNull(), serverDefault("'pending'"), comment("Where the line is"))
                .column("amount", numeric(12, 2), notNull(), serverDefault("0"), check("amount >= 0"))
                .column("quantity", smallint(), serverDefault("-1"))
                .column("note", text())
                .column("weight", real())
                .column("score", doublePrecision(), serverDefault("1.5"))
                .column("shipped_on", date())
                .column("ship_time", time())
                .column("seen_at", timestamp(), serverDefault("now()"))
                .column("token", uuid())
                .column("payload", json())
                .column("image", bytes())
                .column("address", raw("inet"))
                .column("labels", raw("text[]"))
                .column("legacy", raw("int4"))
                .column("order", integer(), indexed())
                .column("opens_at", time(0))
                .column("logged_at", timestamp(6))
                .column("synced_at", timestampTz(3))
                .column("grade", raw("char(1)"))
                .check("status", "status IN ('pending', 'paid', 'shipped')")
                .check("Positive Weight", "weight IS NULL OR weight > 0 AND weight < 1000")
                .index("user_id", "status")
                .comment("One line of an order, it's \"quoted\""));
        op.createIndex("ix_open_lines", "Order Lines", "user_id").where("status = 'pending'");
        op.createUniqueIndex("uq_line_token", "Order Lines", "token").where("token IS NOT NULL AND \"order\" > 0");
        op.createUniqueIndex("Line Order", "Order Lines", "order", "user_id");
        op.createIndex("ix_recent_lines", "Order Lines", "user_id", "logged_at DESC");
        op.createTable("group", t -> t
                .column("tenant", integer(), primaryKey())
                .column("code", string(8), primaryKey())
                .column("label", text()));
        op.createTable("membership", t -> t
                .column("user_id", bigint(), primaryKey(), references("user", "id").onDelete(RESTRICT))
                .column("tenant", integer(), primaryKey())
                .column("group_code", string(8), primaryKey())
                .column("since", date(), notNull(), serverDefault("CURRENT_DATE"))
                .foreignKey(List.of("tenant", "group_code"), references("group", List.of("tenant", "code")).onDelete(CASCADE)));
    }

    @Test
    void everyKindOfSchemaObjectRoundTrips() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            PostgresSchemaHarness harness = new PostgresSchemaHarness(new PostgresDialect(), db.pool());
            harness.apply(PostgresIntrospectionRoundTripTest::createShop);

            // Spot-check the introspected snapshot itself, not only its canonical equality.
            Table lines = harness.introspect().table("Order Lines").orElseThrow();
            assertEquals(ColumnType.string(16), column(lines, "status").type());
            assertEquals(ColumnType.numeric(12, 2), column(lines, "amount").type());
            assertEquals(ColumnType.of(ColumnType.Kind.JSON), column(lines, "payload").type());
            assertEquals(ColumnType.of(ColumnType.Kind.TIMESTAMPTZ), column(lines, "created_at").type());
            assertEquals(ColumnType.raw("inet"), column(lines, "address").type());
            assertEquals(ColumnType.of(ColumnType.Kind.INTEGER), column(lines, "legacy").type());
            assertEquals("Where the line is", column(lines, "status").comment());
            assertEquals(List.of("user_id", "tenant", "group_code"),
                    harness.introspect().table("membership").orElseThrow().primaryKey().columns());
            Table user = harness.introspect().table("user").orElseThrow();
            assertEquals(true, column(user, "id").identity());
            assertEquals(ReferentialAction.SET_NULL, lines.foreignKeys().stream()
                    .filter(fk -> fk.columns().equals(List.of("reviewer_id"))).findFirst().orElseThrow().onDelete());
        }
    }

    @Test
    void everyChangeRoundTripsAfterEachOperation() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            PostgresSchemaHarness harness = new PostgresSchemaHarness(new PostgresDialect(), db.pool());
            harness.apply(PostgresIntrospectionRoundTripTest::createShop);
            harness.apply(op -> {
                op.addColumn("user", "Last Login", timestampTz(), comment("UTC"));
                op.addColumn("user", "credits", integer(), notNull(), serverDefault("10"), check("credits >= 0"));
                op.addColumn("user", "code", string(12), unique(), indexed());
                op.addColumn("Order Lines", "parent_id", string(26), references("Order Lines", "id").onDelete(SET_NULL));
                op.addColumn("group", "seq", bigint(), notNull(), identity());

                op.alterColumn("user", "nickname", c -> c.type(string(64)));
                op.alterColumn("Order Lines", "note", c -> c.type(integer(), "length(note)"));
                op.alterColumn("Order Lines", "quantity", c -> c.type(integer()).serverDefault("1").notNull());
                op.alterColumn("Order Lines", "weight", c -> c.type(doublePrecision()));
                op.alterColumn("user", "nickname", c -> c.notNull());
                op.alterColumn("user", "nickname", c -> c.nullable());
                op.alterColumn("user", "nickname", c -> c.dropServerDefault());
                op.alterColumn("user", "nickname", c -> c.serverDefault("'nobody'"));
                op.alterColumn("user", "isActive", c -> c.serverDefault("false"));
                op.alterColumn("user", "Last Login", c -> c.comment("Last sign-in, UTC"));
                op.alterColumn("user", "Last Login", c -> c.comment(null));
                op.alterColumn("Order Lines", "payload", c -> c.serverDefault("'{}'"));
                op.alterColumn("user", "nickname", c -> c.type(integer(), "length(nickname)").serverDefault("0"));
                op.alterColumn("user", "nickname", c -> c.type(text()).dropServerDefault());

                op.renameColumn("Order Lines", "status", "State");
                op.renameColumn("Order Lines", "order", "position");
                op.renameTable("Order Lines", "line");
                op.renameTable("group", "team");

                op.dropConstraint("ck_Order Lines_status", "line");
                op.addCheck("ck_line_state", "line", "\"State\" <> 'void'");
                op.dropConstraint("uq_user_tenant_nickname", "user");
                op.addUnique("uq_user_tenant_code", "user", "tenant", "code");
                op.dropConstraint("fk_Order Lines_reviewer_id_user", "line");
                op.addForeignKey("fk_line_reviewer", "line", "reviewer_id", references("user", "id").onUpdate(CASCADE));
                op.dropConstraint("pk_membership", "membership");
                op.addPrimaryKey("pk_membership_v2", "membership", "tenant", "group_code", "user_id");

                op.dropIndex("ix_open_lines", "line");
                op.createIndex("ix_line_paid", "line", "user_id", "amount").where("\"State\" IN ('paid', 'shipped') AND amount > 10");
                op.dropColumn("line", "position");
                op.dropColumn("user", "credits");
                op.dropTable("membership");
                op.dropTable("team");
            });
        }
    }

    @Test
    void sequencesRoundTripAndThoseOfIdentityAndSerialColumnsAreLeftOut() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            PostgresSchemaHarness harness = new PostgresSchemaHarness(new PostgresDialect(), db.pool(), Set.of("legacy"));
            harness.apply(op -> {
                op.createSequence("notes_seq");
                op.createTable("notes", t -> t.column("id", bigint(), primaryKey(), identity()));
                op.addColumn("notes", "number", integer(), notNull(), identity());
                op.createSequence("Odd \"Seq\"", 1000, 1);
                op.createSequence("countdown", -1, -1);
            });
            db.pool().query("CREATE TABLE legacy (id serial PRIMARY KEY, code bigserial)").execute().await().indefinitely();

            Schema live = harness.introspect();
            assertEquals(List.of("Odd \"Seq\"", "countdown", "notes_seq"), List.copyOf(live.sequences().keySet()),
                    "the identity columns' and serial columns' own sequences are not reported");
            assertEquals(new Sequence("notes_seq", 1, 50), live.sequence("notes_seq").orElseThrow());
            assertEquals(new Sequence("Odd \"Seq\"", 1000, 1), live.sequence("Odd \"Seq\"").orElseThrow());
            assertEquals(new Sequence("countdown", -1, -1), live.sequence("countdown").orElseThrow());

            harness.apply(op -> {
                op.dropSequence("notes_seq");
                op.dropSequence("countdown");
                op.createSequence("notes_seq", 5000, 50);
            });
            assertEquals(new Sequence("notes_seq", 5000, 50), harness.introspect().sequence("notes_seq").orElseThrow());
        }
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow();
    }
}
