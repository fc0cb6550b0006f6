package io.retort.diff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note on a dropped and an added column of the same type that may be a rename, and the same
 * note for the downgrade, which undoes them the other way round.
 */
public final class RenameHints {

    private static final Pattern HINT = Pattern.compile(
            "maybe a rename of (\\S+) to (\\S+): use op\\.renameColumn\\(\"((?:[^\"\\\\]|\\\\.)*)\", [^)]*\\) instead");

    private RenameHints() {
    }

    static String of(String table, String from, String to) {
        return "maybe a rename of " + from + " to " + to + ": use op.renameColumn(\"" + table + "\", \"" + from + "\", \"" + to + "\") instead";
    }

    /** The hint for the downgrade of a change noted with {@link #of}; empty for any other note. */
    public static Optional<String> reversed(String note) {
        if (note == null) {
            return Optional.empty();
        }
        Matcher matcher = HINT.matcher(note);
        if (!matcher.find()) { // a destructive change's note has the hint after what it drops
            return Optional.empty();
        }
        String from = matcher.group(1);
        String to = matcher.group(2);
        return Optional.of("maybe a rename of " + to + " back to " + from + ": use op.renameColumn(\"" + matcher.group(3) + "\", \""
                + to + "\", \"" + from + "\") instead");
    }
}
