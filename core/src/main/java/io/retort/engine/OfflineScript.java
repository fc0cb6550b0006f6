package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.revision.MigrationPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan written out as a SQL script for a DBA to run, with no database at hand (Alembic's
 * {@code --sql}): the same statements in the same order as the executed path, each revision in its
 * own transaction with its version-row change and history row.
 */
public final class OfflineScript {

    private final RevisionChain chain;
    private final VersionStore store;

    OfflineScript(RevisionChain chain, VersionStore store) {
        this.chain = chain;
        this.store = store;
    }

    /** The rendered steps of the plan; the script is these with bookkeeping around each. */
    public List<RenderedStep> steps(MigrationPlan plan) {
        return chain.render(plan);
    }

    public String write(MigrationPlan plan) {
        Dialect dialect = chain.dialect();
        List<String> out = new ArrayList<>();
        out.add("-- Retort " + plan.direction().name().toLowerCase() + " on " + dialect.name() + ": "
                + Failures.describeRows(plan.from()) + " -> " + Failures.describeRows(plan.to()));
        out.add("");
        dialect.scriptPreamble().forEach(sql -> out.add(sql + ";"));
        store.createTables().forEach(sql -> out.add(sql + ";"));
        for (RenderedStep step : steps(plan)) {
            String message = step.revision().node().message();
            out.add("");
            out.add("-- " + (step.step().direction().name().equals("UPGRADE") ? "Upgrade to " : "Downgrade from ")
                    + step.id() + (message.isBlank() ? "" : ": " + oneLine(message)));
            boolean transactional = step.transactional();
            if (transactional) {
                out.add("BEGIN;");
            }
            for (String sql : step.statements()) {
                if (sql.startsWith(Dialect.STATEMENTS_FROM)) {
                    out.add("-- Run each statement the next query returns (what the database holds and the revisions do not):");
                }
                out.add(sql + ";");
            }
            store.moveRows(step.step().headsBefore(), step.step().headsAfter()).forEach(s -> out.add(store.inline(s) + ";"));
            out.add(store.inline(store.recordHistory(step.id(), VersionStore.direction(step.step().direction()),
                    message, step.checksum(), 0)) + ";");
            if (transactional) {
                out.add("COMMIT;");
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** A message inside a {@code --} comment: any line break (\r too, which ends the comment for psql) becomes a space. */
    static String oneLine(String message) {
        return message.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    }
}
