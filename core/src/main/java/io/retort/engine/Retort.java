package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.diff.DiffResult;
import io.retort.diff.SchemaDiff;
import io.retort.revision.Direction;
import io.retort.revision.MigrationPlan;
import io.retort.revision.RevisionGraph;
import io.retort.schema.Schema;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The commands on one database: upgrade, downgrade, current, history, stamp, and their offline SQL.
 * Built from the application's revisions, a dialect and a Vert.x pool (Mutiny API).
 */
public final class Retort {

    private final Supplier<RevisionChain> chains;
    private final Dialect dialect;
    private final ChainAtHead built;
    private final Pool pool;
    private final RetortOptions options;
    private final VersionStore store;
    private volatile RevisionChain chain;

    public Retort(RevisionChain chain, Pool pool, RetortOptions options) {
        this(Objects.requireNonNull(chain, "chain").dialect(), () -> chain, null, pool, options);
    }

    private Retort(Dialect dialect, Supplier<RevisionChain> chains, ChainAtHead built, Pool pool, RetortOptions options) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.chains = chains;
        this.built = built;
        this.pool = pool;
        this.options = Objects.requireNonNull(options, "options");
        this.store = new VersionStore(dialect, options);
    }

    public static Retort of(List<LoadedRevision> revisions, Dialect dialect, Pool pool, RetortOptions options) {
        return new Retort(RevisionChain.of(revisions, dialect), pool, options);
    }

    /**
     * A Retort whose chain is built only when a command needs it: an upgrade to the heads of a
     * database verified there ({@code built}, from the build; null when unknown) reads no revision.
     */
    public static Retort lazy(Dialect dialect, Supplier<RevisionChain> chains, ChainAtHead built, Pool pool, RetortOptions options) {
        return new Retort(dialect, chains, built, pool, options);
    }

    public RevisionChain chain() {
        RevisionChain known = chain;
        if (known == null) {
            synchronized (this) {
                if (chain == null) {
                    chain = Objects.requireNonNull(chains.get(), "chain");
                }
                known = chain;
            }
        }
        return known;
    }

    public Dialect dialect() {
        return dialect;
    }

    public RevisionGraph graph() {
        return chain().graph();
    }

    public RetortOptions options() {
        return options;
    }

    /** Upgrades to {@code target} ({@code head}, {@code heads}, {@code +1}, an id, {@code label@head}, ...). */
    public Uni<MigrationResult> upgrade(String target) {
        return new MigrationExecutor(this::chain, dialect, store, options, built).run(requirePool(), Direction.UPGRADE, target);
    }

    /** Downgrades to {@code target} ({@code -1}, {@code base}, an id, {@code label@-1}, ...). */
    public Uni<MigrationResult> downgrade(String target) {
        return new MigrationExecutor(this::chain, dialect, store, options, built).run(requirePool(), Direction.DOWNGRADE, target);
    }

    /** The version rows (current heads); empty for a database Retort has not touched. */
    public Uni<Set<String>> current() {
        return requirePool().withConnection(connection -> Sql.run(connection, dialect.tableExistsQuery(options.versionTable()))
                .chain(found -> found.size() == 0
                        ? Uni.createFrom().item(Set.<String>of())
                        : new StartupChecks(chain(), store, options).readRows(connection)
                                .map(rows -> StartupChecks.canonical(rows, chain().graph()))));
    }

    /**
     * Where the database stands with each squash whose replaced revisions are still in the code (see
     * {@link ReplacedRevisions}); empty when there is none.
     */
    public Uni<List<ReplacedRevisions>> replaced() {
        if (chain().graph().squashes().isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return requirePool().withConnection(connection -> Sql.run(connection, dialect.tableExistsQuery(options.versionTable()))
                .chain(found -> found.size() == 0
                        ? Uni.createFrom().item(Set.<String>of())
                        : new StartupChecks(chain(), store, options).readRows(connection)))
                .map(rows -> ReplacedRevisions.of(chain().graph(), rows));
    }

    /** The heads of the code's revision graph. */
    public Uni<Set<String>> heads() {
        return Uni.createFrom().item(chain().graph().heads());
    }

    /**
     * Where the database stands, read without a lock and without changing anything: what an upgrade
     * to the heads would apply, rows the code does not know, applied revisions edited since.
     */
    public Uni<RetortStatus> status() {
        StartupChecks checks = new StartupChecks(chain(), store, options);
        Set<String> heads = chain().graph().heads();
        return requirePool().withConnection(connection -> Sql.run(connection, dialect.tableExistsQuery(options.versionTable()))
                .chain(found -> found.size() == 0
                        ? Uni.createFrom().item(new RetortStatus(Set.of(), heads, pending(Set.of()), Set.of(), List.of()))
                        : checks.readRows(connection).map(raw -> StartupChecks.canonical(raw, chain().graph())).chain(rows -> {
                            Set<String> unknown = new java.util.TreeSet<>();
                            RevisionGraph view = chain().graph().viewFor(rows);
                            rows.stream().filter(id -> !view.contains(id)).forEach(unknown::add);
                            if (!unknown.isEmpty()) {
                                return Uni.createFrom().item(new RetortStatus(rows, heads, List.of(), unknown, List.of()));
                            }
                            return checks.changedRevisions(connection, rows)
                                    .map(changed -> new RetortStatus(rows, heads, pending(rows), Set.of(), changed));
                        })));
    }

    private List<String> pending(Set<String> rows) {
        if (chain().graph().heads().isEmpty()) {
            return List.of();
        }
        RevisionGraph view = chain().graph().viewFor(rows);
        return view.upgradePlanTo(rows, view.canonicalRows(chain().graph().heads())).steps().stream().map(s -> s.revision().id()).toList();
    }

    /** Every row of the history table, oldest first; empty for a database Retort has not touched. */
    public Uni<List<HistoryEntry>> history() {
        return requirePool().withConnection(connection -> Sql.run(connection, dialect.tableExistsQuery(options.historyTable()))
                .chain(found -> found.size() == 0
                        ? Uni.createFrom().item(List.<HistoryEntry>of())
                        : Sql.run(connection, store.selectHistory()).map(rows -> {
                            List<HistoryEntry> entries = new ArrayList<>();
                            for (Row row : rows) {
                                entries.add(new HistoryEntry(((Number) row.getValue(0)).longValue(), row.getString(1),
                                        row.getString(2), row.getString(3), row.getString(4), AppliedAt.format(row.getValue(5)),
                                        ((Number) row.getValue(6)).longValue(), row.getValue(7) == null ? null : row.getValue(7).toString()));
                            }
                            return entries;
                        })));
    }

    /**
     * Sets the version rows to {@code target} without running any revision. With {@code purge} the
     * current rows are discarded unread, even when they name revisions this code does not know.
     */
    public Uni<Set<String>> stamp(String target, boolean purge) {
        return new Stamp(chain(), store, options).run(requirePool(), target, purge);
    }

    /**
     * Records today's checksum of every applied revision edited since it was applied, after a
     * deliberate edit; returns those revisions. The next checks accept them as they are now.
     */
    public Uni<List<String>> repair() {
        return new Repair(chain(), store, options).run(requirePool());
    }

    /**
     * Settles the statement left in doubt when a revision stopped part way on a database whose DDL
     * commits as it goes (MariaDB): {@code ran} says whether it took effect. Returns what was done.
     */
    public Uni<String> resolveProgress(boolean ran) {
        return new ResolveProgress(chain(), store, options).run(requirePool(), ran);
    }

    /** The live schema, without Retort's own tables. */
    public Uni<Schema> introspect() {
        return dialect.introspect(requirePool(), store.tables());
    }

    /**
     * Autogenerate against the live database: the operations that turn the introspected schema into
     * {@code model} (the entities' schema), compared in the dialect's canonical form.
     */
    public Uni<DiffResult> autogenerate(Schema model) {
        return introspect().map(live -> logged(SchemaDiff.compare(live, model, dialect::canonical)));
    }

    /**
     * Autogenerate with no database: the operations that turn the schema the revisions imply at
     * their heads into {@code model}.
     */
    public DiffResult autogenerateOffline(Schema model) {
        return logged(SchemaDiff.compare(chain().schemaAt(chain().graph().heads()), model, dialect::canonical));
    }

    /** Destructive changes and rename hints are logged as warnings, besides the comments in the written source. */
    private static DiffResult logged(DiffResult diff) {
        diff.warnings().forEach(warning -> org.jboss.logging.Logger.getLogger("io.retort").warnf("Autogenerate: %s", warning));
        return diff;
    }

    /**
     * Fails with the list of differences when the entities describe a schema the revisions do not
     * produce; needs no database, so it runs in any CI.
     */
    public void check(Schema model) {
        DiffResult diff = autogenerateOffline(model);
        if (!diff.isEmpty()) {
            List<String> lines = diff.describe();
            throw new ModelDriftException("The entities differ from what the revisions produce (" + lines.size()
                    + " change" + (lines.size() == 1 ? "" : "s") + "); generate a revision for them:\n  " + String.join("\n  ", lines),
                    lines);
        }
    }

    /** The SQL an upgrade from {@code fromRows} (empty = base) to {@code target} would run. */
    public String upgradeSql(Set<String> fromRows, String target) {
        RevisionGraph view = chain().graph().viewFor(fromRows);
        return offline(view.upgradePlan(view.canonicalRows(fromRows), target));
    }

    /** The SQL a downgrade from {@code fromRows} to {@code target} would run. */
    public String downgradeSql(Set<String> fromRows, String target) {
        RevisionGraph view = chain().graph().viewFor(fromRows);
        return offline(view.downgradePlan(view.canonicalRows(fromRows), target));
    }

    /** The offline script of any plan. */
    public String offline(MigrationPlan plan) {
        return new OfflineScript(chain(), store).write(plan);
    }

    /** The rendered steps of a plan, as offline SQL and the executor would run them. */
    public List<RenderedStep> render(MigrationPlan plan) {
        return new OfflineScript(chain(), store).steps(plan);
    }

    private Pool requirePool() {
        if (pool == null) {
            throw new IllegalStateException("This Retort has no database pool: only offline SQL is available");
        }
        return pool;
    }
}
