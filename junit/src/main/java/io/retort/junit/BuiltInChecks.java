package io.retort.junit;

import io.retort.app.DataSourceSettings;
import io.retort.app.RetortApplication;
import io.retort.app.RevisionLoading;
import io.retort.diff.DiffResult;
import io.retort.diff.SchemaDiff;
import io.retort.dialect.Dialect;
import io.retort.dialect.ScratchDatabase;
import io.retort.engine.LoadedRevision;
import io.retort.engine.Retort;
import io.retort.engine.RevisionChain;
import io.retort.lint.Finding;
import io.retort.lint.LintReport;
import io.retort.lint.Linter;
import io.retort.revision.RevisionGraph;
import io.retort.revision.RevisionNode;
import io.retort.model.ApplicationEntities;
import io.retort.schema.Schema;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.opentest4j.AssertionFailedError;

/**
 * The checks every project should run on its revisions. Each runs on its own scratch database and
 * fails with what to fix.
 */
final class BuiltInChecks {

    /** One check: a display name and what it does. */
    record Check(String name, Consumer<BuiltInChecks> body) {
    }

    static final List<Check> ALL = List.of(
            new Check("single head", BuiltInChecks::singleHead),
            new Check("upgrade from base to head", BuiltInChecks::upgrade),
            new Check("up/down stairway", BuiltInChecks::stairway),
            new Check("downgrade to base leaves no trace", BuiltInChecks::downgradeLeavesNoTrace),
            new Check("lock rules", BuiltInChecks::lockRules));

    /** The check comparing the entities with the upgraded database, added when a class names entity packages. */
    static final Check MODEL_MATCHES = new Check("model matches schema", BuiltInChecks::modelMatchesSchema);

    private List<String> entityPackages = List.of();

    BuiltInChecks withEntities(List<String> packages) {
        this.entityPackages = packages;
        return this;
    }

    /** The schema the entities of {@code entityPackages} imply. */
    private Schema entityModel() {
        List<String> entities = application.entityClassNames().stream()
                .filter(name -> entityPackages.stream().anyMatch(p -> name.startsWith(p + "."))).toList();
        if (entities.isEmpty()) {
            throw new AssertionFailedError("No @Entity class in " + entityPackages + " (the application's classes and the"
                    + " dependency jars Quarkus indexes): check entityPackages");
        }
        return ApplicationEntities.read(entities, Thread.currentThread().getContextClassLoader(), application.settings(),
                application.database(DataSourceSettings.DEFAULT)).schema();
    }

    private void modelMatchesSchema() {
        Schema model = entityModel();
        onScratch((retort, dialect, pool) -> {
            retort.upgrade("heads").await().indefinitely();
            DiffResult diff = retort.autogenerate(model).await().indefinitely();
            if (!diff.isEmpty()) {
                throw new AssertionFailedError("The entities and the upgraded database differ: a revision is missing for\n  "
                        + String.join("\n  ", diff.describe()) + "\nGenerate it with mvn retort:revision -Dretort.autogenerate"
                        + " -Dretort.message=\"...\"");
            }
        });
    }

    /** The check that runs the data fixtures, added when a class declares some. */
    static final Check DATA_FIXTURES = new Check("data fixtures", BuiltInChecks::dataFixtures);

    private final RetortApplication application;
    private final String datasource;
    private final List<LoadedRevision> revisions;
    private List<Class<? extends DataFixture>> fixtures = List.of();
    private final int expectedHeads;
    private final Vertx vertx;

    /** The checks on a datasource's revisions within {@code packages}. */
    BuiltInChecks(RetortApplication application, String datasource, List<String> packages, int expectedHeads, Vertx vertx) {
        this.application = application;
        this.datasource = datasource;
        this.revisions = application.revisions(datasource).stream()
                .filter(revision -> packages.stream().anyMatch(p -> revision.className().startsWith(p + ".")))
                .map(revision -> RevisionLoading.load(revision, Thread.currentThread().getContextClassLoader())).toList();
        this.expectedHeads = expectedHeads;
        this.vertx = vertx;
    }

    BuiltInChecks withFixtures(List<Class<? extends DataFixture>> declared) {
        this.fixtures = declared;
        return this;
    }

    private void dataFixtures() {
        onScratch((retort, dialect, pool) -> {
            RevisionGraph graph = retort.graph();
            for (RevisionNode node : graph.ordered()) {
                for (Class<? extends DataFixture> type : fixtures) {
                    DataFixture fixture = instantiate(type);
                    if (!fixture.revision().equals(node.id())) {
                        continue;
                    }
                    for (String parent : node.parents()) {
                        retort.upgrade(parent).await().indefinitely();
                    }
                    fixture.before(pool);
                    retort.upgrade(node.id()).await().indefinitely();
                    try {
                        fixture.after(pool);
                    } catch (AssertionError e) {
                        throw new AssertionFailedError("Revision " + node.id() + " (" + node.message() + ") does not keep the data "
                                + type.getSimpleName() + " expects: " + e.getMessage(), e);
                    }
                }
            }
            for (Class<? extends DataFixture> type : fixtures) {
                String id = instantiate(type).revision();
                if (!graph.contains(id)) {
                    throw new AssertionFailedError(type.getSimpleName() + " names revision " + id + ", which does not exist");
                }
            }
        });
    }

