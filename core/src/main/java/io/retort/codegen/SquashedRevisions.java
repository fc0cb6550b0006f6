package io.retort.codegen;

import io.retort.diff.Change;
import io.retort.diff.SchemaDiff;
import io.retort.engine.RevisionChain;
import io.retort.engine.RevisionDefinitionException;
import io.retort.operation.AddColumn;
import io.retort.operation.AddConstraint;
import io.retort.operation.CreateEnum;
import io.retort.operation.CreateIndex;
import io.retort.operation.CreateSequence;
import io.retort.operation.CreateTable;
import io.retort.operation.DropConstraint;
import io.retort.operation.DropEnum;
import io.retort.operation.DropIndex;
import io.retort.operation.DropSequence;
import io.retort.operation.DropTable;
import io.retort.operation.ExecuteSql;
import io.retort.operation.Operation;
import io.retort.revision.Direction;
import io.retort.revision.RevisionNode;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Writes one revision equivalent to a linear run of revisions ({@code retort:squash}). Its upgrade is
 * the run's operations in order; raw SQL (data statements, objects the schema does not track) is
 * carried as written, where it was, since it ran against the schema of its own moment, and each part
 * between raw SQL statements that only creates (tables, columns, indexes, constraints, sequences,
 * enum types) is folded into the objects it leaves, each table created in its final shape at once.
 * The downgrade is the run's downgrades, newest first, folded the same way where a part only drops.
 * The result is checked by replay: it must leave the schema the run leaves, and its
 * downgrade the schema before the run; anything that cannot be carried is refused, naming the
 * revision.
 */
public final class SquashedRevisions {

    private SquashedRevisions() {
    }

    /**
     * The squash of the run from {@code from} up to {@code to} (ids; null for the lowest revision of
     * the line below {@code to}, and for the single head).
     */
    public static GeneratedRevisionSpec spec(RevisionChain chain, String from, String to, String packageName, String message,
            Instant createdAt) {
        List<String> run = SquashRun.of(chain.graph(), from, to);
        RevisionNode first = chain.graph().get(run.get(0));
        Schema before = chain.schemaAt(Set.copyOf(below(first)));
        Schema after = chain.schemaAt(Set.of(run.get(run.size() - 1)));

        List<Operation> upgrades = new ArrayList<>();
        for (String id : run) {
            upgrades.addAll(carried(chain, id, Direction.UPGRADE));
        }
        List<Operation> downgrades = new ArrayList<>();
        List<String> newestFirst = new ArrayList<>(run);
        Collections.reverse(newestFirst);
        for (String id : newestFirst) {
            downgrades.addAll(carried(chain, id, Direction.DOWNGRADE));
        }
        List<Operation> upgrade = folded(upgrades, before, chain, true);
        List<Operation> downgrade = folded(downgrades, after, chain, false);
        check(chain, upgrade, before, after, run, "upgrade");
        check(chain, downgrade, after, before, run, "downgrade");

        String text = message == null || message.isBlank()
                ? "squash " + run.get(0) + ".." + run.get(run.size() - 1) + " (" + run.size() + " revisions)"
                : message;
        return new GeneratedRevisionSpec(packageName, RevisionIds.newId(), first.parents(), text, List.of(), first.dependsOn(),
                upgrade.stream().map(WrittenOperation::of).toList(), downgrade.stream().map(WrittenOperation::of).toList(), createdAt,
                true, run);
    }

    private static List<String> below(RevisionNode node) {
        List<String> below = new ArrayList<>(node.parents());
        below.addAll(node.dependsOn());
        return below;
    }

    /**
     * A revision's operations as the squash carries them: the squash runs in one transaction, so a
     * concurrent index build or drop becomes a plain one; raw SQL from a revision that ran outside a
     * transaction may need to (VACUUM, ALTER TYPE ... ADD VALUE), and is refused.
     */
    private static List<Operation> carried(RevisionChain chain, String id, Direction direction) {
        boolean transactional = chain.revision(id).transactional();
        List<Operation> carried = new ArrayList<>();
        for (Operation operation : chain.operations(id, direction)) {
            if (operation instanceof CreateIndex create && create.concurrently()) {
                carried.add(new CreateIndex(create.table(), create.index(), false));
            } else if (operation instanceof DropIndex drop && drop.concurrently()) {
                carried.add(new DropIndex(drop.table(), drop.name(), false));
            } else if (operation instanceof ExecuteSql && !transactional) {
                throw new RevisionDefinitionException("Revision " + describe(chain, id) + " cannot be squashed: it runs raw SQL outside"
                        + " a transaction (transactional = false), which the squashed revision, one transaction, may not be able to"
                        + " run. Squash up to the revision before it, or from the one after it.");
            } else {
                carried.add(operation);
            }
        }
        return carried;
    }

