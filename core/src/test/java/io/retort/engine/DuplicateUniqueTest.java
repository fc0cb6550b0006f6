package io.retort.engine;

import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.testing.SchemaAssertions.assertSameSchema;

import io.retort.operation.CreateTable;
import io.retort.schema.Column;
import io.retort.schema.PrimaryKey;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A table created with two unique constraints over the same columns (or one over its primary key)
 * has all of them, as the replay says. Found by the randomized round trip: PostgreSQL's CREATE TABLE
 * silently keeps only the first of identical key definitions, so a later downgrade dropping the
 * second failed with "constraint does not exist"; SQLite enforces both with one index, and reading
 * the table back used to report one.
 */
class DuplicateUniqueTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void identicalUniqueConstraintsAreAllCreated(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Table codes = new Table("codes", List.of(new Column("id", bigint(), false, null, null, false), new Column("code", text(), true, null, null, false)),
                    new PrimaryKey("pk_codes", List.of("id")), List.of(new UniqueConstraint("uq_first", List.of("code")),
                    new UniqueConstraint("uq_second", List.of("code")), new UniqueConstraint("uq_key", List.of("id"))),
                    List.of(), List.of(), List.of(), null);
            LoadedRevision table = GeneratedChain.revision("u001", null, "twice unique", op -> op.add(new CreateTable(codes)),
                    op -> op.dropTable("codes"));
            LoadedRevision dropOne = GeneratedChain.revision("u002", "u001", "drop the second",
                    op -> op.dropConstraint("uq_second", "codes"), op -> op.addUnique("uq_second", "codes", "code"));
            Retort retort = Retort.of(List.of(table, dropOne), backend.dialect(), db.pool(), RetortOptions.defaults());

            retort.upgrade("u001").await().indefinitely();
            assertSameSchema(backend.dialect().canonical(retort.chain().schemaAt(Set.of("u001"))),
                    backend.dialect().canonical(retort.introspect().await().indefinitely()), "after creating the table");
            retort.upgrade("head").await().indefinitely();
            retort.downgrade("base").await().indefinitely();
        }
    }
}
