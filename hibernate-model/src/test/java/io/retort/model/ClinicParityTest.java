package io.retort.model;

import io.retort.model.clinic.Animal;
import io.retort.model.clinic.Cat;
import io.retort.model.clinic.Dog;
import io.retort.model.clinic.Specialty;
import io.retort.model.clinic.Vet;
import io.retort.model.clinic.Visit;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entity set that showed four differences from Hibernate's own schema: char(1) columns (a char
 * field, a YesNoConverter flag, a CHAR discriminator), temporal precision, a DESC index column, and
 * a many-to-many join table's key order.
 */
class ClinicParityTest {

    static final List<Class<?>> CLINIC = List.of(Vet.class, Specialty.class, Visit.class, Animal.class, Dog.class, Cat.class);

    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void clinicIsExactlyHibernatesSchema() {
        StrictParity.assertParity(vertx, CLINIC);
    }
}
