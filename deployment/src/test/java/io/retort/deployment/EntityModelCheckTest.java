package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.entities.CreateGadgets;
import io.retort.deployment.entities.Gadget;
import io.retort.engine.ModelDriftException;
import io.retort.engine.Retort;
import io.retort.runtime.RetortEntityModel;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The build reads the Hibernate entities into a model bean; the DB-free check finds the column no
 * revision creates, and autogenerate against the database proposes it.
 */
class EntityModelCheckTest {

    static final ScratchDatabase DB = ScratchDatabase.postgres("EntityModelCheckTest");

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, Gadget.class, CreateGadgets.class);

    @Inject
    RetortEntityModel model;

    @Inject
    Retort retort;

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Test
    void theModelHoldsTheEntitiesTables() {
        assertTrue(model.schema().table("gadgets").isPresent(), "gadgets is in the model: " + model.schema().tables().keySet());
        assertEquals(List.of("id", "name", "weight"),
                model.schema().table("gadgets").orElseThrow().columns().stream().map(c -> c.name()).sorted().toList());
    }

    @Test
    void checkAndAutogenerateFindTheMissingColumn() {
        ModelDriftException drift = assertThrows(ModelDriftException.class, () -> retort.check(model.schema()));
        assertEquals(List.of("add column gadgets.weight integer"), drift.differences());

        var diff = retort.autogenerate(model.schema()).await().indefinitely();
        assertEquals(List.of("add column gadgets.weight integer"), diff.describe());
    }
}
