package io.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.model.shop.BankPayment;
import io.retort.model.shop.CardPayment;
import io.retort.model.shop.Customer;
import io.retort.model.shop.Payment;
import io.retort.model.shop.Product;
import io.retort.model.shop.Purchase;
import io.retort.model.shop.SequencedNote;
import io.retort.schema.Column;
import io.retort.schema.ReferentialAction;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The entity model as Hibernate maps it: names, types, keys, constraints, in Retort's vocabulary. */
class HibernateModelReaderTest {

    static final List<Class<?>> SHOP = List.of(Customer.class, Product.class, Purchase.class, Payment.class,
            CardPayment.class, BankPayment.class, SequencedNote.class, io.retort.model.shop.Parcel.class, io.retort.model.shop.ExpressParcel.class,
            io.retort.model.shop.Alert.class, io.retort.model.shop.EmailAlert.class);

    private final Schema schema = new HibernateModelReader().read(SHOP).schema();

    @Test
    void entityCollectionAndJoinTablesAreAllThere() {
        assertEquals(Set.of("customers", "customer_phones", "products", "purchases", "purchase_products", "payments", "notes", "parcels",
                "express_parcels", "email_alerts"),
                schema.tables().keySet());
        assertEquals(Set.of("notes_seq", "parcel_ids"), schema.sequences().keySet(), "the generators' sequences");
    }

    @Test
    void columnsCarryHibernatesNamesTypesAndNullability() {
        Table customers = schema.table("customers").orElseThrow();
        assertEquals("string(255)", type(customers, "email"));
        assertFalse(customers.column("email").orElseThrow().nullable());
        assertEquals("string(20)", type(customers, "status"));
        assertEquals("smallint", type(customers, "previousstatus"), "unquoted names fold to lower case, as PostgreSQL does");
        assertEquals("boolean", type(customers, "active"));
        assertFalse(customers.column("active").orElseThrow().nullable(), "a primitive is NOT NULL");
        assertTrue(customers.column("loyaltypoints").orElseThrow().nullable(), "a boxed value may be null");
        assertEquals("0", customers.column("loyaltypoints").orElseThrow().serverDefault());
        assertEquals("timestamptz(6)", type(customers, "createdat"), "Hibernate creates timestamp(6) with time zone");
        assertEquals("json", type(customers, "tags"));
        assertEquals("string(80)", type(customers, "billing_city"));
        assertTrue(customers.column("id").orElseThrow().identity());
        assertEquals(List.of("uq_customers_email"), customers.uniques().stream().map(u -> u.name()).toList());

        Table products = schema.table("products").orElseThrow();
        assertEquals("uuid", type(products, "id"));
        assertEquals("numeric(10,2)", type(products, "price"));
        assertEquals("double", type(products, "weight"));
        assertEquals("real", type(products, "rating"));
        assertEquals("smallint", type(products, "stock"));
        assertEquals("bytes", type(products, "thumbnail"));
        assertEquals("text", type(products, "description"));
    }

    @Test
    void keysConstraintsAndIndexesFollowTheConvention() {
        Table purchases = schema.table("purchases").orElseThrow();
        assertEquals("pk_purchases", purchases.primaryKey().name());
        var fk = purchases.foreignKeys().stream().filter(f -> f.referencedTable().equals("customers")).findFirst().orElseThrow();
        assertEquals("fk_purchases_customer_id_customers", fk.name());
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        assertEquals(List.of("ix_purchases_placed_at"), purchases.indexes().stream().map(i -> i.name()).toList());
        assertEquals("integer", type(purchases, "version"));

        Table customers = schema.table("customers").orElseThrow();
        assertTrue(customers.checks().stream().anyMatch(c -> c.name().equals("ck_customers_status")
                && c.expression().contains("'SUSPENDED'")), "enum values are checked, as Hibernate does: " + customers.checks());

        Table payments = schema.table("payments").orElseThrow();
        assertEquals("string(31)", type(payments, "kind"), "the discriminator column");
        assertTrue(payments.column("last4").orElseThrow().nullable(), "subclass columns of a single table are nullable");
    }

    @Test
    void sequencesAreReportedWithTheirIncrement() {
        EntityModel model = new HibernateModelReader().read(List.of(SequencedNote.class));
        assertEquals(1, model.sequences().size());
        assertEquals("notes_seq", model.sequences().get(0).name());
        assertEquals(50, model.sequences().get(0).increment());
    }

    private static String type(Table table, String column) {
        Column found = table.column(column).orElseThrow(() -> new AssertionError(table.name() + " has no column " + column
                + "; it has " + table.columns().stream().map(Column::name).toList()));
        return found.type().toString();
    }
}
