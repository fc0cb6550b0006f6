package io.retort.schema;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;

/**
 * A named index; {@code where} is the predicate of a partial index, or null; {@code descending}
 * says, column by column, which keys sort descending ({@code issued_on DESC}).
 */
public record Index(String name, List<String> columns, boolean unique, String where, List<Boolean> descending) implements Serializable {

    public Index {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Index " + name + " needs at least one column");
        }
        descending = descending == null ? Collections.nCopies(columns.size(), false) : List.copyOf(descending);
        if (descending.size() != columns.size()) {
            throw new IllegalArgumentException("Index " + name + " has " + columns.size() + " columns but " + descending.size()
                    + " sort orders");
        }
    }

    /** An index whose keys all sort ascending. */
    public Index(String name, List<String> columns, boolean unique, String where) {
        this(name, columns, unique, where, null);
    }

    /**
     * An index from key texts as users write them: a column name, optionally followed by
     * {@code ASC} or {@code DESC} ({@code "issued_on DESC"}).
     */
    public static Index of(String name, List<String> keys, boolean unique, String where) {
        List<String> columns = keys.stream().map(Index::column).toList();
        List<Boolean> descending = keys.stream().map(Index::isDescending).toList();
        return new Index(name, columns, unique, where, descending);
    }

    /** The same index with other column names (a rename), sort orders kept. */
    public Index withColumns(List<String> renamed) {
        return new Index(name, renamed, unique, where, descending);
    }

    /** The same index with another predicate text (a normalized one). */
    public Index withWhere(String predicate) {
        return new Index(name, columns, unique, predicate, descending);
    }

    /** The keys as users write them: {@code owner_id}, {@code issued_on DESC}. */
    public List<String> keys() {
        return java.util.stream.IntStream.range(0, columns.size())
                .mapToObj(i -> columns.get(i) + (descending.get(i) ? " DESC" : "")).toList();
    }

    private static String column(String key) {
        String trimmed = key.trim();
        String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
        if (upper.endsWith(" DESC")) {
            return trimmed.substring(0, trimmed.length() - 5).trim();
        }
        if (upper.endsWith(" ASC")) {
            return trimmed.substring(0, trimmed.length() - 4).trim();
        }
        return trimmed;
    }

    private static boolean isDescending(String key) {
        return key.trim().toUpperCase(java.util.Locale.ROOT).endsWith(" DESC");
    }
}
