package io.retort.it.goals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.MavenRun;
import org.junit.jupiter.api.Test;

/** retort:check on an application without entities (the SQLite quickstart's shape) checks what it can and says so. */
class CheckWithoutEntitiesTest {

    @Test
    void checksTheGraphAndSaysThereIsNoModel() throws Exception {
        SampleProject todo = SampleProject.copy("todo", "", "");
        MavenRun check = todo.mvn("retort:check");
        assertTrue(check.succeeded(), check::describe);
        assertTrue(check.stdout().contains("The revision graph is sound (1 revision, head 7a1c3e5b9d20)"), check::describe);
        assertTrue(check.stdout().contains("has no @Entity class, so there is no entity model to compare"), check::describe);
    }
}
