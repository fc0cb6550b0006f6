package io.retort.maven;

import io.retort.app.LintSettings;
import io.retort.app.NewRevisions;
import io.retort.diff.DiffResult;
import io.retort.engine.AppliedStep;
import io.retort.engine.HistoryEntry;
import io.retort.engine.MigrationResult;
import io.retort.engine.Retort;
import io.retort.lint.LintFailedException;
import io.retort.lint.LintReport;
import io.retort.lint.Linter;
import io.retort.revision.Direction;
import io.retort.revision.RevisionGraph;
import io.retort.revision.RevisionNode;
import io.retort.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The commands behind the goals, printing plain aligned text; errors say what to do next. */
final class RetortCommands {

    private final ProjectSession session;
    private final Consumer<String> out;
    private final Consumer<String> warn;

    RetortCommands(ProjectSession session, Consumer<String> out) {
        this(session, out, line -> out.accept("WARNING: " + line));
    }

    RetortCommands(ProjectSession session, Consumer<String> out, Consumer<String> warn) {
        this.session = session;
        this.out = out;
        this.warn = warn;
    }

    void current() {
        Retort retort = session.connected();
        Set<String> rows = retort.current().await().indefinitely();
        if (rows.isEmpty()) {
            out.accept("Current: base (no revision applied) on " + session.databaseDescription());
            return;
        }
        TextTable table = new TextTable();
        for (String id : rows) {
            table.row(id, retort.graph().contains(id) ? describe(retort.graph().get(id)) : "(unknown to this code: the database is ahead)");
        }
        out.accept("Current on " + session.databaseDescription() + ":");
        table.lines().forEach(line -> out.accept("  " + line));
    }

    void heads() {
        RevisionGraph graph = session.offline().graph();
        TextTable table = new TextTable();
        graph.heads().forEach(id -> table.row(id, describe(graph.get(id))));
        out.accept(graph.heads().size() + " head" + (graph.heads().size() == 1 ? "" : "s") + ":");
        table.lines().forEach(line -> out.accept("  " + line));
        if (graph.heads().size() > 1) {
            out.accept("Several heads: run retort:merge -Dretort.message=\"merge heads\" to join them, or target one with label@head.");
        }
    }

    void branches() {
        RevisionGraph graph = session.offline().graph();
        if (graph.branchPoints().isEmpty()) {
            out.accept("No branch points.");
            return;
        }
        TextTable table = new TextTable();
        for (RevisionNode node : graph.ordered()) {
            if (graph.branchPoints().contains(node.id())) {
                List<String> children = graph.ordered().stream().filter(n -> n.parents().contains(node.id())).map(RevisionNode::id).toList();
                table.row(node.id(), "-> " + String.join(", ", children), describe(node));
            }
        }
        table.lines().forEach(out);
    }

    void history() {
        Retort retort = session.connected();
        Set<String> applied = retort.graph().appliedSet(retort.current().await().indefinitely());
        Set<String> current = retort.current().await().indefinitely();
        Map<String, HistoryEntry> lastUpgrade = new HashMap<>();
        for (HistoryEntry entry : retort.history().await().indefinitely()) {
            if (entry.direction().equals("upgrade")) {
                lastUpgrade.put(entry.revision(), entry);
            }
        }
        TextTable table = new TextTable().row("", "revision", "parents", "applied at", "ms", "message");
        for (RevisionNode node : retort.graph().historyOrder()) {
            HistoryEntry entry = applied.contains(node.id()) ? lastUpgrade.get(node.id()) : null;
            table.row(current.contains(node.id()) ? "->" : applied.contains(node.id()) ? " *" : "", node.id(),
                    node.parents().isEmpty() ? "base" : String.join(",", node.parents()),
                    entry == null ? (applied.contains(node.id()) ? "(stamped)" : "pending") : entry.appliedAt(),
                    entry == null ? "" : String.valueOf(entry.durationMillis()), node.message());
        }
        table.lines().forEach(out);
        out.accept("(-> current, * applied)");
    }

