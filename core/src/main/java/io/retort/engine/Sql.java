package io.retort.engine;

import io.retort.dialect.Dialect;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Runs statements on one connection, in order, remembering which one failed. */
final class Sql {

    private Sql() {
    }

    /** A statement the database refused, carrying its text. */
    static final class StatementFailure extends RuntimeException {
        final String statement;

        StatementFailure(String statement, Throwable cause) {
            super(cause.getMessage(), cause, false, false);
            this.statement = statement;
        }
    }

    static Uni<RowSet<Row>> run(SqlConnection connection, String sql) {
        return connection.query(sql).execute().onFailure().transform(e -> new StatementFailure(sql, e));
    }

    static Uni<RowSet<Row>> run(SqlConnection connection, SqlStatement statement) {
        if (statement.parameters().isEmpty()) {
            return run(connection, statement.sql());
        }
        return connection.preparedQuery(statement.sql()).execute(Tuple.from(statement.parameters()))
                .onFailure().transform(e -> new StatementFailure(statement.sql(), e));
    }

    static Uni<Void> runAll(SqlConnection connection, List<String> statements) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String sql : statements) {
            chain = chain.chain(() -> run(connection, sql).replaceWithVoid());
        }
        return chain;
    }

    static Uni<Void> runAllStatements(SqlConnection connection, List<SqlStatement> statements) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SqlStatement statement : statements) {
            chain = chain.chain(() -> run(connection, statement).replaceWithVoid());
        }
        return chain;
    }

    /**
     * Runs the statements in order, all sent at once where the client pipelines (one round trip
     * instead of one per statement), one after the other otherwise. After a failure the database
     * refuses the rest of the transaction, so the first failure in order is the one reported.
     */
    static Uni<List<RowSet<Row>>> runPipelined(SqlConnection connection, List<SqlStatement> statements, boolean pipelines) {
        if (statements.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (!pipelines || statements.stream().anyMatch(Sql::readsItsAnswer)) {
            List<RowSet<Row>> results = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (SqlStatement statement : statements) {
                chain = chain.chain(() -> run(connection, statement).invoke(rows -> guard(statement, rows)).invoke(results::add)
                        .chain(rows -> statementsFrom(connection, statement, rows)));
            }
            return chain.replaceWith(results);
        }
        // Every answer is awaited, failures included, so the connection never goes back to the pool
        // with statements still in flight; then the first failure in order is the one reported.
        List<Uni<Object>> sent = new ArrayList<>();
        statements.forEach(statement -> sent.add(run(connection, statement)
                .onItemOrFailure().transform((rows, failure) -> failure != null ? failure : rows)));
        return Uni.join().all(sent).andFailFast().map(Sql::firstFailureOrRows);
    }

    /** Guards and statement queries need their answer before the next statement goes out. */
    private static boolean readsItsAnswer(SqlStatement statement) {
        return statement.sql().startsWith(Dialect.GUARD) || statement.sql().startsWith(Dialect.STATEMENTS_FROM);
    }

    /** Runs, in order, the statements a {@link Dialect#STATEMENTS_FROM} query returned; nothing for other statements. */
    private static Uni<Void> statementsFrom(SqlConnection connection, SqlStatement statement, RowSet<Row> rows) {
        if (!statement.sql().startsWith(Dialect.STATEMENTS_FROM)) {
            return Uni.createFrom().voidItem();
        }
        List<String> returned = new ArrayList<>();
        rows.forEach(row -> returned.add(row.getString(0)));
        return runAll(connection, returned);
    }

    /** A guard statement ({@link Dialect#GUARD}) that found a problem fails with its sentence. */
    static void guard(SqlStatement statement, RowSet<Row> rows) {
        if (statement.sql().startsWith(Dialect.GUARD) && rows.size() > 0) {
            throw new StatementFailure(statement.sql(), new IllegalStateException(rows.iterator().next().getValue(0).toString()));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<RowSet<Row>> firstFailureOrRows(List<Object> answers) {
        List<RowSet<Row>> results = new ArrayList<>();
        for (Object answer : answers) {
            if (answer instanceof RuntimeException failure) {
                throw failure;
            }
            if (answer instanceof Throwable failure) {
                throw new IllegalStateException(failure);
            }
            results.add((RowSet<Row>) answer);
        }
        return results;
    }

    /**
     * Runs statements as one query string (one request for all of them, where the dialect allows
     * it) and returns the rows of the last. A failure names the whole batch.
     */
    static Uni<RowSet<Row>> runBatch(SqlConnection connection, List<String> statements) {
        return runBatchAll(connection, statements).map(all -> all.get(all.size() - 1));
    }

    /** As {@link #runBatch}, returning the rows of every statement, in order. */
    static Uni<List<RowSet<Row>>> runBatchAll(SqlConnection connection, List<String> statements) {
        String sql = String.join(";\n", statements);
        return connection.query(sql).execute().map(Sql::each).onFailure().transform(e -> new StatementFailure(sql, e));
    }

    private static List<RowSet<Row>> each(RowSet<Row> results) {
        List<RowSet<Row>> all = new ArrayList<>();
        for (RowSet<Row> one = results; one != null; one = one.next()) {
            all.add(one);
        }
        return all;
    }

    static List<SqlStatement> plain(List<String> statements) {
        return statements.stream().map(SqlStatement::of).toList();
    }

    /** The database's own message, without the wrapping the clients add. */
    static String reason(Throwable failure) {
        Throwable cause = failure instanceof StatementFailure && failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
