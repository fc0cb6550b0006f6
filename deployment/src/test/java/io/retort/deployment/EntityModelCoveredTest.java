package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.entities.AddGadgetWeight;
import io.retort.deployment.entities.CreateGadgets;
import io.retort.deployment.entities.Gadget;
import io.retort.engine.Retort;
import io.retort.runtime.RetortEntityModel;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When the revisions cover the entities, the check passes and autogenerate finds nothing. */
class EntityModelCoveredTest {

    static final ScratchDatabase DB = ScratchDatabase.postgres("EntityModelCoveredTest");

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, Gadget.class, CreateGadgets.class, AddGadgetWeight.class);

    @Inject
    RetortEntityModel model;

    @Inject
    Retort retort;

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Test
    void nothingToGenerate() {
        retort.check(model.schema());
        assertTrue(retort.autogenerate(model.schema()).await().indefinitely().isEmpty());
    }
}