    void show(String revision) {
        Retort retort = session.offline();
        String id = resolveOne(retort, revision);
        RevisionNode node = retort.graph().get(id);
        out.accept("Revision " + id + (node.message().isBlank() ? "" : ": " + node.message()));
        out.accept("  class:    " + node.source());
        out.accept("  parents:  " + (node.parents().isEmpty() ? "(base)" : String.join(", ", node.parents())));
        if (!node.dependsOn().isEmpty()) {
            out.accept("  depends:  " + String.join(", ", node.dependsOn()));
        }
        if (!node.branchLabels().isEmpty()) {
            out.accept("  labels:   " + String.join(", ", node.branchLabels()));
        }
        out.accept("  upgrade SQL (" + retort.chain().dialect().name() + "):");
        Set<String> before = new LinkedHashSet<>(node.parents());
        before.addAll(node.dependsOn());
        var plan = retort.graph().upgradePlanTo(before, Set.of(id));
        retort.render(plan).stream().filter(step -> step.id().equals(id))
                .forEach(step -> step.statements().forEach(sql -> out.accept("    " + sql + ";")));
    }

    void upgrade(String target, boolean sql) throws IOException {
        upgrade(target, sql, null);
    }

    /** With {@code sql}, the script goes to {@code sqlFile} when given, else to the output. */
    void upgrade(String target, boolean sql, Path sqlFile) throws IOException {
        if (sql) {
            script(session.offline().upgradeSql(Set.of(), target), sqlFile);
            return;
        }
        report(session.connected().upgrade(target).await().indefinitely());
    }

    void downgrade(String target, boolean sql) throws IOException {
        downgrade(target, sql, null);
    }

    void downgrade(String target, boolean sql, Path sqlFile) throws IOException {
        if (sql) {
            Retort retort = session.offline();
            script(retort.downgradeSql(retort.graph().heads(), target), sqlFile);
            return;
        }
        report(session.connected().downgrade(target).await().indefinitely());
    }

    void stamp(String target, boolean purge) {
        Set<String> rows = session.connected().stamp(target, purge).await().indefinitely();
        out.accept("Stamped " + session.databaseDescription() + " at " + (rows.isEmpty() ? "base" : String.join(", ", rows))
                + " (no revision ran).");
    }

    /** Records today's checksum of applied revisions edited on purpose since they were applied. */
    void repair() {
        List<String> repaired = session.connected().repair().await().indefinitely();
        out.accept(repaired.isEmpty() ? "No applied revision of " + session.databaseDescription() + " was edited; nothing recorded."
                : "Recorded the current checksum of " + String.join(", ", repaired) + " in " + session.databaseDescription() + ".");
    }

    /** Settles the statement left in doubt by a revision that stopped part way (MariaDB): {@code ran} says whether it took effect. */
    void resume(boolean ran) {
        out.accept(session.connected().resolveProgress(ran).await().indefinitely() + " (" + session.databaseDescription() + ").");
    }

    /**
     * Fails when the entities describe changes the revisions do not make (no database needed). With
     * no entity, checks what it can: the graph and the replay of every revision.
     */
    void check() {
        Retort retort = session.offline();
        Optional<Schema> model = model();
        if (model.isEmpty()) {
            Schema replayed = retort.chain().schemaAt(retort.graph().heads());
            int count = retort.graph().ordered().size();
            out.accept("The revision graph is sound (" + count + " revision" + (count == 1 ? "" : "s") + ", head "
                    + rows(retort.graph().heads()) + ") and replays to " + replayed.tables().size() + " tables. The application"
                    + " has no @Entity class, so there is no entity model to compare.");
            return;
        }
        retort.check(model.get());
        out.accept("The entities match what the revisions produce: no revision needed.");
    }