    /**
     * The operations between raw SQL statements, each such part folded into the difference it makes
     * when the part only creates (upgrade) or only drops whole objects (downgrade); otherwise as
     * written. Raw SQL stays where it was, and meets exactly the schema it met in the run.
     */
    private static List<Operation> folded(List<Operation> operations, Schema start, RevisionChain chain, boolean upgrade) {
        List<Operation> folded = new ArrayList<>();
        Schema schema = start;
        int from = 0;
        while (from < operations.size()) {
            int to = from;
            while (to < operations.size() && !(operations.get(to) instanceof ExecuteSql)) {
                to++;
            }
            List<Operation> part = operations.subList(from, to);
            Schema end = schema;
            for (Operation operation : part) {
                end = operation.applyTo(end);
            }
            folded.addAll(fold(part, schema, end, chain, upgrade));
            if (to < operations.size()) {
                folded.add(operations.get(to));
            }
            schema = end;
            from = to + 1;
        }
        return folded;
    }

    private static List<Operation> fold(List<Operation> part, Schema start, Schema end, RevisionChain chain, boolean upgrade) {
        if (part.size() < 2) {
            return part;
        }
        List<Change> changes = SchemaDiff.compare(start, end, chain.dialect()::canonical).changes();
        // Only a part that creates, or drops, and nothing else is folded: an altered or renamed column
        // leaves traces the catalog keeps (a default cast to the column's first type), which a
        // freshly created one would not have.
        boolean foldable = part.stream().allMatch(operation -> upgrade ? creates(operation) : dropsWhole(operation))
                && changes.stream().allMatch(change -> upgrade ? adds(change.operation(), start) : dropsWhole(change.operation()));
        return foldable && changes.size() < part.size() ? changes.stream().map(Change::operation).toList() : part;
    }

    private static boolean creates(Operation operation) {
        return operation instanceof CreateTable || operation instanceof AddColumn || operation instanceof CreateIndex
                || operation instanceof CreateSequence || operation instanceof CreateEnum
                || operation instanceof AddConstraint add && !add.notValid() && add.usingIndex() == null;
    }

    private static boolean adds(Operation operation, Schema start) {
        return operation instanceof CreateTable || operation instanceof CreateIndex || operation instanceof CreateSequence
                || operation instanceof CreateEnum
                || operation instanceof AddConstraint add && start.table(add.table()).isEmpty();
    }

    private static boolean dropsWhole(Operation operation) {
        return operation instanceof DropTable || operation instanceof DropIndex || operation instanceof DropSequence
                || operation instanceof DropEnum || operation instanceof DropConstraint;
    }

    /** Replays the squash's operations: it must end where the run does, compared in the dialect's canonical form. */
    private static void check(RevisionChain chain, List<Operation> operations, Schema from, Schema expected, List<String> run,
            String direction) {
        Schema schema = from;
        try {
            for (Operation operation : operations) {
                schema = operation.applyTo(schema);
            }
        } catch (SchemaReplayException e) {
            throw new RevisionDefinitionException("The squash of " + run.get(0) + ".." + run.get(run.size() - 1) + " cannot "
                    + direction + ": " + e.getMessage() + ". Nothing was written.", e);
        }
        if (!chain.dialect().canonical(schema).equals(chain.dialect().canonical(expected))) {
            throw new RevisionDefinitionException("The squash of " + run.get(0) + ".." + run.get(run.size() - 1) + " would not leave"
                    + " the schema the revisions' " + direction + "s leave:\n  "
                    + String.join("\n  ", SchemaDiff.compare(schema, expected, chain.dialect()::canonical).describe())
                    + "\nNothing was written; squash a shorter run.");
        }
    }

    private static String describe(RevisionChain chain, String id) {
        RevisionNode node = chain.graph().nodeInAnyView(id);
        return id + (node.message().isBlank() ? "" : " (" + node.message() + ")") + " [" + node.source() + "]";
    }
}
