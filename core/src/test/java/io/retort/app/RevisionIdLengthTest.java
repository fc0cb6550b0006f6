package io.retort.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.engine.RevisionDefinitionException;
import io.retort.engine.Revisions;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;
import java.io.IOException;
import java.util.List;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.Test;

/**
 * A revision id longer than the strictest database's version column used to work on SQLite (which
 * does not enforce VARCHAR(64)) and could then never be applied on PostgreSQL. It is refused where
 * revisions are read (the build, the goals, the test kit), naming the id and its class.
 */
class RevisionIdLengthTest {

    static final String LONG_ID = "a".repeat(65);

    @Revision(id = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", message = "too long")
    public static class TooLong implements Migration {
        @Override
        public void upgrade(Ops op) {
        }

        @Override
        public void downgrade(Ops op) {
        }
    }

    @Revision(id = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", message = "just fits")
    public static class JustFits implements Migration {
        @Override
        public void upgrade(Ops op) {
        }

        @Override
        public void downgrade(Ops op) {
        }
    }

    @Test
    void anIdOverTheLimitIsRefusedWithItsClass() throws IOException {
        assertEquals(LONG_ID, TooLong.class.getAnnotation(Revision.class).id());
        RevisionDefinitionException error = assertThrows(RevisionDefinitionException.class, () -> Revisions.fromClass(TooLong.class));
        assertTrue(error.getMessage().contains(LONG_ID) && error.getMessage().contains(TooLong.class.getName())
                && error.getMessage().contains("64"), error.getMessage());

        Indexer indexer = new Indexer();
        indexer.indexClass(TooLong.class);
        indexer.indexClass(JustFits.class);
        RevisionClassReader reader = ApplicationIndex.over(indexer.complete(), indexer.complete()).revisionReader();
        List<RevisionClass> read = reader.read();
        assertEquals(List.of(JustFits.class.getName()), read.stream().map(RevisionClass::className).toList());
        assertEquals(1, reader.problems().size(), reader.problems().toString());
        assertTrue(reader.problems().get(0).contains(LONG_ID), reader.problems().toString());
    }
}