    /**
     * Lints the datasource's revisions that are not yet deployed everywhere ({@code quarkus.retort.lint.deployed}):
     * each standing finding as a warning, allowed ones and raw SQL as information, the JSON report to
     * {@code reportFile}. Fails when a finding stands and {@code quarkus.retort.lint.fail} is true.
     */
    LintReport lint(Path reportFile) throws IOException {
        Retort retort = session.offline();
        LintSettings settings = session.application().settings().lint(session.datasource());
        LintReport report = Linter.lint(retort.chain(), settings.revisionsToLint(retort.chain()), model());
        report.standing().forEach(finding -> warn.accept(finding.describe()));
        report.allowed().forEach(finding -> out.accept(finding.describe()));
        report.notAnalyzed().forEach(raw -> out.accept(raw.describe()));
        if (reportFile.getParent() != null) {
            java.nio.file.Files.createDirectories(reportFile.getParent());
        }
        java.nio.file.Files.writeString(reportFile, report.toJson().encodePrettily());
        out.accept(report.summary() + "; report: " + session.baseDir().relativize(reportFile.toAbsolutePath()));
        if (!report.clean() && settings.fail()) {
            throw new LintFailedException(session.settings().property("lint.fail"), report.standing());
        }
        return report;
    }

    /**
     * Writes a new revision file: empty, or autogenerated from the entities (against the database,
     * or with {@code offline} against the schema the revisions imply). Returns the file, or null when
     * there was nothing to generate.
     */
    Path revision(String message, boolean autogenerate, boolean offline, String head, List<String> branchLabels,
            List<String> dependsOn, String packageName) throws IOException {
        Retort retort = autogenerate && !offline ? session.connected() : session.offline();
        Set<String> parents = NewRevisions.parents(retort.graph(), head);
        NewRevisions.Request request = new NewRevisions.Request(message, session.application().revisionPackage(
                session.datasource(), packageName, "-Dretort.package"), head, branchLabels, dependsOn);
        Path sources = session.baseDir().resolve("src/main/java");
        List<NewRevisions.Written> written;
        if (autogenerate) {
            Schema model = model().orElseThrow(() -> new IllegalStateException("The application has no @Entity class (in "
                    + session.baseDir().relativize(session.classesDir()) + " or an indexed dependency): there is nothing to"
                    + " autogenerate from; leave out -Dretort.autogenerate to write an empty revision"));
            DiffResult diff = offline ? retort.autogenerateOffline(model) : retort.autogenerate(model).await().indefinitely();
            written = NewRevisions.autogenerated(retort, diff, parents, request, sources);
            if (written.isEmpty()) {
                out.accept("No changes: the entities match " + (offline ? "the revisions" : session.databaseDescription())
                        + ". No file written.");
                return null;
            }
            written.get(0).changes().forEach(line -> out.accept("  " + line));
        } else {
            written = List.of(NewRevisions.empty(parents, request, sources));
        }
        for (NewRevisions.Written revision : written) {
            out.accept("Wrote revision " + revision.spec().id() + " (" + revision.spec().message() + "), parent "
                    + (revision.spec().parents().isEmpty() ? "base" : String.join(", ", revision.spec().parents())) + ", in package "
                    + revision.spec().packageName() + ": " + session.baseDir().relativize(revision.file())
                    + (revision.spec().transactional() ? "" : " (non-transactional)"));
        }
        if (written.size() > 1) {
            out.accept("The change is written in " + written.size() + " revisions so that no table that holds rows stays locked"
                    + " (docs/safety.md); apply them in one upgrade or one release at a time.");
        }
        return written.get(0).file();
    }

    /** A revision whose parents are all the current heads. */
    Path merge(String message, String packageName) throws IOException {
        RevisionGraph graph = session.offline().graph();
        if (graph.heads().size() < 2) {
            throw new IllegalStateException("Nothing to merge: there is " + graph.heads().size() + " head.");
        }
        return revision(message, false, true, "heads", List.of(), List.of(), packageName);
    }

