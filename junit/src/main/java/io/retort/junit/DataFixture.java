package io.retort.junit;

import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Rows to insert before a revision and assertions to run after it: proof that a data migration keeps
 * the data. Attach with {@code @RetortMigrationTests(fixtures = MyFixture.class)}; needs a public
 * constructor without parameters.
 */
public interface DataFixture {

    /** The id of the revision this fixture proves. */
    String revision();

    /** Runs with the database at the revision's parent(s): insert the rows the revision must keep. */
    void before(SqlClient database);

    /** Runs right after the revision: assert (throw an AssertionError) that the rows are as they must be. */
    void after(SqlClient database);
}
