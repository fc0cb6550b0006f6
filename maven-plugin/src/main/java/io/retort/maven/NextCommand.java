package io.retort.maven;

import io.retort.engine.ChecksumMismatchException;
import io.retort.engine.DatabaseAheadException;
import io.retort.engine.DdlLockTimeoutException;
import io.retort.engine.LockTimeoutException;
import io.retort.engine.MigrationFailedException;
import io.retort.engine.StatementInDoubtException;
import io.retort.engine.ModelDriftException;
import io.retort.lint.LintFailedException;
import io.retort.revision.AmbiguousRevisionException;
import io.retort.revision.BelowBaseException;
import io.retort.revision.InvalidTargetException;
import io.retort.revision.MultipleHeadsException;
import io.retort.revision.UnknownRevisionException;
import java.util.Optional;

/** The command that moves on after a goal failed: the last line of every failure it knows. */
final class NextCommand {

    private NextCommand() {
    }

    static Optional<String> after(Throwable failure, String goal) {
        String command;
        if (failure instanceof ModelDriftException) {
            command = "mvn retort:revision -Dretort.autogenerate -Dretort.message=\"describe the change\"";
        } else if (failure instanceof ChecksumMismatchException) {
            command = "mvn retort:repair (after a deliberate edit; otherwise restore the revision as it was)";
        } else if (failure instanceof DatabaseAheadException) {
            command = "deploy the code that has the revision, or, if the database really is at this code's head: mvn retort:stamp"
                    + " -Dretort.target=head -Dretort.purge";
        } else if (failure instanceof LockTimeoutException) {
            command = "mvn retort:" + goal + " once the other process is done (mvn retort:current shows where it got)";
        } else if (failure instanceof DdlLockTimeoutException) {
            command = "end the session holding the lock (pid above: SELECT pg_terminate_backend(<pid>)) or let it finish, then: mvn retort:"
                    + goal;
        } else if (failure instanceof StatementInDoubtException) {
            command = "look at the database, then mvn retort:resume -Dretort.ran=true if the statement took effect, or"
                    + " -Dretort.ran=false if it did not; then: mvn retort:" + goal;
        } else if (failure instanceof MigrationFailedException failed) {
            command = "fix revision " + failed.revision() + ", then: mvn retort:" + goal;
        } else if (failure instanceof LintFailedException lint) {
            command = "write the safe form (docs/safety.md#" + lint.firstRule() + "), or accept the finding on its revision with"
                    + " @Allow(rule = \"" + lint.firstRule() + "\", reason = \"...\"); then: mvn retort:" + goal;
        } else if (failure instanceof MultipleHeadsException) {
            command = "mvn retort:merge -Dretort.message=\"merge heads\", or mvn retort:" + goal + " -Dretort.target=heads";
        } else if (failure instanceof UnknownRevisionException || failure instanceof AmbiguousRevisionException
                || failure instanceof InvalidTargetException || failure instanceof BelowBaseException) {
            command = "mvn retort:history (every revision id), then mvn retort:" + goal + " -Dretort.target=<one of them>";
        } else {
            return Optional.empty();
        }
        return Optional.of(command);
    }
}
