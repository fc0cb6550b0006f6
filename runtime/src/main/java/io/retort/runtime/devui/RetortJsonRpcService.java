package io.retort.runtime.devui;

import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.retort.app.NewRevisions;
import io.retort.diff.DiffResult;
import io.retort.engine.HistoryEntry;
import io.retort.engine.MigrationResult;
import io.retort.engine.RenderedStep;
import io.retort.engine.Retort;
import io.retort.engine.RevisionChain;
import io.retort.lint.Linter;
import io.retort.revision.RevisionGraph;
import io.retort.revision.RevisionNode;
import io.retort.runtime.RetortApplicationInfo;
import io.retort.runtime.RetortDrift;
import io.retort.runtime.RetortEntityModel;
import io.retort.runtime.devui.RetortViews.DriftView;
import io.retort.runtime.devui.RetortViews.GraphRevision;
import io.retort.runtime.devui.RetortViews.GraphView;
import io.retort.runtime.devui.RetortViews.HistoryRow;
import io.retort.runtime.devui.RetortViews.HistoryView;
import io.retort.runtime.devui.RetortViews.MigrationOutcome;
import io.retort.runtime.devui.RetortViews.PendingStep;
import io.retort.runtime.devui.RetortViews.PendingView;
import io.retort.runtime.devui.RetortViews.RepairOutcome;
import io.retort.runtime.devui.RetortViews.RevisionSql;
import io.retort.schema.Schema;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Dev UI's JSON-RPC methods on the default datasource's {@link Retort}; registered only in dev
 * mode. Failures come back inside the records with their message, never as a JSON-RPC error.
 */
public class RetortJsonRpcService {

    private static final String DEFAULT = DataSourceUtil.DEFAULT_DATASOURCE_NAME;

    @Inject
    Instance<RetortEntityModel> model;

    @Inject
    Instance<RetortApplicationInfo> application;

    @Inject
    RetortDrift drift;

    /** The datasources Retort migrates, as the build read them: the default one first, then the named ones by name. */
    public List<String> dataSources() {
        List<String> names = new ArrayList<>(application.get().databases().keySet());
        names.sort(Comparator.comparing((String name) -> !name.equals(DEFAULT)).thenComparing(name -> name));
        return names;
    }

    /** The SQL the revision's upgrade runs, rendered against the schema its parents leave. */
    public Uni<RevisionSql> revisionSql(String dataSource, String id) {
        return call(() -> Uni.createFrom().item(() -> retort(dataSource).chain().upgradeStatements(id)))
                .map(statements -> new RevisionSql(name(dataSource), id, statements, null))
                .onFailure().recoverWithItem(e -> new RevisionSql(name(dataSource), id, List.of(), message(e)));
    }

    /** The card's label on the Pending link: revisions waiting over every datasource ("2 pending"), or "up to date". */
    public Uni<String> pendingLabel() {
        List<Uni<Integer>> counts = dataSources().stream()
                .map(name -> call(() -> retort(name).status()).map(status -> status.pending().size()).onFailure().recoverWithItem(0))
                .toList();
        if (counts.isEmpty()) {
            return Uni.createFrom().item("");
        }
        return Uni.join().all(counts).andFailFast().map(all -> {
            int pending = all.stream().mapToInt(Integer::intValue).sum();
            return pending == 0 ? "up to date" : pending + " pending";
        });
    }

    /** The card's label on the Graph link: where the default datasource's database is ("at 9ad9e7000002", "at base"). */
    public Uni<String> currentLabel() {
        return call(() -> retort(null).current()).map(rows -> "at " + (rows.isEmpty() ? "base" : String.join(", ", sorted(rows))))
                .onFailure().recoverWithItem("unreachable");
    }

    /** The card's label on the Drift link: the entities' changes no revision covers ("1 change"), or "in sync". */
    public Uni<String> driftLabel() {
        return call(() -> drift.of(DEFAULT)).map(diff -> diff.map(d -> d.isEmpty() ? "in sync"
                : d.describe().size() + " change" + (d.describe().size() == 1 ? "" : "s")).orElse("no entities"))
                .onFailure().recoverWithItem("unknown");
    }

    /** The Retort of a datasource; null or blank means the default one. */
    private Retort retort(String dataSource) {
        return drift.retort(dataSource);
    }

    private static boolean isDefault(String dataSource) {
        return dataSource == null || dataSource.isBlank() || dataSource.equals(DEFAULT);
    }

    private static String name(String dataSource) {
        return isDefault(dataSource) ? DEFAULT : dataSource;
    }

