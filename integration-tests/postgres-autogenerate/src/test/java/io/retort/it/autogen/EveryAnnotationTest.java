package io.retort.it.autogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.retort.engine.Retort;
import io.retort.junit.ScratchPostgres;
import io.retort.runtime.RetortEntityModel;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A 16-entity domain using every mapping annotation Panache applications use (each inheritance
 * strategy, the Entity base, PanacheEntity, embeddables, element collections, join tables,
 * converters, JSON, enums, sequences, checks): the committed revision was written by autogenerate;
 * migrated at start, Hibernate Reactive validates it, and autogenerate finds nothing left.
 */
@QuarkusTest
@QuarkusTestResource(ScratchPostgres.class)
class EveryAnnotationTest {

    @Inject
    RetortEntityModel model;

    @Inject
    Retort retort;

    @Test
    void theGeneratedRevisionCoversTheEntitiesAndHibernateValidatesIt() {
        // Reaching this line means the start succeeded, with schema-management.strategy=validate.
        assertEquals(1, retort.current().await().indefinitely().size());
        retort.check(model.schema());
        var again = retort.autogenerate(model.schema()).await().indefinitely();
        assertTrue(again.isEmpty(), "autogenerate against the migrated database finds nothing: " + again.describe());
    }

    @Test
    void everyStrategyHasItsTables() {
        Set<String> tables = model.schema().tables().keySet();
        assertTrue(tables.containsAll(Set.of("customers", "customer_phones", "categories", "products", "product_categories",
                "orders", "order_lines", "invoices", "payments", "shipments", "express_shipments", "pickup_shipments",
                "email_notifications", "sms_notifications", "reviews")), "tables: " + tables);
        assertTrue(model.schema().sequences().keySet().containsAll(Set.of("product_ids", "categories_seq", "order_lines_seq")),
                "sequences: " + model.schema().sequences().keySet());
    }
}
