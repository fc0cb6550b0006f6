package io.retort.codegen;

import io.retort.migration.Ops;
import io.retort.operation.AddColumn;
import io.retort.operation.AddConstraint;
import io.retort.operation.AlterColumn;
import io.retort.operation.Change;
import io.retort.operation.CreateIndex;
import io.retort.operation.CreateSequence;
import io.retort.operation.CreateTable;
import io.retort.operation.DropColumn;
import io.retort.operation.DropConstraint;
import io.retort.operation.DropIndex;
import io.retort.operation.DropSequence;
import io.retort.operation.DropTable;
import io.retort.operation.ExecuteSql;
import io.retort.operation.Operation;
import io.retort.operation.RenameColumn;
import io.retort.operation.RenameTable;
import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.Names;
import io.retort.schema.PrimaryKey;
import io.retort.schema.ReferentialAction;
import io.retort.schema.Sequence;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The revisions the codegen tests write, built from operation values as autogenerate would build them. */
final class Specs {

    static final Instant CREATED = Instant.parse("2026-11-25T03:15:00Z");

    private Specs() {
    }

    /** A base revision creating tables with every kind of conventionally named object. */
    static GeneratedRevisionSpec baseTables() {
        Ops entity = new Ops(Ops.POSTGRESQL);
        entity.createTable("users", t -> t.entityColumns());
        Table entityUsers = ((CreateTable) entity.operations().get(0)).table();
        List<Column> userColumns = Stream.concat(entityUsers.columns().stream(), Stream.of(
                new Column("email", ColumnType.string(255), false, null, null, false),
                new Column("name", ColumnType.string(100), false, null, "Full name, as the user typed it", false),
                new Column("age", ColumnType.of(Kind.INTEGER), true, null, null, false))).toList();
        Table users = new Table("users", userColumns, entityUsers.primaryKey(),
                List.of(new UniqueConstraint("uq_users_email", List.of("email"))), List.of(),
                List.of(new CheckConstraint("ck_users_age", "age >= 0")), List.of(new Index("ix_users_name", List.of("name"), false, null)),
                "People who sign in");

        Table teams = new Table("teams", List.of(
                new Column("id", ColumnType.of(Kind.INTEGER), false, null, null, true),
                new Column("name", ColumnType.of(Kind.TEXT), false, "'unnamed'", null, false),
                new Column("budget", ColumnType.numeric(12, 2), true, null, null, false)),
                new PrimaryKey("pk_teams", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);

        Table memberships = new Table("memberships", List.of(
                new Column("team_id", ColumnType.of(Kind.INTEGER), false, null, null, false),
                new Column("user_id", ColumnType.string(26), false, null, null, false),
                new Column("role", ColumnType.string(20), false, "'member'", null, false),
                new Column("joined_at", ColumnType.of(Kind.TIMESTAMPTZ), false, "CURRENT_TIMESTAMP", null, false)),
                new PrimaryKey("pk_memberships", List.of("team_id", "user_id")),
                List.of(new UniqueConstraint("uq_memberships_user_id_role", List.of("user_id", "role"))),
                List.of(new ForeignKey("fk_memberships_team_id_teams", List.of("team_id"), "teams", List.of("id"), ReferentialAction.CASCADE, null),
                        new ForeignKey("fk_memberships_user_id_users", List.of("user_id"), "users", List.of("id"),
                                ReferentialAction.CASCADE, ReferentialAction.RESTRICT)),
                List.of(new CheckConstraint("ck_memberships_role_known", "role IN ('member', 'owner')")),
                List.of(new Index("ix_memberships_role_joined_at", List.of("role", "joined_at"), false, null)), null);

        return new GeneratedRevisionSpec("com.example.migrations", "5d1a0c3e9b27", List.of(), "Create users, teams and memberships",
                List.of(), List.of(),
                written(new CreateTable(users), new CreateTable(teams), new CreateTable(memberships),
                        new ExecuteSql("INSERT INTO teams (name) VALUES ('founders')", Map.of())),
                written(new DropTable("memberships"), new DropTable("teams"), new DropTable("users")),
                CREATED);
    }

    /** A merge of two heads doing every operation other than creating a table, with review comments. */
    static GeneratedRevisionSpec everyOperation() {
        List<WrittenOperation> upgrade = List.of(
                WrittenOperation.of(new AddColumn("users", new Column("nickname", ColumnType.string(50), true, "'anon'", "Shown publicly", false))),
                WrittenOperation.of(new AddColumn("users", new Column("number", ColumnType.of(Kind.BIGINT), false, null, null, true))),
                new WrittenOperation(new DropColumn("users", "age"), "DESTRUCTIVE: drops column users.age and its data"),
                new WrittenOperation(new AlterColumn("teams", "budget", Change.to(ColumnType.numeric(14, 4)), Change.to(false),
                        Change.to("0"), Change.to("In euros"), "budget::numeric(14,4)"),
                        "May narrow data: numeric(12,2) -> numeric(14,4)\nand makes the column NOT NULL"),
                WrittenOperation.of(new AlterColumn("users", "name", null, Change.to(true), Change.to(null), Change.to(null), null)),
                WrittenOperation.of(new AlterColumn("users", "email", Change.to(ColumnType.of(Kind.TEXT)), null, null, null, null)),
                WrittenOperation.of(new RenameColumn("memberships", "role", "kind")),
                WrittenOperation.of(new RenameTable("teams", "groups")),
                new WrittenOperation(new DropTable("audit_log"), "DESTRUCTIVE: drops table audit_log and its data\\u000a */ x"),
                WrittenOperation.of(new CreateIndex("users", new Index("ux_users_email_live", List.of("email", "nickname"), true,
                        "deleted_at IS NULL"))),
                WrittenOperation.of(new CreateIndex("users", new Index("ix_users_nickname", List.of("nickname"), false, null))),
                WrittenOperation.of(new DropIndex("users", "ix_users_name")),
                WrittenOperation.of(new AddConstraint("audit", new PrimaryKey("audit_pkey", List.of("id")))),
                WrittenOperation.of(new AddConstraint("users", new UniqueConstraint("users_nickname_key", List.of("nickname", "number")))),
                WrittenOperation.of(new AddConstraint("users", new CheckConstraint("users_number_positive", "number > 0"))),
                WrittenOperation.of(new AddConstraint("memberships", new ForeignKey("memberships_group_fk", List.of("team_id"),
                        "groups", List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.SET_DEFAULT))),
                WrittenOperation.of(new AddConstraint("grants", new ForeignKey("grants_membership_fk", List.of("team_id", "user_id"),
                        "memberships", List.of("team_id", "user_id"), null, null))),
                WrittenOperation.of(new DropConstraint("users", "uq_users_email")),
                WrittenOperation.of(new ExecuteSql("UPDATE users SET nickname = 'o''brien'\nWHERE name LIKE 'O\\'%'", Map.of())),
                WrittenOperation.of(new ExecuteSql(null, Map.of(Ops.POSTGRESQL, "CREATE EXTENSION IF NOT EXISTS citext"))),
                WrittenOperation.of(new ExecuteSql("SELECT 1", Map.of(Ops.SQLITE, "SELECT 2", "mysql", "SELECT 3"))));
        List<WrittenOperation> downgrade = written(
                new DropConstraint("grants", "grants_membership_fk"),
                new RenameTable("groups", "teams"),
                new RenameColumn("memberships", "kind", "role"),
                new AddColumn("users", new Column("age", ColumnType.of(Kind.INTEGER), true, null, null, false)));
        return new GeneratedRevisionSpec("com.example.migrations", "8e4f2b6a1c90", List.of("5d1a0c3e9b27", "77aa00bb11cc"),
                "Merge billing: every \"other\" operation", List.of("billing"), List.of("0f0f0f0f0f0f"), upgrade, downgrade,
                CREATED.plusSeconds(3600));
    }

    /**
     * Sequences for a Panache entity and others: Hibernate's defaults in the short form, the rest
     * with start and increment, one recreated with a review note.
     */
    static GeneratedRevisionSpec sequences() {
        Table notes = new Table("notes", List.of(new Column("id", ColumnType.of(Kind.BIGINT), false, null, null, false)),
                new PrimaryKey("pk_notes", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
        List<WrittenOperation> upgrade = List.of(
                WrittenOperation.of(new CreateSequence(Sequence.hibernateDefault("notes_seq"))),
                WrittenOperation.of(new CreateSequence(new Sequence("Odd \"Seq\"", 1000, 1))),
                WrittenOperation.of(new CreateSequence(new Sequence("big_seq", 3_000_000_000L, -1))),
                new WrittenOperation(new DropSequence("tags_seq"),
                        "start or increment changed (start 1, increment 50 -> start 1, increment 1):"
                                + " recreated, so it restarts at 1 and may hand out ids already used"),
                WrittenOperation.of(new CreateSequence(new Sequence("tags_seq", 1, 1))),
                WrittenOperation.of(new CreateTable(notes)));
        List<WrittenOperation> downgrade = written(
                new DropTable("notes"),
                new DropSequence("tags_seq"),
                new CreateSequence(Sequence.hibernateDefault("tags_seq")),
                new DropSequence("big_seq"),
                new DropSequence("Odd \"Seq\""),
                new DropSequence("notes_seq"));
        return new GeneratedRevisionSpec("com.example.migrations", "5e9a5e9a5e9a", List.of("e3e3e3e3e3e3"), "Sequences for Panache entities",
                List.of(), List.of(), upgrade, downgrade, CREATED.plusSeconds(10800));
    }

    /** Nothing to do either way. */
    static GeneratedRevisionSpec empty() {
        return new GeneratedRevisionSpec("com.example.migrations", "e3e3e3e3e3e3", List.of("8e4f2b6a1c90"), "",
                List.of(), List.of(), List.of(), List.of(), CREATED.plusSeconds(7200));
    }

    /** Quoted identifiers, every column type and every referential action, all kept exactly by the DSL. */
    static GeneratedRevisionSpec oddButExact() {
        List<Column> columns = List.of(
                new Column("id", ColumnType.of(Kind.BIGINT), false, null, null, true),
                new Column("say \"hi\"", ColumnType.of(Kind.TEXT), true, "'it''s \\ fine'", "a \"quoted\" comment\nover two lines", false),
                new Column("Order Id", ColumnType.string(26), false, null, null, false),
                new Column("s", ColumnType.of(Kind.SMALLINT), true, null, null, false),
                new Column("r", ColumnType.of(Kind.REAL), true, null, null, false),
                new Column("d", ColumnType.of(Kind.DOUBLE), true, null, null, false),
                new Column("b", ColumnType.of(Kind.BOOLEAN), false, "true", null, false),
                new Column("day", ColumnType.of(Kind.DATE), true, null, null, false),
                new Column("at", ColumnType.of(Kind.TIME), true, null, null, false),
                new Column("ts", ColumnType.of(Kind.TIMESTAMP), true, null, null, false),
                new Column("u", ColumnType.of(Kind.UUID), true, null, null, false),
                new Column("j", ColumnType.of(Kind.JSON), true, "'{}'", null, false),
                new Column("bin", ColumnType.of(Kind.BYTES), true, null, null, false),
                new Column("email", ColumnType.raw("citext"), true, null, null, false),
                new Column("amount", ColumnType.raw("numeric(10, 2)[]"), true, null, null, false));
        String table = "Order Lines";
        List<ForeignKey> fks = Arrays.stream(ReferentialAction.values())
                .map(action -> new ForeignKey(Names.foreignKey(table, List.of("Order Id"), "orders") + "_" + action.name().toLowerCase(),
                        List.of("Order Id"), "orders", List.of("id"), action, ReferentialAction.values()[4 - action.ordinal()]))
                .toList();
        Table lines = new Table(table, columns, new PrimaryKey(Names.primaryKey(table), List.of("id")),
                List.of(new UniqueConstraint(Names.unique(table, List.of("say \"hi\"")), List.of("say \"hi\""))),
                Stream.concat(fks.stream(), Stream.of(
                        new ForeignKey(Names.foreignKey(table, List.of("s", "day"), "other"), List.of("s", "day"), "other", List.of("a", "b"),
                                null, ReferentialAction.CASCADE))).toList(),
                List.of(new CheckConstraint(Names.check(table, "say \"hi\""), "\"say \"\"hi\"\"\" <> ''"),
                        new CheckConstraint(Names.check(table, "positive"), "d > 0")),
                List.of(new Index(Names.index(table, List.of("u", "ts")), List.of("u", "ts"), false, null),
                        new Index(Names.index(table, List.of("Order Id")), List.of("Order Id"), false, null)),
                "Lines of an \"order\"");
        return new GeneratedRevisionSpec("odd", "a1b2c3d4e5f6", List.of("0000aaaa1111"), "Add user's table!! — ça marche?",
                List.of(), List.of(),
                written(new CreateTable(lines),
                        new ExecuteSql("SELECT '\\n' AS \"x\"\t-- tab\r\n", Map.of()),
                        new AlterColumn(table, "say \"hi\"", null, null, null, Change.to("done"), null)),
                written(new DropTable(table)),
                CREATED);
    }

    /**
     * Objects in a created table that the table DSL cannot name as given: the written revision
     * declares them with their own calls after {@code createTable}.
     */
    static GeneratedRevisionSpec unconventionalNames() {
        return new GeneratedRevisionSpec("odd", "b0b0b0b0b0b0", List.of(), "accounts", List.of(), List.of(),
                written(new CreateTable(accounts(true)),
                        new ExecuteSql(null, Map.of(Ops.SQLITE, "PRAGMA optimize", Ops.POSTGRESQL, "ANALYZE accounts"))),
                written(new DropTable("accounts")), CREATED);
    }

    /** What running the revision written for {@link #unconventionalNames()} records. */
    static List<Operation> unconventionalNamesAsRecorded() {
        return List.of(new CreateTable(accounts(false)),
                new AddConstraint("accounts", new PrimaryKey("accounts_pkey", List.of("id"))),
                new AddConstraint("accounts", new UniqueConstraint("accounts_code_key", List.of("code"))),
                new AddConstraint("accounts", new CheckConstraint("chk_positive", "id > 0")),
                new CreateIndex("accounts", new Index("idx_region", List.of("region"), false, null)),
                new CreateIndex("accounts", new Index("ix_accounts_code", List.of("code"), true, null)),
                new CreateIndex("accounts", new Index("ix_accounts_region", List.of("region"), false, "region <> 'eu'")),
                new ExecuteSql(null, Map.of(Ops.POSTGRESQL, "ANALYZE accounts")),
                new ExecuteSql(null, Map.of(Ops.SQLITE, "PRAGMA optimize")));
    }

    private static final String LONG_CHECK = Names.check("accounts", "a long label that makes the name longer than sixty three bytes");

    private static Table accounts(boolean withEverything) {
        List<Column> columns = List.of(
                new Column("id", ColumnType.of(Kind.INTEGER), true, null, null, false),
                new Column("code", ColumnType.string(10), false, null, null, false),
                new Column("region", ColumnType.of(Kind.TEXT), true, null, null, false),
                new Column("parent_id", ColumnType.of(Kind.INTEGER), true, null, null, false));
        List<ForeignKey> fks = List.of(new ForeignKey("accounts_parent_fk", List.of("parent_id"), "accounts", List.of("id"),
                ReferentialAction.CASCADE, null));
        if (!withEverything) {
            // The shortened conventional name has a label that gives it back: it stays in the table.
            return new Table("accounts", columns, null, List.of(), fks, List.of(new CheckConstraint(LONG_CHECK, "code <> ''")),
                    List.of(), null);
        }
        return new Table("accounts", columns, new PrimaryKey("accounts_pkey", List.of("id")),
                List.of(new UniqueConstraint("accounts_code_key", List.of("code"))), fks,
                List.of(new CheckConstraint("chk_positive", "id > 0"), new CheckConstraint(LONG_CHECK, "code <> ''")),
                List.of(new Index("idx_region", List.of("region"), false, null),
                        new Index("ix_accounts_code", List.of("code"), true, null),
                        new Index("ix_accounts_region", List.of("region"), false, "region <> 'eu'")),
                null);
    }

    static List<WrittenOperation> written(Operation... operations) {
        return Arrays.stream(operations).map(WrittenOperation::of).toList();
    }

    static List<Operation> operations(List<WrittenOperation> written) {
        return written.stream().map(WrittenOperation::operation).toList();
    }
}