    /** Every row of the history table, newest first (as retort:history lists revisions), with whether the revision was edited since. */
    public Uni<HistoryView> history(String dataSource) {
        return call(() -> {
            Retort retort = retort(dataSource);
            return retort.history().map(entries -> {
                List<HistoryRow> rows = new java.util.ArrayList<>(entries.stream().map(entry -> row(retort.chain(), entry)).toList());
                java.util.Collections.reverse(rows);
                return new HistoryView(name(dataSource), rows, null);
            });
        }).onFailure().recoverWithItem(e -> new HistoryView(name(dataSource), List.of(), message(e)));
    }

    private HistoryRow row(RevisionChain chain, HistoryEntry entry) {
        return new HistoryRow(entry.revision(), entry.direction(), entry.message(), entry.appliedAt(), entry.durationMillis(),
                checksumStatus(chain, entry));
    }

    private String checksumStatus(RevisionChain chain, HistoryEntry entry) {
        // Downgrade rows record the SQL that undid the revision, so only upgrade and stamp rows compare.
        if (entry.checksum() == null || "downgrade".equals(entry.direction()) || !chain.graph().contains(entry.revision())) {
            return "-";
        }
        return entry.checksum().equals(chain.checksum(entry.revision())) ? "ok" : "changed";
    }

    /** What an upgrade to the heads would run: each revision with its SQL. */
    public Uni<PendingView> pending(String dataSource) {
        Retort retort = retort(dataSource);
        RevisionGraph graph = retort.graph();
        return call(retort::current).map(current -> {
            List<RenderedStep> rendered = graph.heads().isEmpty() ? List.of() : retort.render(graph.upgradePlanTo(current, graph.heads()));
            Map<String, List<String>> findings = findings(dataSource, retort, rendered.stream().map(RenderedStep::id).toList());
            List<PendingStep> steps = rendered.stream().map(step -> new PendingStep(step.id(), step.revision().node().message(),
                    step.statements(), findings.getOrDefault(step.id(), List.of()))).toList();
            return new PendingView(name(dataSource), sorted(current), sorted(graph.heads()), steps, null);
        }).onFailure().recoverWithItem(e -> new PendingView(name(dataSource), List.of(), sorted(graph.heads()), List.of(), message(e)));
    }

    /** The lock rules' findings on the pending revisions, by revision; the entity model is the default datasource's. */
    private Map<String, List<String>> findings(String dataSource, Retort retort, List<String> pending) {
        Optional<Schema> entities = name(dataSource).equals(DEFAULT) && model.isResolvable() ? Optional.of(model.get().schema())
                : Optional.empty();
        Map<String, List<String>> byRevision = new HashMap<>();
        Linter.lint(retort.chain(), pending, entities).findings()
                .forEach(f -> byRevision.computeIfAbsent(f.revision(), id -> new ArrayList<>()).add(f.summary()));
        return byRevision;
    }

    /** Upgrades to {@code target}: {@code head}, {@code +1}, or any target the engine accepts. */
    public Uni<MigrationOutcome> upgrade(String dataSource, String target) {
        return outcome(dataSource, () -> retort(dataSource).upgrade(target));
    }

    /** Undoes the newest applied revision. */
    public Uni<MigrationOutcome> downgradeOne(String dataSource) {
        return outcome(dataSource, () -> retort(dataSource).downgrade("-1"));
    }

    /** Sets the version rows to {@code target} without running any revision. */
    public Uni<MigrationOutcome> stamp(String dataSource, String target) {
        return call(() -> retort(dataSource).current()).chain(before -> retort(dataSource).stamp(target, false)
                .map(after -> new MigrationOutcome(name(dataSource), true, sorted(before), sorted(after), List.of(), null)))
                .onFailure().recoverWithItem(e -> new MigrationOutcome(name(dataSource), false, List.of(), List.of(), List.of(), message(e)));
    }

    /** Records today's checksum of applied revisions edited on purpose since they were applied. */
    public Uni<RepairOutcome> repair(String dataSource) {
        return call(() -> retort(dataSource).repair())
                .map(repaired -> new RepairOutcome(name(dataSource), true, repaired, null))
                .onFailure().recoverWithItem(e -> new RepairOutcome(name(dataSource), false, List.of(), message(e)));
    }

    private Uni<MigrationOutcome> outcome(String dataSource, Supplier<Uni<MigrationResult>> migration) {
        return call(migration::get)
                .map(result -> new MigrationOutcome(name(dataSource), true, sorted(result.from()), sorted(result.to()),
                        result.steps().stream().map(step -> step.revision()).toList(), null))
                .onFailure().recoverWithItem(e -> new MigrationOutcome(name(dataSource), false, List.of(), List.of(), List.of(), message(e)));
    }

