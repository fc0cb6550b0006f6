package io.retort.dialect.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.operation.AlterColumn;
import io.retort.operation.Change;
import io.retort.operation.CreateEnum;
import io.retort.operation.CreateIndex;
import io.retort.operation.CreateTable;
import io.retort.operation.DropColumn;
import io.retort.operation.DropConstraint;
import io.retort.operation.Operation;
import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import io.retort.schema.EnumType;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.PrimaryKey;
import io.retort.schema.ReferentialAction;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the MariaDB dialect writes, and refuses, without a database; the database suites run what it writes. */
class MariaDbRenderingTest {

    private final MariaDbDialect dialect = new MariaDbDialect();

    private static final Table ORDERS = new Table("orders",
            List.of(new Column("id", ColumnType.of(Kind.BIGINT), false, null, null, true),
                    new Column("note", ColumnType.of(Kind.TEXT), true, null, "it's a note", false),
                    new Column("code", ColumnType.string(20), true, "'x'", null, false),
                    new Column("user_id", ColumnType.of(Kind.BIGINT), true, null, null, false)),
            new PrimaryKey("pk_orders", List.of("id")), List.of(),
            List.of(new ForeignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"), ReferentialAction.CASCADE,
                    ReferentialAction.NO_ACTION)),
            List.of(new CheckConstraint("ck_code", "length(code) > 0")),
            List.of(new Index("ix_note_code", List.of("note", "code"), false, null)), null);

    private List<String> render(Operation operation, Schema before) {
        return dialect.render(operation, before);
    }

    @Test
    void aTableIsWrittenWithBackticksAutoIncrementCommentsAndATextPrefixInItsIndexes() {
        List<String> sql = render(new CreateTable(ORDERS), Schema.EMPTY);
        assertEquals(List.of("CREATE TABLE `orders` (\n"
                + "    `id` BIGINT AUTO_INCREMENT NOT NULL,\n"
                + "    `note` LONGTEXT NULL COMMENT 'it''s a note',\n"
                + "    `code` VARCHAR(20) DEFAULT 'x' NULL,\n"
                + "    `user_id` BIGINT NULL,\n"
                + "    PRIMARY KEY (`id`),\n"
                + "    CONSTRAINT `fk_orders_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,\n"
                + "    CONSTRAINT `ck_code` CHECK (length(code) > 0)\n"
                + ")", "CREATE INDEX `ix_note_code` ON `orders` (`note`(255), `code`)"), sql);
    }

    @Test
    void aColumnChangeIsOneModifyWithTheWholeDefinition() {
        Schema before = Schema.of(List.of(ORDERS), List.of());
        assertEquals(List.of("ALTER TABLE `orders` MODIFY COLUMN `note` LONGTEXT NOT NULL COMMENT 'it''s a note'"),
                render(new AlterColumn("orders", "note", null, Change.to(false), null, null, null), before));
        assertEquals(List.of("ALTER TABLE `orders` ALTER COLUMN `code` SET DEFAULT 'y'"),
                render(new AlterColumn("orders", "code", null, null, Change.to("'y'"), null, null), before));
        List<String> toNumber = render(new AlterColumn("orders", "code", Change.to(ColumnType.of(Kind.INTEGER)), null, null, null, null), before);
        assertTrue(toNumber.get(0).startsWith("SELECT /* retort:guard */ "), "a text column becoming a number is checked first: " + toNumber);
        assertEquals("ALTER TABLE `orders` MODIFY COLUMN `code` INT DEFAULT 'x' NULL", toNumber.get(1));
    }

    @Test
    void droppingAColumnDropsWhatInvolvesItInTheSameStatement() {
        Schema before = Schema.of(List.of(ORDERS), List.of());
        assertEquals(List.of("ALTER TABLE `orders` DROP INDEX `ix_note_code`, DROP CONSTRAINT `ck_code`, DROP COLUMN `code`"),
                render(new DropColumn("orders", "code"), before));
        assertEquals(List.of("ALTER TABLE `orders` DROP FOREIGN KEY `fk_orders_user`, DROP INDEX IF EXISTS `fk_orders_user`"),
                render(new DropConstraint("orders", "fk_orders_user"), before));
        assertEquals("ALTER TABLE `orders` DROP INDEX IF EXISTS `ix_note_code`, DROP CONSTRAINT IF EXISTS `ck_code`, DROP COLUMN IF EXISTS `code`",
                dialect.rerunnable(render(new DropColumn("orders", "code"), before).get(0)).orElseThrow());
    }

    @Test
    void whatMariaDbCannotStoreIsRefusedByName() {
        Schema before = Schema.of(List.of(ORDERS), List.of());
        String partial = assertThrows(IllegalArgumentException.class, () -> render(new CreateIndex("orders",
                new Index("ix_open", List.of("code"), false, "code <> 'done'"), false), before)).getMessage();
        assertTrue(partial.contains("ix_open") && partial.contains("no partial indexes"), partial);
        String enumType = assertThrows(IllegalArgumentException.class,
                () -> render(new CreateEnum(new EnumType("mood", List.of("ok"))), before)).getMessage();
        assertTrue(enumType.contains("mood") && enumType.contains("no named enum types"), enumType);
        Table textKey = Table.of("tags", List.of(new Column("name", ColumnType.of(Kind.TEXT), false, null, null, false)))
                .withPrimaryKey(new PrimaryKey("pk_tags", List.of("name")));
        String key = assertThrows(IllegalArgumentException.class, () -> render(new CreateTable(textKey), Schema.EMPTY)).getMessage();
        assertTrue(key.contains("tags.name") && key.contains("string(n)"), key);
        Table unbounded = Table.of("prices", List.of(new Column("amount", ColumnType.numeric(null, null), true, null, null, false)));
        String numeric = assertThrows(IllegalArgumentException.class, () -> render(new CreateTable(unbounded), Schema.EMPTY)).getMessage();
        assertTrue(numeric.contains("numeric(19, 4)"), numeric);
        Table quoted = ORDERS.withChecks(List.of(new CheckConstraint("ck_q", "\"code\" <> ''")));
        String check = assertThrows(IllegalArgumentException.class, () -> render(new CreateTable(quoted), Schema.EMPTY)).getMessage();
        assertTrue(check.contains("check ck_q on orders") && check.contains("reads as a string"), check);
    }

    @Test
    void theStatementInFlightHasASecondFormWhereMariaDbHasOne() {
        assertEquals("CREATE TABLE IF NOT EXISTS `t` (\n    `a` INT NULL\n)", dialect.rerunnable("CREATE TABLE `t` (\n    `a` INT NULL\n)").orElseThrow());
        assertEquals("ALTER TABLE `t` ADD COLUMN IF NOT EXISTS `b` INT NULL", dialect.rerunnable("ALTER TABLE `t` ADD COLUMN `b` INT NULL").orElseThrow());
        assertEquals("RENAME TABLE IF EXISTS `a` TO `b`", dialect.rerunnable("RENAME TABLE `a` TO `b`").orElseThrow());
        assertEquals("CREATE UNIQUE INDEX IF NOT EXISTS `u` ON `t` (`a`)", dialect.rerunnable("CREATE UNIQUE INDEX `u` ON `t` (`a`)").orElseThrow());
        assertTrue(dialect.rerunnable("ALTER TABLE `t` ADD PRIMARY KEY (`a`)").isEmpty(), "no IF NOT EXISTS for a primary key");
        assertTrue(dialect.rerunnable("CREATE VIEW v AS SELECT 1").isEmpty(), "raw DDL has none");
        assertTrue(dialect.commitsImplicitly("ALTER TABLE t ADD c INT"));
        assertTrue(!dialect.commitsImplicitly("/* seed */ INSERT INTO t VALUES (1)"), "a data statement is transactional");
    }

    @Test
    void rawSqlIsSplitIntoItsStatements() {
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', \"c;d\", `e;f`)", "UPDATE t SET x = 'it''s; \\'; x'", "DELETE FROM t"),
                MariaDbStatements.split("INSERT INTO t VALUES ('a;b', \"c;d\", `e;f`); -- one; two\n"
                        + "UPDATE t SET x = 'it''s; \\'; x'; # three;\n/* four; */ DELETE FROM t;"));
        String trigger = "CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW BEGIN IF NEW.a > IF(1, 0, 1) THEN BEGIN INSERT INTO u VALUES (1); END;"
                + " END IF; UPDATE u SET a = CASE WHEN a = 1 THEN 2 ELSE a END; END";
        assertEquals(List.of(trigger, "SELECT 1"), MariaDbStatements.split(trigger + "; SELECT 1"));
    }

    @Test
    void literalsDoNotDependOnTheSqlMode() {
        assertEquals("'it''s'", dialect.literal("it's"));
        assertEquals("_utf8mb4 X'615C62'", dialect.literal("a\\b"));
    }
}
