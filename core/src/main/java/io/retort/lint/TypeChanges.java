package io.retort.lint;

import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;

/**
 * Which column type changes PostgreSQL makes without rewriting the table: the ones that only relax
 * a limit on values already stored (a longer varchar, varchar to text, more numeric precision at
 * the same scale, more fractional-second precision). Everything else, int to bigint included,
 * rewrites the table and every index on it. A raw type is assumed to rewrite: Retort cannot tell.
 */
public final class TypeChanges {

    private TypeChanges() {
    }

    public static boolean rewrites(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return false;
        }
        if (from.kind() == Kind.STRING && to.kind() == Kind.STRING) {
            return to.length() != null && (from.length() == null || to.length() < from.length());
        }
        if (from.kind() == Kind.STRING && to.kind() == Kind.TEXT) {
            return false;
        }
        if (from.kind() == Kind.NUMERIC && to.kind() == Kind.NUMERIC) {
            if (to.precision() == null) {
                return false;
            }
            return from.precision() == null || to.precision() < from.precision() || !java.util.Objects.equals(from.scale(), to.scale());
        }
        if (from.kind() == to.kind() && (from.kind() == Kind.TIME || from.kind() == Kind.TIMESTAMP || from.kind() == Kind.TIMESTAMPTZ)) {
            return to.precision() != null && (from.precision() == null || to.precision() < from.precision());
        }
        return true;
    }
}
