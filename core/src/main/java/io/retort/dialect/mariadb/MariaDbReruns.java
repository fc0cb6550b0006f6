package io.retort.dialect.mariadb;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of a statement Retort rendered that can run a second time without harm, for the one
 * statement of a revision that was running when its process died: MariaDB's IF [NOT] EXISTS on
 * each kind of change. A statement is matched by its leading words and backtick-quoted names,
 * which only Retort's rendering writes this way; raw SQL and changes with no such form have none.
 */
final class MariaDbReruns {

    /** A backtick-quoted name, with doubled backticks inside. */
    private static final String NAME = "`(?:[^`]|``)*`";

    private record Rewrite(Pattern pattern, String replacement) {
    }

    private static final List<Rewrite> REWRITES = List.of(
            rewrite("^(CREATE TABLE) (" + NAME + " \\()", "$1 IF NOT EXISTS $2"),
            rewrite("^(DROP TABLE) (" + NAME + ")$", "$1 IF EXISTS $2"),
            rewrite("^(RENAME TABLE) (" + NAME + " TO " + NAME + ")$", "$1 IF EXISTS $2"),
            rewrite("^(CREATE (?:UNIQUE )?INDEX) (" + NAME + " ON )", "$1 IF NOT EXISTS $2"),
            rewrite("^(DROP INDEX) (" + NAME + " ON " + NAME + ")$", "$1 IF EXISTS $2"),
            rewrite("^(CREATE SEQUENCE) (" + NAME + " START)", "$1 IF NOT EXISTS $2"),
            rewrite("^(DROP SEQUENCE) (" + NAME + ")$", "$1 IF EXISTS $2"),
            rewrite("^(ALTER TABLE " + NAME + " ADD COLUMN) (" + NAME + " )", "$1 IF NOT EXISTS $2"),
            rewrite("^(ALTER TABLE " + NAME + " RENAME COLUMN) (" + NAME + " TO " + NAME + ")$", "$1 IF EXISTS $2"),
            rewrite("^(ALTER TABLE " + NAME + " ADD CONSTRAINT) (" + NAME + " CHECK )", "$1 IF NOT EXISTS $2"),
            rewrite("^(ALTER TABLE " + NAME + " ADD CONSTRAINT " + NAME + " UNIQUE) (\\()", "$1 IF NOT EXISTS $2"),
            rewrite("^(ALTER TABLE " + NAME + " ADD CONSTRAINT " + NAME + " FOREIGN KEY) (\\()", "$1 IF NOT EXISTS $2"),
            rewrite("^(ALTER TABLE " + NAME + " RENAME INDEX) (" + NAME + " TO " + NAME + ")$", "$1 IF EXISTS $2"),
            // Setting a column's whole definition or its default twice ends where setting it once does.
            rewrite("^(ALTER TABLE " + NAME + " MODIFY COLUMN " + NAME + " .*)$", "$1"),
            rewrite("^(ALTER TABLE " + NAME + " ALTER COLUMN " + NAME + " (?:SET|DROP) DEFAULT.*)$", "$1"));

    private MariaDbReruns() {
    }

    private static Rewrite rewrite(String pattern, String replacement) {
        return new Rewrite(Pattern.compile(pattern, Pattern.DOTALL), replacement);
    }

    /** One clause of an ALTER TABLE that only drops: an index, a constraint, a foreign key or a column (maybe IF EXISTS already). */
    private static final Pattern DROP_CLAUSE = Pattern.compile("DROP (INDEX|CONSTRAINT|FOREIGN KEY|COLUMN)(?: IF EXISTS)? (" + NAME + ")");

    private static final Pattern DROPS = Pattern.compile("^ALTER TABLE " + NAME + " (" + DROP_CLAUSE.pattern() + ")(, "
            + DROP_CLAUSE.pattern() + ")*$", Pattern.DOTALL);

    static Optional<String> rerunnable(String statement) {
        if (DROPS.matcher(statement).matches()) {
            // Each clause IF EXISTS: what the first run dropped is skipped, the rest is dropped.
            return Optional.of(DROP_CLAUSE.matcher(statement).replaceAll("DROP $1 IF EXISTS $2"));
        }
        for (Rewrite rewrite : REWRITES) {
            Matcher matcher = rewrite.pattern().matcher(statement);
            if (matcher.find()) {
                return Optional.of(matcher.replaceFirst(rewrite.replacement()));
            }
        }
        return Optional.empty();
    }
}
