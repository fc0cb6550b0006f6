package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.engine.ProgressStep.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors of a revision that stopped part way on a database whose DDL commits as it goes: each
 * says which statements took effect, which one is in doubt or failed, and what moves on.
 */
final class ProgressFailures {

    /** The command that records whether the statement in doubt took effect. */
    static final String RESUME = "mvn retort:resume -Dretort.ran=true|false";

    private ProgressFailures() {
    }

    static MigrationFailedException failed(RenderedStep rendered, int ordinal, Throwable failure, Dialect dialect) {
        if (failure instanceof RetortException retort) {
            return retort instanceof MigrationFailedException m ? m : new MigrationFailedException(rendered.id(), retort.getMessage(), null, retort);
        }
        String statement = rendered.statements().get(ordinal);
        String verb = verb(rendered);
        int total = rendered.statements().size();
        if (dialect.isConnectionLost(failure)) {
            return new MigrationFailedException(rendered.id(), "Revision " + RevisionChain.describe(rendered.revision()) + " was interrupted at"
                    + " statement " + (ordinal + 1) + " of " + total + ": the connection to the database was lost (" + Sql.reason(failure)
                    + ").\n  " + applied(rendered, ordinal) + " Run the " + verb + " again once the database is reachable: it goes on"
                    + " from there, or says what to check if that statement may have taken effect.", statement, failure);
        }
        String where = ordinal == 0
                ? "Nothing of the revision took effect; the database is still at " + Failures.describeRows(rendered.step().headsBefore()) + "."
                : applied(rendered, ordinal) + " The failing statement changed nothing.";
        return new MigrationFailedException(rendered.id(), "Revision " + RevisionChain.describe(rendered.revision()) + " failed to " + verb
                + " at statement " + (ordinal + 1) + " of " + total + ": " + Sql.reason(failure) + "\n  Statement: " + statement
                + "\n  " + where + " Fix the revision and run the " + verb + " again" + (ordinal == 0 ? "."
                        : ": it goes on from statement " + (ordinal + 1) + ", so leave the statements before it as they are."),
                statement, failure);
    }

    static StatementInDoubtException uncertain(RenderedStep rendered, Progress progress) {
        int ordinal = progress.done().size();
        return new StatementInDoubtException(rendered.id(), "Revision " + RevisionChain.describe(rendered.revision()) + " stopped part way"
                + " through its " + verb(rendered) + " (its process or connection ended): " + ran(progress.done().size()) + " of "
                + rendered.statements().size() + " took effect, and statement " + (ordinal + 1) + " was running and may or may not have:\n  "
                + progress.started() + "\n  It cannot safely run twice. Look at the database, then run `" + RESUME.replace("true|false", "true")
                + "` if it took effect, or `" + RESUME.replace("true|false", "false") + "` if it did not (the Retort.resolveProgress API"
                + " does the same); the next " + verb(rendered) + " goes on from there.", progress.started());
    }

    static MigrationFailedException changedSince(RenderedStep rendered, Progress progress, int ordinal) {
        String ran = ordinal < progress.done().size() ? progress.done().get(ordinal) : progress.started();
        String now = ordinal < rendered.statements().size() ? rendered.statements().get(ordinal) : "(no such statement any more)";
        return new MigrationFailedException(rendered.id(), "Revision " + RevisionChain.describe(rendered.revision()) + " stopped part way"
                + " through its " + verb(rendered) + " with " + ran(progress.done().size()) + " applied, but statement " + (ordinal + 1)
                + " reads differently now:\n  ran: " + ran + "\n  now: " + now + "\n  Retort goes on only from statements that took effect"
                + " as written. Put those statements back as they were (a fix belongs in the statements after them).", now, null);
    }

    static MigrationFailedException otherStepStopped(RenderedStep rendered, Progress progress) {
        return new MigrationFailedException(rendered.id(), "Revision " + progress.revision() + " stopped part way through its "
                + progress.direction() + " with " + ran(progress.done().size()) + " applied" + (progress.started() == null ? ""
                        : " and statement " + (progress.done().size() + 1) + " in doubt") + "; Retort will not " + verb(rendered) + " "
                + RevisionChain.describe(rendered.revision()) + " before it is finished. Run the " + progress.direction() + " of "
                + progress.revision() + " again" + (progress.started() == null ? "." : " after `" + RESUME + "`."), null, null);
    }

    /** "Statements 1-3 took effect and stay applied (MariaDB commits schema changes as they run)." */
    private static String applied(RenderedStep rendered, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add((i + 1) + ". " + rendered.statements().get(i));
        }
        return ran(count) + " took effect and stay applied (this database commits schema changes as they run); Retort recorded"
                + " them:\n    " + String.join("\n    ", lines) + "\n ";
    }

    private static String ran(int count) {
        return count == 0 ? "no statement" : count == 1 ? "statement 1" : "statements 1-" + count;
    }

    private static String verb(RenderedStep rendered) {
        return rendered.step().direction().name().toLowerCase();
    }
}