    /**
     * Writes one revision equivalent to the run {@code from}..{@code to} (by default from the lowest
     * revision the run reaches to the single head), marked as replacing it.
     */
    Path squash(String from, String to, String message, String packageName) throws IOException {
        Retort retort = session.offline();
        NewRevisions.Written written = NewRevisions.squashed(retort, blankToNull(from), blankToNull(to), blankToNull(message),
                session.application().revisionPackage(session.datasource(), packageName, "-Dretort.package"),
                session.baseDir().resolve("src/main/java"));
        List<String> replaced = written.spec().replaces();
        out.accept("Wrote revision " + written.spec().id() + " (" + written.spec().message() + "), parent "
                + (written.spec().parents().isEmpty() ? "base" : String.join(", ", written.spec().parents())) + ", replacing "
                + replaced.size() + " revisions (" + replaced.get(0) + ".." + replaced.get(replaced.size() - 1) + "): "
                + session.baseDir().relativize(written.file()));
        out.accept("A new database applies it alone; one partway through the replaced revisions goes on through them. Keep them"
                + " until every database is past them: retort:replaced says when they can be deleted.");
        return written.file();
    }

    /**
     * Says, for the database of each profile, where it stands with each squash whose replaced
     * revisions are still in the code; true when none is partway, so they can be deleted.
     */
    boolean replaced(String profileName) {
        Retort retort = session.connected();
        List<io.retort.engine.ReplacedRevisions> states = retort.replaced().await().indefinitely();
        if (states.isEmpty()) {
            out.accept("No squash replaces revisions still in the code: nothing to delete.");
            return true;
        }
        boolean deletable = true;
        for (io.retort.engine.ReplacedRevisions state : states) {
            out.accept("Squash " + state.squash() + " (replaces " + state.replaced().get(0) + ".." + state.replaced().get(state.replaced().size() - 1)
                    + ", " + state.replaced().size() + " revisions): " + session.databaseDescription() + " (profile " + profileName + ") is "
                    + state.describe() + ".");
            deletable &= !state.blocksDeletion();
        }
        return deletable;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private void script(String sql, Path file) throws IOException {
        if (file == null) {
            out.accept(sql);
            return;
        }
        if (file.getParent() != null) {
            java.nio.file.Files.createDirectories(file.getParent());
        }
        java.nio.file.Files.writeString(file, sql);
        out.accept("Wrote the SQL script to " + file);
    }

    /** The entity model, its warnings reported; empty when the application has no entity. */
    private Optional<Schema> model() {
        return session.entityModel().map(model -> {
            model.warnings().forEach(warning -> warn.accept("Retort entity model: " + warning));
            return model.schema();
        });
    }

    private static String resolveOne(Retort retort, String revision) {
        Set<String> ids = retort.graph().resolve(revision, retort.graph().heads());
        if (ids.size() != 1) {
            throw new IllegalStateException("'" + revision + "' names " + ids.size() + " revisions (" + String.join(", ", ids)
                    + "); name one");
        }
        return ids.iterator().next();
    }

    private void report(MigrationResult result) {
        if (result.steps().isEmpty()) {
            out.accept("Nothing to do: " + session.databaseDescription() + " is at " + rows(result.to()) + ".");
            return;
        }
        TextTable table = new TextTable();
        for (AppliedStep step : result.steps()) {
            table.row(step.direction() == Direction.UPGRADE ? "upgraded" : "downgraded", step.revision(), step.durationMillis() + " ms",
                    step.message());
        }
        table.lines().forEach(out);
        out.accept("Now at " + rows(result.to()) + ".");
    }

    private static String rows(Set<String> rows) {
        return rows.isEmpty() ? "base" : String.join(", ", rows);
    }

    private static String describe(RevisionNode node) {
        String labels = node.branchLabels().isEmpty() ? "" : " [" + String.join(", ", node.branchLabels()) + "]";
        return (node.message().isBlank() ? "(no message)" : node.message()) + labels;
    }
}
