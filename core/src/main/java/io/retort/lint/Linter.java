package io.retort.lint;

import io.retort.engine.LoadedRevision;
import io.retort.engine.RevisionChain;
import io.retort.migration.Ops;
import io.retort.operation.AddConstraint;
import io.retort.operation.CreateTable;
import io.retort.operation.DropConstraint;
import io.retort.operation.ExecuteSql;
import io.retort.operation.Operation;
import io.retort.operation.RenameTable;
import io.retort.operation.ValidateConstraint;
import io.retort.revision.Direction;
import io.retort.revision.RevisionNode;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rules over the upgrades of chosen revisions, in graph order, each operation seen against
 * the schema replayed up to it: a table the revision created itself is new and empty, so nothing
 * built on it can block anyone. The rules are PostgreSQL's; on another database nothing is linted.
 */
public final class Linter {

    private Linter() {
    }

    /** Lints {@code revisions} of the chain; {@code entities} is the entity model when the caller has one. */
    public static LintReport lint(RevisionChain chain, Collection<String> revisions, Optional<Schema> entities) {
        Set<String> chosen = new HashSet<>(revisions);
        List<Finding> findings = new ArrayList<>();
        List<NotAnalyzed> notAnalyzed = new ArrayList<>();
        if (!chain.dialect().name().equals(Ops.POSTGRESQL)) {
            return new LintReport(chain.dialect().name(), 0, findings, notAnalyzed);
        }
        int linted = 0;
        for (RevisionNode node : chain.graph().ordered()) {
            if (chosen.contains(node.id())) {
                lintRevision(chain, node, entities, findings, notAnalyzed);
                linted++;
            }
        }
        return new LintReport(chain.dialect().name(), linted, findings, notAnalyzed);
    }

    private static void lintRevision(RevisionChain chain, RevisionNode node, Optional<Schema> entities, List<Finding> findings,
            List<NotAnalyzed> notAnalyzed) {
        LoadedRevision revision = chain.revision(node.id());
        Map<String, String> allowed = Allowances.of(node.id(), revision.newInstance().getClass());
        Set<String> below = new HashSet<>(node.parents());
        below.addAll(node.dependsOn());
        Schema before = below.isEmpty() ? Schema.EMPTY : chain.schemaAt(below);
        List<Operation> operations = chain.operations(node.id(), Direction.UPGRADE);
        List<Finding> found = new ArrayList<>();
        if (!revision.transactional() && operations.size() > 1) {
            found.add(finding(node, Rules.NON_TRANSACTIONAL_MIX, "revision", operations.size()
                    + " statements outside a transaction: a failure after the first leaves them applied and the revision unrecorded"));
        }
        Schema current = before;
        Set<String> created = new HashSet<>();
        Set<String> notValidated = notValidatedBelow(chain, below);
        Set<String> addedNotValid = new HashSet<>();
        for (Operation operation : operations) {
            LintContext context = new LintContext(node.id(), revision.transactional(), operations, before, current, created, entities,
                    notValidated, addedNotValid);
            if (operation instanceof ExecuteSql) {
                notAnalyzed.add(new NotAnalyzed(node.id(), operation.describe()));
            } else {
                Rules.check(context, operation).forEach(fired -> found.add(finding(node, fired.rule(), operation.describe(), fired.detail())));
            }
            Rules.lockTimeout(context, operation).ifPresent(fired -> found.add(finding(node, fired.rule(), operation.describe(), fired.detail())));
            Rules.backfillWithDdl(context, operation)
                    .ifPresent(fired -> found.add(finding(node, fired.rule(), operation.describe(), fired.detail())));
            track(operation, notValidated, addedNotValid);
            if (operation instanceof CreateTable create) {
                created.add(create.table().name());
            } else if (operation instanceof RenameTable rename && created.remove(rename.from())) {
                created.add(rename.to());
            }
            try {
                current = operation.applyTo(current);
            } catch (SchemaReplayException e) {
                throw new IllegalStateException("Revision " + node.id() + " cannot upgrade: " + e.getMessage(), e);
            }
        }
        for (Finding finding : found) {
            String reason = allowed.get(finding.rule().id());
            findings.add(reason == null ? finding : finding.allow(reason));
        }
    }

    /** The constraints the revisions below added NOT VALID and never validated. */
    private static Set<String> notValidatedBelow(RevisionChain chain, Set<String> below) {
        Set<String> notValidated = new HashSet<>();
        if (below.isEmpty()) {
            return notValidated;
        }
        Set<String> applied = chain.graph().appliedSet(below);
        for (RevisionNode node : chain.graph().ordered()) {
            if (applied.contains(node.id())) {
                chain.operations(node.id(), Direction.UPGRADE).forEach(operation -> track(operation, notValidated, new HashSet<>()));
            }
        }
        return notValidated;
    }

    private static void track(Operation operation, Set<String> notValidated, Set<String> addedNotValid) {
        if (operation instanceof AddConstraint add && add.notValid()) {
            notValidated.add(add.constraint().name());
            addedNotValid.add(add.constraint().name());
        } else if (operation instanceof ValidateConstraint validate) {
            notValidated.remove(validate.name());
        } else if (operation instanceof DropConstraint drop) {
            notValidated.remove(drop.name());
        }
    }

    private static Finding finding(RevisionNode node, Rule rule, String operation, String detail) {
        return new Finding(node.id(), node.message(), rule, operation, detail, null);
    }
}
