package io.retort.bench;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.bool;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.text;

import io.retort.dialect.postgres.PostgresDialect;
import io.retort.engine.DdlTimeouts;
import io.retort.engine.GeneratedChain;
import io.retort.engine.LoadedRevision;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Schema changes under live traffic, each applied once in Retort's safe form and once in the naive
 * form (what Hibernate's schema update or a hand-written script runs), on a table of 1,000,000 rows
 * that 8 pgbench clients read and write for the whole run; one variant adds a transaction that holds
 * a lock on the table for 10 s. Reports, per run, the longest latency of any client transaction that
 * ended while the change ran (or within 2 s after) and the clients' throughput over that window,
 * relative to their throughput before it. Usage: LockSafetyBench [rows] [seconds of load per run]
 */
public final class LockSafetyBench {

    private static final String PGBENCH_SCRIPT = """
            \\set id random(1, %d)
            SELECT balance FROM accounts WHERE id = :id;
            UPDATE accounts SET balance = balance + 1 WHERE id = :id;
            """;

    private record Change(String name, List<String> naive, List<LoadedRevision> safe) {
    }

    private record Result(String change, String form, double windowSeconds, double maxLatencyMs, double throughputRatio) {
    }

    private LockSafetyBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        java.util.logging.Logger.getLogger("io.retort").setLevel(java.util.logging.Level.WARNING);
        Vertx vertx = Vertx.vertx();
        Duration lockTimeout = Duration.ofSeconds(2);
        RetortOptions options = RetortOptions.defaults().withDdl(new DdlTimeouts(lockTimeout, Duration.ZERO, 10, Duration.ofMillis(500)));
        List<Result> results = new ArrayList<>();
        try {
            for (Change change : changes()) {
                for (boolean safe : new boolean[] { false, true }) {
                    results.add(run(vertx, rows, seconds, change, safe, false, options));
                }
            }
            Change busy = changes().get(3); // set NOT NULL, behind a transaction that holds its lock for 10 s
            for (boolean safe : new boolean[] { false, true }) {
                results.add(run(vertx, rows, seconds, new Change(busy.name() + ", long transaction", busy.naive(), busy.safe()), safe, true,
                        options));
            }
        } finally {
            vertx.closeAndAwait();
        }
        System.out.printf("%nLock timeout of the safe forms: %d ms. %d rows, 8 pgbench clients.%n", lockTimeout.toMillis(), rows);
        System.out.println("| change | form | change took (s) | longest client wait (ms) | client throughput vs undisturbed |");
        System.out.println("|---|---|---|---|---|");
        for (Result result : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.0f | %.0f %% |%n", result.change(), result.form(), result.windowSeconds(),
                    result.maxLatencyMs(), result.throughputRatio() * 100);
        }
    }

    private static List<Change> changes() {
        return List.of(
                new Change("add index", List.of("CREATE INDEX ix_accounts_owner ON accounts (owner_id)"), List.of(
                        GeneratedChain.revision("s1", "b0", "index owners", op -> op.createIndex("ix_accounts_owner", "accounts", "owner_id")
                                .concurrently(), op -> { }, false))),
                new Change("add foreign key", List.of("ALTER TABLE accounts ADD CONSTRAINT fk_accounts_owner FOREIGN KEY (owner_id)"
                        + " REFERENCES owners (id)"), List.of(
                        GeneratedChain.revision("s1", "b0", "fk not valid", op -> op.addForeignKey("fk_accounts_owner", "accounts", "owner_id",
                                references("owners", "id")).notValid(), op -> { }),
                        GeneratedChain.revision("s2", "s1", "validate", op -> op.validateConstraint("fk_accounts_owner", "accounts"),
                                op -> { }))),
                new Change("add NOT NULL column with default", List.of("ALTER TABLE accounts ADD COLUMN flagged boolean NOT NULL DEFAULT false"),
                        List.of(GeneratedChain.revision("s1", "b0", "flag", op -> op.addColumn("accounts", "flagged", bool(), notNull(),
                                serverDefault("false")), op -> { }))),
                new Change("set NOT NULL", List.of("ALTER TABLE accounts ALTER COLUMN note SET NOT NULL"), List.of(
                        GeneratedChain.revision("s1", "b0", "check not valid", op -> op.addCheck("ck_accounts_note_not_null", "accounts",
                                "\"note\" IS NOT NULL").notValid(), op -> { }),
                        GeneratedChain.revision("s2", "s1", "validate, set not null", op -> {
                            op.validateConstraint("ck_accounts_note_not_null", "accounts");
                        }, op -> { }),
                        GeneratedChain.revision("s3", "s2", "set not null", op -> {
                            op.alterColumn("accounts", "note", c -> c.notNull());
                            op.dropConstraint("ck_accounts_note_not_null", "accounts");
                        }, op -> { }))),
                new Change("add unique constraint", List.of("ALTER TABLE accounts ADD CONSTRAINT uq_accounts_code UNIQUE (code)"), List.of(
                        GeneratedChain.revision("s1", "b0", "unique index", op -> op.createUniqueIndex("uq_accounts_code", "accounts", "code")
                                .concurrently(), op -> { }, false),
                        GeneratedChain.revision("s2", "s1", "constraint using it", op -> op.execute(
                                "ALTER TABLE accounts ADD CONSTRAINT uq_accounts_code UNIQUE USING INDEX uq_accounts_code"), op -> { }))),
                new Change("change type (int to bigint)", List.of("ALTER TABLE accounts ALTER COLUMN score TYPE bigint"), expandAndContract()));
    }

    /** The recipe autogenerate writes above a rewriting type change: a new column, backfilled in batches, one transaction each. */
    private static List<LoadedRevision> expandAndContract() {
        List<LoadedRevision> revisions = new ArrayList<>();
        revisions.add(GeneratedChain.revision("s0", "b0", "expand", op -> op.addColumn("accounts", "score_big", bigint()), op -> { }));
        String parent = "s0";
        for (int batch = 0; batch < 20; batch++) {
            int from = batch * 50_000 + 1;
            String id = "s" + (batch + 1);
            revisions.add(GeneratedChain.revision(id, parent, "backfill " + batch, op -> op.execute("UPDATE accounts SET score_big = score"
                    + " WHERE id BETWEEN " + from + " AND " + (from + 49_999)), op -> { }));
            parent = id;
        }
        return revisions;
    }

    /** The table under load, declared as a revision so that the safe forms replay on it. */
    private static LoadedRevision base(int rows) {
        return GeneratedChain.revision("b0", null, "the tables", op -> {
            op.createTable("owners", t -> t.column("id", bigint(), primaryKey()));
            op.createTable("accounts", t -> t.column("id", bigint(), primaryKey()).column("owner_id", bigint())
                    .column("balance", integer(), notNull(), serverDefault("0")).column("score", integer()).column("code", text())
                    .column("note", text()));
            op.execute("INSERT INTO owners SELECT g FROM generate_series(1, 10000) g");
            op.execute("INSERT INTO accounts SELECT g, 1 + g % 10000, 0, g % 1000, 'c' || g, 'n' || g FROM generate_series(1, " + rows + ") g");
        }, op -> { });
    }

    private static Result run(Vertx vertx, int rows, int seconds, Change change, boolean safe, boolean longTransaction,
            RetortOptions options) throws Exception {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            Pool pool = db.pool();
            Retort retort = Retort.of(Stream.concat(Stream.of(base(rows)), change.safe().stream()).toList(), new PostgresDialect(), pool,
                    options);
            retort.upgrade("b0").await().indefinitely();
            pool.query("VACUUM ANALYZE accounts").execute().await().indefinitely();

            Path logs = Files.createTempDirectory("pgbench");
            Path script = logs.resolve("script.sql");
            Files.writeString(script, String.format(PGBENCH_SCRIPT, rows));
            Process pgbench = new ProcessBuilder("pgbench", "-n", "-h", "127.0.0.1", "-U", PostgresTestDatabase.user(), "-c", "8", "-j", "2",
                    "-T", String.valueOf(seconds), "-f", script.toString(), "-l", "--log-prefix=" + logs.resolve("tx"), db.name())
                    .redirectErrorStream(true).redirectOutput(logs.resolve("pgbench.out").toFile()).start();
            Thread.sleep(5_000);
            SqlConnection holder = null;
            if (longTransaction) {
                holder = db.newPool().getConnection().await().indefinitely();
                holder.query("BEGIN").execute().await().indefinitely();
                holder.query("SELECT count(*) FROM accounts WHERE id < 10").execute().await().indefinitely();
                SqlConnection held = holder;
                vertx.setTimer(10_000, id -> held.query("COMMIT").execute().subscribe().with(done -> { }, failure -> { }));
            }
            double start = System.currentTimeMillis() / 1000.0;
            if (safe) {
                retort.upgrade("head").await().indefinitely();
            } else {
                SqlConnection connection = pool.getConnection().await().indefinitely();
                for (String sql : change.naive()) {
                    connection.query(sql).execute().await().indefinitely();
                }
                connection.close().await().indefinitely();
            }
            double end = System.currentTimeMillis() / 1000.0;
            if (pgbench.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed: " + Files.readString(logs.resolve("pgbench.out")));
            }
            if (holder != null) {
                holder.close().await().indefinitely();
            }
            if (end + 2 > start + seconds) {
                System.out.printf("(%s, %s: the change ended after the load; raise the seconds of load)%n", change.name(), safe ? "safe" : "naive");
            }
            Result result = measure(logs, change.name(), safe ? "Retort safe form" : "naive", start, end);
            System.out.printf(Locale.ROOT, "%s, %s: %.1f s, longest wait %.0f ms, throughput %.0f %%%n", result.change(), result.form(),
                    result.windowSeconds(), result.maxLatencyMs(), result.throughputRatio() * 100);
            return result;
        }
    }

    /**
     * From pgbench's per-transaction logs ({@code client tx time_us script epoch_s epoch_us}): the
     * longest latency of transactions ending in [start, end + 2 s], and the transactions per second
     * ending in [start, end] against those ending in the 4 s before start.
     */
    private static Result measure(Path logs, String change, String form, double start, double end) throws IOException {
        double maxLatency = 0;
        long during = 0;
        long before = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("tx")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 6) {
                        continue;
                    }
                    double latencyMs = Long.parseLong(f[2]) / 1000.0;
                    double finished = Long.parseLong(f[4]) + Long.parseLong(f[5]) / 1e6;
                    if (finished >= start && finished <= end + 2) {
                        maxLatency = Math.max(maxLatency, latencyMs);
                    }
                    if (finished >= start && finished <= end) {
                        during++;
                    } else if (finished >= start - 4 && finished < start) {
                        before++;
                    }
                }
            }
        }
        double window = Math.max(end - start, 0.001);
        double ratio = (during / window) / (before / 4.0);
        return new Result(change, form, end - start, maxLatency, ratio);
    }
}