    private static DataFixture instantiate(Class<? extends DataFixture> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " needs a constructor without parameters", e);
        }
    }

    private void singleHead() {
        RevisionGraph graph = RevisionGraph.of(revisions.stream().map(LoadedRevision::node).toList());
        if (graph.heads().size() != expectedHeads) {
            StringBuilder heads = new StringBuilder();
            for (String id : graph.heads()) {
                heads.append(heads.length() == 0 ? "" : ", ").append(id).append(" (").append(graph.get(id).message()).append(")");
            }
            throw new AssertionFailedError(graph.heads().size() + " heads where " + expectedHeads + " expected: " + heads
                    + " — merge them with mvn retort:merge -Dretort.message=\"merge heads\", or declare them with"
                    + " @RetortMigrationTests(heads = " + graph.heads().size() + ")");
        }
    }

    private void upgrade() {
        onScratch((retort, dialect, pool) -> {
            retort.upgrade("heads").await().indefinitely();
            same(dialect, retort.chain().schemaAt(retort.graph().heads()), retort.introspect().await().indefinitely(),
                    "After upgrading to head, the database differs from what the revisions declare (raw SQL that changes the schema?)");
        });
    }

    private void stairway() {
        onScratch((retort, dialect, pool) -> {
            for (RevisionNode node : retort.graph().ordered()) {
                if (node.parents().size() > 1) {
                    retort.upgrade(node.id()).await().indefinitely();
                    continue;
                }
                Schema before = retort.introspect().await().indefinitely();
                retort.upgrade(node.id()).await().indefinitely();
                Schema after = retort.introspect().await().indefinitely();
                retort.downgrade(node.parents().isEmpty() ? "base" : node.parents().get(0)).await().indefinitely();
                same(dialect, before, retort.introspect().await().indefinitely(), "Revision " + node.id() + " (" + node.message()
                        + ", " + node.source() + "): its downgrade does not restore the schema it started from; fix downgrade()");
                retort.upgrade(node.id()).await().indefinitely();
                same(dialect, after, retort.introspect().await().indefinitely(), "Revision " + node.id() + " (" + node.message()
                        + "): upgrading again after its downgrade gives a different schema");
            }
        });
    }

    /**
     * The lock rules of docs/safety.md over the revisions not yet deployed ({@code quarkus.retort.lint.deployed}):
     * a finding no {@code @Allow} accepts fails, listed with its safe form. No database needed; on
     * SQLite there is nothing to lint.
     */
    private void lockRules() {
        RevisionChain chain = RevisionChain.of(revisions, application.database(datasource).dialect(application.settings(datasource)));
        Optional<Schema> entities = entityPackages.isEmpty() ? Optional.empty() : Optional.of(entityModel());
        LintReport report = Linter.lint(chain, application.settings().lint(datasource).revisionsToLint(chain), entities);
        if (!report.clean()) {
            throw new AssertionFailedError(report.standing().size() + " lock rule finding" + (report.standing().size() == 1 ? "" : "s")
                    + ":\n  " + String.join("\n  ", report.standing().stream().map(Finding::describe).toList())
                    + "\nWrite the safe form, or accept a finding on its revision with @Allow(rule = \"...\", reason = \"...\")");
        }
    }

    private void downgradeLeavesNoTrace() {
        onScratch((retort, dialect, pool) -> {
            retort.upgrade("heads").await().indefinitely();
            retort.downgrade("base").await().indefinitely();
            Schema left = retort.introspect().await().indefinitely();
            if (!left.tables().isEmpty() || !left.sequences().isEmpty()) {
                throw new AssertionFailedError("After downgrading to base, these remain: tables " + left.tables().keySet()
                        + ", sequences " + left.sequences().keySet() + " — a downgrade() does not drop what its upgrade() created");
            }
        });
    }

    private interface ScratchWork {
        void run(Retort retort, Dialect dialect, Pool pool);
    }

    private void onScratch(ScratchWork work) {
        try (ScratchDatabase db = application.database(datasource).scratch(vertx, application.settings(datasource))) {
            work.run(Retort.of(revisions, db.dialect(), db.pool(), application.settings(datasource).options()), db.dialect(), db.pool());
        }
    }

    /** Schemas compared as the database sees them, columns by name; a failure lists the differences. */
    private static void same(Dialect dialect, Schema expected, Schema actual, String what) {
        DiffResult diff = SchemaDiff.compare(actual, expected, dialect::canonical);
        if (!diff.isEmpty()) {
            throw new AssertionFailedError(what + ". To get back to the expected schema it would take:\n  "
                    + String.join("\n  ", diff.describe()));
        }
    }

    static Set<String> names() {
        return Set.copyOf(ALL.stream().map(Check::name).toList());
    }
}
