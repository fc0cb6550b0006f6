package io.retort.app;

import io.retort.dialect.DatabaseSupport;
import io.retort.engine.LoadedRevision;
import io.retort.engine.Retort;
import io.retort.revision.RevisionException;
import io.retort.revision.RevisionGraph;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one reading of an application that every surface shares: its settings, its revision classes
 * assigned to datasources by package, the database each datasource migrates, its entities, and
 * every problem with them. The build, the goals and the test kit make one from their own inputs
 * (Quarkus's index and configuration, or the project's classes and application.properties) and ask
 * it; none works these answers out itself.
 */
public final class RetortApplication {

    private final ApplicationSettings settings;
    private final ApplicationIndex index;
    private final Set<String> capabilities;
    private final Map<String, List<RevisionClass>> revisions = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> graphProblems = new ArrayList<>();

    private RetortApplication(ApplicationSettings settings, ApplicationIndex index, Set<String> capabilities) {
        this.settings = settings;
        this.index = index;
        this.capabilities = Set.copyOf(capabilities);
        RevisionClassReader reader = index.revisionReader();
        List<RevisionClass> found = reader.read();
        problems.addAll(reader.problems());
        // The default datasource is always there, so a project without revisions can generate its first one.
        revisions.put(DataSourceSettings.DEFAULT, new ArrayList<>());
        for (RevisionClass revision : found) {
            revisions.computeIfAbsent(settings.owner(revision.className()), owner -> new ArrayList<>()).add(revision);
        }
        revisions.forEach((datasource, owned) -> {
            graphProblems.addAll(graphProblems(datasource, owned));
            try {
                database(datasource);
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
            }
        });
    }

    public static RetortApplication read(ApplicationSettings settings, ApplicationIndex index, Set<String> capabilities) {
        return new RetortApplication(settings, index, capabilities);
    }

    public ApplicationSettings settings() {
        return settings;
    }

    public DataSourceSettings settings(String datasource) {
        return settings.datasource(datasource);
    }

    /** Everything wrong with the revisions, their graphs and the database choices, as sentences. */
    public List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        all.addAll(graphProblems);
        return all;
    }

    /** The problems with revision classes and database choices, leaving out the graphs' (cycles, several heads). */
    public List<String> problemsOutsideGraphs() {
        return List.copyOf(problems);
    }

    /** Fails with every problem listed, or returns this. */
    public RetortApplication requireValid() {
        List<String> all = problems();
        if (!all.isEmpty()) {
            throw new IllegalStateException("Retort found " + all.size() + " problem" + (all.size() == 1 ? "" : "s")
                    + " in this application:\n  - " + String.join("\n  - ", all));
        }
        return this;
    }

    /** The datasources Retort migrates: the default one, then each one that owns revisions. */
    public List<String> datasources() {
        return List.copyOf(revisions.keySet());
    }

    /** The revision classes a datasource owns, by class name. */
    public List<RevisionClass> revisions(String datasource) {
        return List.copyOf(revisions.getOrDefault(key(datasource), List.of()));
    }

    /** The database a datasource migrates. */
    public DatabaseSupport database(String datasource) {
        return settings.database(key(datasource), capabilities);
    }

    /** The application's {@code @Entity} classes' names. */
    public List<String> entityClassNames() {
        return index.entityClassNames();
    }

    /** A datasource's revisions, loaded from {@code loader}. */
    public List<LoadedRevision> loadRevisions(String datasource, ClassLoader loader) {
        return revisions(datasource).stream().map(revision -> RevisionLoading.load(revision, loader)).toList();
    }

    /** The engine of a datasource over {@code pool} (null for the graph, replay and offline SQL only). */
    public Retort retort(String datasource, ClassLoader loader, Pool pool) {
        DataSourceSettings datasourceSettings = settings(datasource);
        return Retort.of(loadRevisions(datasource, loader), database(datasource).dialect(datasourceSettings), pool,
                datasourceSettings.options());
    }

    /**
     * The package a new revision of a datasource goes to when the user names none: the package of its
     * revisions among the application's own classes; else, for a named datasource, the first of its
     * packages; else the entities' common package plus {@code .migrations}, when the datasource owns it.
     */
    public java.util.Optional<String> newRevisionPackage(String datasource) {
        String key = key(datasource);
        java.util.Optional<String> existing = revisions(key).stream().map(RevisionClass::className).filter(index::isOwn)
                .map(JavaPackages::of).sorted().findFirst();
        if (existing.isPresent()) {
            return existing;
        }
        if (!DataSourceSettings.isDefault(key) && !settings(key).packages().isEmpty()) {
            return java.util.Optional.of(settings(key).packages().get(0));
        }
        List<String> entities = index.ownEntityClassNames().isEmpty() ? index.entityClassNames() : index.ownEntityClassNames();
        String common = JavaPackages.common(entities);
        if (entities.isEmpty() || common.isEmpty()) {
            return java.util.Optional.empty();
        }
        String candidate = common + ".migrations";
        return settings.owner(candidate + ".Revision").equals(key) ? java.util.Optional.of(candidate) : java.util.Optional.empty();
    }

    /**
     * The package for a new revision: {@code requested} when given (checked: a Java package this
     * datasource owns), else {@link #newRevisionPackage}; an error saying how to name one otherwise.
     */
    public String revisionPackage(String datasource, String requested, String setting) {
        String key = key(datasource);
        if (requested != null && !requested.isBlank()) {
            String pkg = JavaPackages.require(requested, setting);
            String owner = settings.owner(pkg + ".Revision");
            if (!owner.equals(key)) {
                throw new IllegalArgumentException(setting + "=" + pkg + " belongs to " + settings(owner).describe() + ", not "
                        + settings(key).describe() + " (see " + settings(owner).property("packages") + ")");
            }
            return pkg;
        }
        return newRevisionPackage(key).orElseThrow(() -> new IllegalStateException("No package for the first revision of "
                + settings(key).describe() + ": there is no revision and no entity to take it from; give one with "
                + setting + "=com.example.migrations"));
    }

    /** The problems of one datasource's revision graph; empty when it is sound. */
    static List<String> graphProblems(String datasource, List<RevisionClass> owned) {
        List<String> found = new ArrayList<>();
        String where = DataSourceSettings.isDefault(datasource) ? "" : " of datasource " + datasource;
        try {
            RevisionGraph graph = RevisionGraph.of(owned.stream().map(RevisionClass::node).toList());
            List<String> unlabeled = graph.unlabeledHeads();
            if (!unlabeled.isEmpty()) {
                found.add("The revisions" + where + " have " + graph.heads().size() + " heads (" + String.join(", ", graph.heads())
                        + ") and no branch label says that is intended for " + String.join(", ", unlabeled)
                        + ": merge them with a revision whose parent lists every head (retort:merge), or give each branch"
                        + " a label with @Revision(branchLabels = ...)");
            }
        } catch (RevisionException e) {
            found.add("The revision graph" + where + " is invalid: " + e.getMessage());
        }
        return found;
    }

    private static String key(String datasource) {
        return DataSourceSettings.isDefault(datasource) ? DataSourceSettings.DEFAULT : datasource;
    }
}
