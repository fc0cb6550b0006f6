package io.retort.runtime.devui;

import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.retort.engine.HistoryEntry;
import io.retort.engine.MigrationResult;
import io.retort.engine.Retort;
import io.retort.engine.RevisionChain;
import io.retort.revision.RevisionGraph;
import io.retort.revision.RevisionNode;
import io.retort.runtime.RetortEntityModel;
import io.retort.runtime.devui.RetortViews.DriftView;
import io.retort.runtime.devui.RetortViews.GraphRevision;
import io.retort.runtime.devui.RetortViews.GraphView;
import io.retort.runtime.devui.RetortViews.HistoryRow;
import io.retort.runtime.devui.RetortViews.HistoryView;
import io.retort.runtime.devui.RetortViews.MigrationOutcome;
import io.retort.runtime.devui.RetortViews.PendingStep;
import io.retort.runtime.devui.RetortViews.PendingView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Dev UI's JSON-RPC methods on the default datasource's {@link Retort}; registered only in dev
 * mode. Failures come back inside the records with their message, never as a JSON-RPC error.
 */
public class RetortJsonRpcService {

    private static final String DEFAULT = DataSourceUtil.DEFAULT_DATASOURCE_NAME;

    @Inject
    @jakarta.enterprise.inject.Any
    Instance<Retort> retorts;

    @Inject
    Instance<RetortEntityModel> model;

    /** The datasources Retort migrates, the default one first. */
    public List<String> dataSources() {
        List<String> names = new java.util.ArrayList<>();
        for (Instance.Handle<Retort> handle : retorts.handles()) {
            names.add(handle.getBean().getQualifiers().stream()
                    .filter(q -> q instanceof io.retort.runtime.RetortDataSource)
                    .map(q -> ((io.retort.runtime.RetortDataSource) q).value()).findFirst().orElse(DEFAULT));
        }
        names.sort(java.util.Comparator.comparing((String name) -> !name.equals(DEFAULT)).thenComparing(name -> name));
        return names;
    }

    /** The Retort of a datasource; null or blank means the default one. */
    private Retort retort(String dataSource) {
        return isDefault(dataSource) ? retorts.select(jakarta.enterprise.inject.Default.Literal.INSTANCE).get()
                : retorts.select(new io.retort.runtime.RetortDataSource.Literal(dataSource)).get();
    }

    private static boolean isDefault(String dataSource) {
        return dataSource == null || dataSource.isBlank() || dataSource.equals(DEFAULT);
    }

    private static String name(String dataSource) {
        return isDefault(dataSource) ? DEFAULT : dataSource;
    }

    /** Every row of the history table, oldest first, with whether the revision was edited since. */
    public Uni<HistoryView> history(String dataSource) {
        return call(() -> {
            Retort retort = retort(dataSource);
            return retort.history().map(entries -> new HistoryView(name(dataSource),
                    entries.stream().map(entry -> row(retort.chain(), entry)).toList(), null));
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
            List<PendingStep> steps = graph.heads().isEmpty() ? List.of()
                    : retort.render(graph.upgradePlanTo(current, graph.heads())).stream()
                            .map(step -> new PendingStep(step.id(), step.revision().node().message(), step.statements()))
                            .toList();
            return new PendingView(name(dataSource), sorted(current), sorted(graph.heads()), steps, null);
        }).onFailure().recoverWithItem(e -> new PendingView(name(dataSource), List.of(), sorted(graph.heads()), List.of(), message(e)));
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
        return new GraphRevision(node.id(), node.parents(), node.message(), sorted(node.branchLabels()));
    }

    /** The entities' changes no revision covers, against the live database. */
    public Uni<DriftView> drift(String dataSource) {
        // The entity model is the default persistence unit's, so drift is the default datasource's.
        if (!model.isResolvable() || !isDefault(dataSource)) {
            return Uni.createFrom().item(new DriftView(name(dataSource), false, List.of(), null));
        }
        return call(() -> retort(dataSource).autogenerate(model.get().schema()))
                .map(diff -> new DriftView(DEFAULT, true, diff.describe(), null))
                .onFailure().recoverWithItem(e -> new DriftView(DEFAULT, true, List.of(), message(e)));
    }

    /**
     * Autogenerates a revision for the entities' changes against the database and writes it into the
     * project's sources, in the package of the existing revisions; the next hot reload applies it.
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
            Set<String> parents = retort.graph().heads();
            if (parents.size() > 1) {
                throw new IllegalStateException(parents.size() + " heads: " + String.join(", ", parents) + " — merge them first (mvn retort:merge)");
            }
            String pkg = retort.graph().ordered().stream().map(n -> n.source()).filter(s -> s.contains("."))
                    .map(s -> s.substring(0, s.lastIndexOf('.'))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No revision yet to take the package from: write the first one with"
                            + " mvn retort:revision -Dretort.autogenerate -Dretort.package=com.example.migrations"));
            java.nio.file.Path sources = sourcesRoot();
            var spec = io.retort.codegen.AutogeneratedRevisions.spec(pkg, message == null || message.isBlank() ? "autogenerated" : message,
                    parents, diff, retort.chain().schemaAt(parents), java.time.Instant.now());
            try {
                java.nio.file.Path file = new io.retort.codegen.RevisionWriter().write(spec).writeTo(sources);
                return new RetortViews.GeneratedRevision(DEFAULT, true, sources.relativize(file).toString(), diff.describe(), null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).onFailure().recoverWithItem(e -> new RetortViews.GeneratedRevision(DEFAULT, false, null, List.of(), message(e)));
    }

    /** The project's main Java sources, as dev mode knows them. */
    private static java.nio.file.Path sourcesRoot() {
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
