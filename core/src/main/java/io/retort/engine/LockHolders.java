package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.operation.AddColumn;
import io.retort.operation.AddConstraint;
import io.retort.operation.AlterColumn;
import io.retort.operation.CreateIndex;
import io.retort.operation.CreateTable;
import io.retort.operation.DropColumn;
import io.retort.operation.DropConstraint;
import io.retort.operation.DropIndex;
import io.retort.operation.DropTable;
import io.retort.operation.ExecuteSql;
import io.retort.operation.Operation;
import io.retort.operation.RenameColumn;
import io.retort.operation.RenameTable;
import io.retort.operation.ValidateConstraint;
import io.retort.schema.ForeignKey;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who a revision was waiting for when it gave up on a table lock: the other sessions holding locks on
 * the tables its operations touch (every table, when it runs raw SQL), read from the database's lock
 * view right after the rollback, while they still hold them.
 */
final class LockHolders {

    private LockHolders() {
    }

    /** The error that ends the retries, naming the holders (or saying none was found: the lock was freed meanwhile). */
    static Uni<DdlLockTimeoutException> describe(SqlConnection connection, Dialect dialect, RevisionChain chain, LockWait wait,
            int attempts) {
        Set<String> tables = tables(chain, wait.rendered);
        Uni<List<String>> holders = dialect.lockHoldersQuery(tables)
                .map(query -> connection.query(query).execute().map(LockHolders::lines).onFailure().recoverWithItem(List.of()))
                .orElse(Uni.createFrom().item(List.of()));
        return holders.map(lines -> {
            RenderedStep rendered = wait.rendered;
            String verb = rendered.step().direction().name().toLowerCase();
            String who = lines.isEmpty() ? "No session holds a lock on " + String.join(", ", tables) + " any more: run the " + verb
                    + " again."
                    : "Holding locks on " + String.join(", ", tables) + ":\n    " + String.join("\n    ", lines)
                            + "\n  End that session (" + (wait.statementByStatement ? "KILL <pid>" : "SELECT pg_terminate_backend(<pid>)")
                            + ") or let it finish, then run the " + verb + " again.";
            return new DdlLockTimeoutException(rendered.id(), "Revision " + RevisionChain.describe(rendered.revision()) + " gave up after "
                    + attempts + " attempt" + (attempts == 1 ? "" : "s") + ": each time a statement waited longer than its lock timeout ("
                    + wait.timeouts.lockTimeout().toMillis() + " ms) for a table lock another session holds."
                    + (wait.statement == null ? "" : "\n  Statement: " + wait.statement)
                    + (wait.statementByStatement
                            ? "\n  That statement changed nothing; the statements before it took effect and stay, recorded, and the next "
                                    + verb + " goes on from it. The database's version is still " + Failures.describeRows(rendered.step().headsBefore())
                            : "\n  Its transaction was rolled back; the database is still at " + Failures.describeRows(rendered.step().headsBefore()))
                    + ".\n  " + who + "\n  If a longer wait is acceptable, raise quarkus.retort.ddl.lock-timeout or the revision's"
                    + " @Revision(lockTimeout = ...).", wait.statement, wait.getCause());
        });
    }

    private static List<String> lines(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<String> lines = new ArrayList<>();
        for (Row row : rows) {
            lines.add("pid " + row.getValue("pid") + " (" + row.getValue("state") + (row.getValue("since") == null ? "" : " since "
                    + row.getValue("since")) + "): " + row.getValue("query") + " — " + row.getValue("mode") + " on " + row.getValue("relation"));
        }
        return lines;
    }

    /** The tables the step's operations touch; every table of the schema before it when it runs raw SQL. */
    static Set<String> tables(RevisionChain chain, RenderedStep rendered) {
        Set<String> tables = new TreeSet<>();
        for (Operation operation : chain.operations(rendered.id(), rendered.step().direction())) {
            if (operation instanceof ExecuteSql) {
                tables.addAll(chain.schemaAt(rendered.step().headsBefore()).tables().keySet());
            } else if (operation instanceof CreateTable create) {
                create.table().foreignKeys().forEach(fk -> tables.add(fk.referencedTable()));
            } else if (operation instanceof DropTable drop) {
                tables.add(drop.table());
            } else if (operation instanceof RenameTable rename) {
                tables.add(rename.from());
            } else if (operation instanceof AddColumn add) {
                tables.add(add.table());
            } else if (operation instanceof DropColumn drop) {
                tables.add(drop.table());
            } else if (operation instanceof AlterColumn alter) {
                tables.add(alter.table());
            } else if (operation instanceof RenameColumn rename) {
                tables.add(rename.table());
            } else if (operation instanceof CreateIndex index) {
                tables.add(index.table());
            } else if (operation instanceof DropIndex drop) {
                tables.add(drop.table());
            } else if (operation instanceof AddConstraint add) {
                tables.add(add.table());
                if (add.constraint() instanceof ForeignKey fk) {
                    tables.add(fk.referencedTable());
                }
            } else if (operation instanceof DropConstraint drop) {
                tables.add(drop.table());
            } else if (operation instanceof ValidateConstraint validate) {
                tables.add(validate.table());
            }
        }
        return tables;
    }
}
