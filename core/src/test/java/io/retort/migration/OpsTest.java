package io.retort.migration;

import static io.retort.migration.ColumnOptions.check;
import static io.retort.migration.ColumnOptions.indexed;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnOptions.unique;
import static io.retort.migration.ColumnTypes.numeric;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.ulid;
import static io.retort.schema.ReferentialAction.CASCADE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.operation.AddColumn;
import io.retort.operation.AddConstraint;
import io.retort.operation.CreateIndex;
import io.retort.operation.CreateTable;
import io.retort.operation.ExecuteSql;
import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.PrimaryKey;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DSL records the operations its calls describe, with conventional names. */
class OpsTest {

    /** A helper as users write one: a static method over the same op. */
    static void createOrdersTable(Ops op) {
        op.createTable("orders", t -> t
                .entityColumns()
                .column("user_id", ulid(), notNull(), references("users", "id").onDelete(CASCADE), indexed())
                .column("total_amount", numeric(10, 2), notNull(), serverDefault("0"), check("total_amount >= 0"))
                .column("status", string(20), notNull(), serverDefault("'pending'"), unique()));
    }

    @Test
    void createTableNamesEveryObjectByConvention() {
        Ops op = new Ops(Ops.POSTGRESQL);
        createOrdersTable(op);

        Table orders = ((CreateTable) op.operations().get(0)).table();

        assertEquals(List.of("id", "created_at", "updated_at", "tags", "user_id", "total_amount", "status"),
                orders.columns().stream().map(Column::name).toList());
        assertEquals(new PrimaryKey("pk_orders", List.of("id")), orders.primaryKey());
        assertFalse(orders.column("id").orElseThrow().nullable(), "a key column is NOT NULL");
        assertEquals("string(26)", orders.column("id").orElseThrow().type().toString());
        assertEquals("CURRENT_TIMESTAMP", orders.column("created_at").orElseThrow().serverDefault());
        assertEquals("'[]'", orders.column("tags").orElseThrow().serverDefault());
        assertEquals(List.of(new ForeignKey("fk_orders_user_id_users", List.of("user_id"), "users", List.of("id"), CASCADE, null)),
                orders.foreignKeys());
        assertEquals(List.of(new UniqueConstraint("uq_orders_status", List.of("status"))), orders.uniques());
        assertEquals("ck_orders_total_amount", orders.checks().get(0).name());
        assertEquals(List.of(new Index("ix_orders_user_id", List.of("user_id"), false, null)), orders.indexes());
    }

    @Test
    void addColumnSplitsKeyOptionsIntoTheirOwnOperations() {
        Ops op = new Ops(Ops.SQLITE);
        op.addColumn("orders", "code", string(12), notNull(), serverDefault("'x'"), unique(), indexed());

        assertEquals(3, op.operations().size());
        assertInstanceOf(AddColumn.class, op.operations().get(0));
        assertInstanceOf(AddConstraint.class, op.operations().get(1));
        assertInstanceOf(CreateIndex.class, op.operations().get(2));
    }

    @Test
    void indexRefinementsChainedAfterTheCallAreRecorded() {
        Ops op = new Ops(Ops.POSTGRESQL);
        op.createIndex("ix_open", "orders", "status", "user_id").where("status <> 'done'").unique();

        Index index = ((CreateIndex) op.operations().get(0)).index();

        assertTrue(index.unique());
        assertEquals("status <> 'done'", index.where());
        assertEquals(List.of("status", "user_id"), index.columns());
    }

    @Test
    void dialectSpecificSqlAppliesOnlyToItsDialect() {
        Ops op = new Ops(Ops.SQLITE);
        op.executeOn(Ops.POSTGRESQL, "CREATE EXTENSION IF NOT EXISTS citext");

        ExecuteSql sql = (ExecuteSql) op.operations().get(0);

        assertTrue(sql.sqlFor(Ops.SQLITE).isEmpty());
        assertEquals("CREATE EXTENSION IF NOT EXISTS citext", sql.sqlFor(Ops.POSTGRESQL).orElseThrow());
        assertEquals(Ops.SQLITE, op.dialect());
    }
}
