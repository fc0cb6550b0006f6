package io.retort.it.autogen.migrations;

import static io.retort.migration.ColumnOptions.check;
import static io.retort.migration.ColumnOptions.identity;
import static io.retort.migration.ColumnOptions.indexed;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnOptions.unique;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.bool;
import static io.retort.migration.ColumnTypes.date;
import static io.retort.migration.ColumnTypes.doublePrecision;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.json;
import static io.retort.migration.ColumnTypes.numeric;
import static io.retort.migration.ColumnTypes.raw;
import static io.retort.migration.ColumnTypes.smallint;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.migration.ColumnTypes.timestamp;
import static io.retort.migration.ColumnTypes.timestampTz;
import static io.retort.migration.ColumnTypes.uuid;
import static io.retort.schema.ReferentialAction.CASCADE;

import io.retort.migration.Allow;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "1379dbe3b2e4", message = "create the shop", allow = @Allow(rule = "timestamp-without-time-zone",
        reason = "PurchaseOrder.placedAt is a LocalDateTime: a local date-time is what the shop records"))
public class R20261125_035302_create_the_shop implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createSequence("categories_seq");
        op.createSequence("order_lines_seq");
        op.createSequence("product_ids", 1, 10);

        op.createTable("categories", t -> t
                .column("id", bigint(), primaryKey())
                .column("parent_id", bigint(), references("categories", "id"))
                .column("name", string(60), notNull(), unique()));

        op.createTable("customers", t -> t
                .column("birthdate", date())
                .column("marketingoptin", bool(), notNull())
                .column("previousstatus", smallint(), check("previousStatus between 0 and 2"))
                .column("created_at", timestampTz(), notNull(), serverDefault("CURRENT_TIMESTAMP"))
                .column("updated_at", timestampTz(), notNull(), serverDefault("CURRENT_TIMESTAMP"))
                .column("billing_postcode", string(12))
                .column("status", string(16), notNull(),
                        check("status in ('PROSPECT','ACTIVE','CLOSED')"))
                .column("id", string(26), primaryKey())
                .column("billing_city", string(80))
                .column("name", string(100), notNull())
                .column("billing_street", string(200))
                .column("email", string(255), notNull(), unique())
                .column("tags", json(), notNull(), serverDefault("'[]'")));

        op.createTable("customer_phones", t -> t
                .column("customer_id", string(26), notNull(), references("customers", "id"))
                .column("phone", string(30)));

        op.createTable("email_notifications", t -> t
                .column("sentat", timestampTz(6))
                .column("id", uuid(), primaryKey())
                .column("address", string(255), notNull()));

        op.createTable("orders", t -> t
                .column("total", numeric(12, 2))
                .column("id", bigint(), primaryKey(), identity())
                .column("placed_at", timestamp(6), notNull(), indexed())
                .column("number", string(20), notNull(), unique())
                .column("customer_id", string(26), notNull(), references("customers", "id")
                        .onDelete(CASCADE)));

        op.createTable("invoices", t -> t
                .column("amount", numeric(38, 2))
                .column("issuedon", date())
                .column("id", bigint(), primaryKey(), identity())
                .column("order_id", bigint(), notNull(), unique(), references("orders", "id")));

        op.createTable("payments", t -> t
                .column("amount", numeric(38, 2))
                .column("last4", string(4))
                .column("id", bigint(), primaryKey(), identity())
                .column("order_id", bigint(), notNull(), references("orders", "id"))
                .column("method", string(20), notNull(), check("method in ('bank','card')"))
                .column("iban", string(255)));

        op.createTable("products", t -> t
                .column("active", bool(), serverDefault("true"))
                .column("price", numeric(10, 2), notNull(), check("price >= 0"))
                .column("weight", doublePrecision(), notNull())
                .column("createdat", timestampTz(6))
                .column("id", bigint(), primaryKey())
                .column("updatedat", timestampTz(6))
                .column("version", bigint(), notNull())
                .column("color", string(10), check("color in ('red','green','blue')"))
                .column("sku", string(32), notNull(), unique())
                .column("title", string(120), notNull())
                .column("description", raw("oid"))
                .column("specs", json()));

        op.createTable("order_lines", t -> t
                .column("quantity", integer(), notNull())
                .column("unitprice", numeric(10, 2), notNull())
                .column("id", bigint(), primaryKey())
                .column("order_id", bigint(), notNull(), references("orders", "id")
                        .onDelete(CASCADE))
                .column("product_id", bigint(), notNull(), references("products", "id")));

        op.createTable("product_categories", t -> t
                .column("category_id", bigint(), references("categories", "id"))
                .column("product_id", bigint(), references("products", "id"))
                .primaryKey("category_id", "product_id"));

        op.createTable("reviews", t -> t
                .column("stars", integer(), notNull(), check("stars between 1 and 5"))
                .column("id", bigint(), primaryKey(), identity())
                .column("product_id", bigint(), notNull(), references("products", "id"))
                .column("body", text()));

        op.createTable("shipments", t -> t
                .column("shippedon", date())
                .column("id", bigint(), primaryKey(), identity())
                .column("order_id", bigint(), notNull(), references("orders", "id")));

        op.createTable("express_shipments", t -> t
                .column("id", bigint(), primaryKey(), references("shipments", "id"))
                .column("courier", string(40), notNull()));

        op.createTable("pickup_shipments", t -> t
                .column("id", bigint(), primaryKey(), references("shipments", "id"))
                .column("store", string(255)));

        op.createTable("sms_notifications", t -> t
                .column("sentat", timestampTz(6))
                .column("id", uuid(), primaryKey())
                .column("phone", string(20), notNull()));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("sms_notifications");
        op.dropTable("pickup_shipments");
        op.dropTable("express_shipments");
        op.dropTable("shipments");
        op.dropTable("reviews");
        op.dropTable("product_categories");
        op.dropTable("order_lines");
        op.dropTable("products");
        op.dropTable("payments");
        op.dropTable("invoices");
        op.dropTable("orders");
        op.dropTable("email_notifications");
        op.dropTable("customer_phones");
        op.dropTable("customers");
        op.dropTable("categories");
        op.dropSequence("product_ids");
        op.dropSequence("order_lines_seq");
        op.dropSequence("categories_seq");
    }
}