    /** The revision graph, newest first, and the database's version rows. */
    public Uni<GraphView> graph(String dataSource) {
        Retort retort = retort(dataSource);
        RevisionGraph graph = retort.graph();
        List<GraphRevision> revisions = graph.historyOrder().stream().map(RetortJsonRpcService::revision).toList();
        return call(retort::current)
                .map(current -> new GraphView(name(dataSource), sorted(graph.heads()), sorted(graph.branchPoints()),
                        sorted(graph.mergePoints()), sorted(current), revisions, null))
                .onFailure().recoverWithItem(e -> new GraphView(name(dataSource), sorted(graph.heads()), sorted(graph.branchPoints()),
                        sorted(graph.mergePoints()), List.of(), revisions, message(e)));
    }

    private static GraphRevision revision(RevisionNode node) {
        return new GraphRevision(node.id(), node.parents(), node.message(), sorted(node.branchLabels()), node.replaces());
    }

    /** The entities' changes no revision covers, against the live database (the same answer as the dev-mode line). */
    public Uni<DriftView> drift(String dataSource) {
        return call(() -> drift.of(dataSource))
                .map(diff -> new DriftView(name(dataSource), diff.isPresent(), diff.map(DiffResult::describe).orElse(List.of()), null))
                .onFailure().recoverWithItem(e -> new DriftView(name(dataSource), drift.hasModel(dataSource), List.of(), message(e)));
    }

    /**
     * Autogenerates a revision for the entities' changes against the database and writes it into the
     * project's sources, in the package the build chose for the default datasource's revisions (core's
     * answer, the same as the goals'); the next hot reload applies it.
     */
    public Uni<RetortViews.GeneratedRevision> generateRevision(String message) {
        Retort retort = retort(null);
        if (!model.isResolvable()) {
            return Uni.createFrom().item(new RetortViews.GeneratedRevision(DEFAULT, false, null, List.of(),
                    "No Hibernate entities in this application: there is nothing to generate from"));
        }
        return call(() -> retort.autogenerate(model.get().schema())).map(diff -> {
            if (diff.isEmpty()) {
                return new RetortViews.GeneratedRevision(DEFAULT, true, null, List.of(), null);
            }
            String pkg = application.get().revisionPackage(DEFAULT).orElseThrow(() -> new IllegalStateException(
                    "No package for the first revision: there is no revision and no entity to take it from; write the first one with"
                            + " mvn retort:revision -Dretort.autogenerate -Dretort.package=com.example.migrations"));
            Path sources = sourcesRoot();
            NewRevisions.Request request = new NewRevisions.Request(message, pkg, null, List.of(), List.of());
            try {
                List<NewRevisions.Written> written = NewRevisions.autogenerated(retort, diff, NewRevisions.parents(retort.graph(), null),
                        request, sources);
                // A change in its safe forms can take several revisions (docs/safety.md): every file is named.
                String files = String.join(", ", written.stream().map(w -> sources.relativize(w.file()).toString()).toList());
                return new RetortViews.GeneratedRevision(DEFAULT, true, files, written.get(0).changes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).onFailure().recoverWithItem(e -> new RetortViews.GeneratedRevision(DEFAULT, false, null, List.of(), message(e)));
    }

    /**
     * Writes one revision equivalent to the run {@code from}..{@code to} (blank: from the lowest
     * revision the run reaches, to the single head) into the project's sources, marked as replacing
     * it, as {@code retort:squash} does; the next hot reload picks it up (a database at head is past
     * the replaced revisions, so nothing runs).
     */
    public Uni<RetortViews.SquashOutcome> squash(String dataSource, String from, String to) {
        return call(() -> {
            Retort retort = retort(dataSource);
            String pkg = application.get().revisionPackage(name(dataSource)).orElseThrow(() -> new IllegalStateException(
                    "No revision package is known for " + name(dataSource) + ": there is nothing to squash"));
            Path sources = sourcesRoot();
            NewRevisions.Written written;
            try {
                written = NewRevisions.squashed(retort, blankToNull(from), blankToNull(to), null, pkg, sources);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Uni.createFrom().item(new RetortViews.SquashOutcome(name(dataSource), true, written.spec().id(),
                    sources.relativize(written.file()).toString(), written.spec().replaces(), null));
        }).onFailure().recoverWithItem(e -> new RetortViews.SquashOutcome(name(dataSource), false, null, null, List.of(), message(e)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The project's main Java sources, as dev mode knows them. */
    private static Path sourcesRoot() {
        var context = io.quarkus.dev.console.DevConsoleManager.getHotReplacementContext();
        if (context == null || context.getSourcesDir().isEmpty()) {
            throw new IllegalStateException("The project's sources are not known: Generate revision works in quarkus dev");
        }
        return context.getSourcesDir().stream().filter(p -> p.endsWith("java")).findFirst().orElse(context.getSourcesDir().get(0));
    }

    /** Runs {@code work} so that an exception thrown while building the Uni fails it like any other. */
    private static <T> Uni<T> call(Supplier<Uni<? extends T>> work) {
        return Uni.createFrom().deferred(work);
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }
}
