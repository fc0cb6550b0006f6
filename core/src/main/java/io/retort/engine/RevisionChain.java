package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.operation.Operation;
import io.retort.operation.OperationText;
import io.retort.revision.Direction;
import io.retort.revision.MigrationPlan;
import io.retort.revision.RevisionGraph;
import io.retort.revision.RevisionNode;
import io.retort.revision.Step;
import io.retort.schema.Names;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revisions of an application on one dialect: their graph, the operations each records, the
 * schema implied at any point (state replay) and the SQL of each step. Needs no database, so offline
 * SQL, {@code check} and the executor all share it.
 */
public final class RevisionChain {

    private final RevisionGraph graph;
    private final Map<String, LoadedRevision> revisions;
    private final Dialect dialect;
    private final Map<String, List<Operation>> recorded = new ConcurrentHashMap<>();
    private final Map<String, String> checksums = new ConcurrentHashMap<>();
    private final Map<String, List<String>> prerendered = new ConcurrentHashMap<>();
    private final Map<String, Schema> schemaAfter = new ConcurrentHashMap<>();

    private RevisionChain(RevisionGraph graph, Map<String, LoadedRevision> revisions, Dialect dialect) {
        this.graph = graph;
        this.revisions = revisions;
        this.dialect = dialect;
    }

    /** Builds and validates the graph; graph errors name the revisions involved. */
    public static RevisionChain of(List<LoadedRevision> revisions, Dialect dialect) {
        List<RevisionNode> nodes = revisions.stream().map(LoadedRevision::node).toList();
        RevisionGraph graph = RevisionGraph.of(nodes);
        Map<String, LoadedRevision> byId = new LinkedHashMap<>();
        revisions.forEach(r -> byId.put(r.id(), r));
        return new RevisionChain(graph, byId, dialect);
    }

    public RevisionGraph graph() {
        return graph;
    }

    public Dialect dialect() {
        return dialect;
    }

    public LoadedRevision revision(String id) {
        LoadedRevision revision = revisions.get(id);
        if (revision == null) {
            graph.get(id); // the graph's own error
        }
        return revision;
    }

    /** The operations a revision records in one direction, recorded once and kept. */
    public List<Operation> operations(String id, Direction direction) {
        return recorded.computeIfAbsent(id + "/" + direction, key -> record(revision(id), direction));
    }

    private List<Operation> record(LoadedRevision revision, Direction direction) {
        Ops op = new Ops(dialect.name());
        try {
            Migration migration = revision.newInstance();
            if (direction == Direction.UPGRADE) {
                migration.upgrade(op);
            } else {
                migration.downgrade(op);
            }
            List<Operation> operations = op.operations();
            if (revision.transactional()) {
                operations.stream().filter(RevisionChain::refusedInTransaction).findFirst().ifPresent(refused -> {
                    throw new RevisionDefinitionException("Revision " + describe(revision) + ": " + refused.describe() + " (in its "
                            + direction.name().toLowerCase() + "()) cannot run inside a transaction: mark the revision"
                            + " @Revision(transactional = false) and give it that statement alone");
                });
            }
            return operations;
        } catch (RetortException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RevisionDefinitionException("Revision " + describe(revision) + " failed while recording its "
                    + direction.name().toLowerCase() + "(): " + e.getMessage(), e);
        }
    }

    /** PostgreSQL's concurrent index builds and drops, which a transaction block refuses. */
    private static boolean refusedInTransaction(Operation operation) {
        return operation instanceof io.retort.operation.CreateIndex create && create.concurrently()
                || operation instanceof io.retort.operation.DropIndex drop && drop.concurrently();
    }

    /** The schema the database has when its version rows are {@code rows}, replayed from the revisions. */
    public Schema schemaAt(Set<String> databaseRows) {
        Set<String> rows = graph.viewFor(databaseRows).canonicalRows(databaseRows);
        if (rows.size() == 1) {
            return schemaAfter(rows.iterator().next());
        }
        return replayAll(rows);
    }

    /**
     * The schema right after one revision. Memoized and computed along single-parent runs, so a long
     * linear chain is replayed once rather than once per revision.
     */
    private Schema schemaAfter(String id) {
        Schema cached = schemaAfter.get(id);
        if (cached != null) {
            return cached;
        }
        List<String> run = new ArrayList<>();
        String cursor = id;
        Schema start = null;
        while (true) {
            Schema known = schemaAfter.get(cursor);
            if (known != null) {
                start = known;
                break;
            }
            RevisionNode node = graph.nodeInAnyView(cursor);
            run.add(cursor);
            if (node.parents().size() != 1 || !node.dependsOn().isEmpty()) {
                break;
            }
            cursor = node.parents().get(0);
        }
        java.util.Collections.reverse(run);
        Schema schema;
        int from;
        if (start != null) {
            schema = start;
            from = 0;
        } else {
            // The run starts at a base, merge or dependent revision: replay what lies below it in full.
            RevisionNode first = graph.nodeInAnyView(run.get(0));
            Set<String> below = new HashSet<>(first.parents());
            below.addAll(first.dependsOn());
            schema = below.isEmpty() ? Schema.EMPTY : replayAll(below);
            from = 0;
        }
        for (int i = from; i < run.size(); i++) {
            schema = replay(schema, run.get(i), Direction.UPGRADE);
            schemaAfter.put(run.get(i), schema);
        }
        return schema;
    }

