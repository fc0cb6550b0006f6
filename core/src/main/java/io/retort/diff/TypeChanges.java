package io.retort.diff;

import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import java.util.Map;
import java.util.Set;

/** Whether a column type change can lose data: anything but a widening may. */
final class TypeChanges {

    /** Kind changes that hold every value of the old kind. */
    private static final Map<Kind, Set<Kind>> WIDENINGS = Map.of(
            Kind.SMALLINT, Set.of(Kind.INTEGER, Kind.BIGINT),
            Kind.INTEGER, Set.of(Kind.BIGINT),
            Kind.STRING, Set.of(Kind.TEXT),
            Kind.REAL, Set.of(Kind.DOUBLE));

    private TypeChanges() {
    }

    /** Why changing {@code from} to {@code to} may lose data, or null when it only widens. */
    static String narrowing(String column, ColumnType from, ColumnType to) {
        if (from.equals(to) || WIDENINGS.getOrDefault(from.kind(), Set.of()).contains(to.kind())) {
            return null;
        }
        String change = column + " from " + from + " to " + to;
        if (from.kind() == Kind.STRING && to.kind() == Kind.STRING) {
            return fits(from.length(), to.length()) ? null : "shortens " + change + ": longer values no longer fit";
        }
        if (from.kind() == Kind.NUMERIC && to.kind() == Kind.NUMERIC) {
            return numericFits(from, to) ? null : "narrows " + change + ": some values lose digits or no longer fit";
        }
        return "changes " + change + ": existing values may not convert";
    }

    /** A null length or precision is unbounded. */
    private static boolean fits(Integer from, Integer to) {
        return to == null || from != null && to >= from;
    }

    private static boolean numericFits(ColumnType from, ColumnType to) {
        if (to.precision() == null) {
            return true;
        }
        if (from.precision() == null) {
            return false;
        }
        int fromScale = from.scale() == null ? 0 : from.scale();
        int toScale = to.scale() == null ? 0 : to.scale();
        return toScale >= fromScale && to.precision() - toScale >= from.precision() - fromScale;
    }
}