    private Schema replayAll(Set<String> rows) {
        RevisionGraph view = graph.viewFor(rows);
        Set<String> applied = view.appliedSet(view.canonicalRows(rows));
        Schema schema = Schema.EMPTY;
        for (RevisionNode node : view.ordered()) {
            if (applied.contains(node.id())) {
                schema = replay(schema, node.id(), Direction.UPGRADE);
            }
        }
        return schema;
    }

    /** Applies one revision's operations in one direction to a schema snapshot. */
    public Schema replay(Schema schema, String id, Direction direction) {
        Schema current = schema;
        for (Operation operation : operations(id, direction)) {
            try {
                current = operation.applyTo(current);
            } catch (SchemaReplayException e) {
                throw new RevisionDefinitionException("Revision " + describe(revision(id)) + " cannot "
                        + direction.name().toLowerCase() + ": " + e.getMessage(), e);
            }
        }
        return current;
    }

    /** Renders every step of a plan, starting from the replayed schema at the plan's origin. */
    public List<RenderedStep> render(MigrationPlan plan) {
        List<RenderedStep> steps = new ArrayList<>();
        Schema schema = schemaAt(plan.from());
        for (Step step : plan.steps()) {
            RenderedStep rendered = render(step, schema);
            steps.add(rendered);
            schema = rendered.schemaAfter();
        }
        return steps;
    }

    /** Renders one step against the schema the database has before it. */
    public RenderedStep render(Step step, Schema before) {
        String id = step.revision().id();
        List<String> statements = new ArrayList<>();
        Schema schema = before;
        for (Operation operation : operations(id, step.direction())) {
            try {
                statements.addAll(dialect.render(operation, schema));
                schema = operation.applyTo(schema);
            } catch (SchemaReplayException e) {
                throw new RevisionDefinitionException("Revision " + describe(revision(id)) + " cannot "
                        + step.direction().name().toLowerCase() + ": " + e.getMessage(), e);
            }
        }
        return new RenderedStep(step, revision(id), statements, schema, checksum(id), dialect.runsInTransaction(revision(id).transactional()));
    }

    /**
     * Takes upgrade SQL already rendered for these revisions on this dialect (Quarkus renders it at
     * build time from the same classes): an upgrade step applied from exactly its parents and
     * dependencies then runs it as is, without loading, recording or replaying the revision.
     */
    public void usePrerendered(Map<String, List<String>> statements) {
        prerendered.putAll(statements);
    }

    /**
     * Takes checksums already computed for these revisions on this dialect (Quarkus computes them at
     * build time from the same classes), so checking applied revisions at start replays and renders
     * nothing.
     */
    public void useChecksums(Map<String, String> known) {
        checksums.putAll(known);
    }

    /**
     * The revision's upgrade SQL rendered against the schema its parents and dependencies imply:
     * what its checksum covers, and what an upgrade from exactly those revisions runs.
     */
    public List<String> upgradeStatements(String id) {
        List<String> known = prerendered.get(id);
        if (known != null) {
            return known;
        }
        Schema schema = schemaAt(below(graph.nodeInAnyView(id)));
        List<String> statements = new ArrayList<>();
        for (Operation operation : operations(id, Direction.UPGRADE)) {
            statements.addAll(dialect.render(operation, schema));
            schema = replayOne(operation, schema, id);
        }
        return statements;
    }

    /**
     * SHA-256 of what the revision's upgrade says ({@link OperationText}: its operations as data, raw
     * SQL as written); it changes when the revision is edited, and not when Retort renders SQL
     * differently.
     */
    public String checksum(String id) {
        String cached = checksums.get(id);
        if (cached != null) {
            return cached;
        }
        String checksum = Names.sha256(OperationText.of(operations(id, Direction.UPGRADE)));
        checksums.put(id, checksum);
        return checksum;
    }

    /**
     * The checksum Retort recorded before checksums covered the operations: SHA-256 of the upgrade
     * SQL as it renders today. A recorded one equal to it belongs to an unedited revision.
     */
    public String renderedChecksum(String id) {
        StringBuilder text = new StringBuilder();
        upgradeStatements(id).forEach(sql -> text.append(sql).append(";\n"));
        return Names.sha256(text.toString());
    }

    /**
     * A step as the executor runs it on a database whose version rows are {@code rows}: an upgrade
     * from exactly the revision's parents and dependencies uses {@link #upgradeStatements}, anything
     * else is rendered against the replayed schema. {@code schemaAfter} is not computed here.
     */
    public RenderedStep renderAt(Step step, Set<String> rows) {
        String id = step.revision().id();
        if (step.direction() == Direction.UPGRADE && rows.equals(below(step.revision()))) {
            return new RenderedStep(step, revision(id), upgradeStatements(id), null, checksum(id),
                    dialect.runsInTransaction(revision(id).transactional()));
        }
        return render(step, schemaAt(rows));
    }

    private static Set<String> below(RevisionNode node) {
        Set<String> before = new HashSet<>(node.parents());
        before.addAll(node.dependsOn());
        return before;
    }

    private Schema replayOne(Operation operation, Schema schema, String id) {
        try {
            return operation.applyTo(schema);
        } catch (SchemaReplayException e) {
            throw new RevisionDefinitionException("Revision " + describe(revision(id)) + " cannot upgrade: " + e.getMessage(), e);
        }
    }

    static String describe(LoadedRevision revision) {
        String message = revision.node().message();
        return revision.id() + (message.isBlank() ? "" : " (" + message + ")") + " [" + revision.node().source() + "]";
    }
}
