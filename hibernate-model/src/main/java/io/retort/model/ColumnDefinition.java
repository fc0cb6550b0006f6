package io.retort.model;

import java.util.List;
import java.util.Locale;

/**
 * A {@code @Column(columnDefinition = ...)} as Hibernate writes it into its DDL, verbatim after the
 * column name: the type, then optionally {@code DEFAULT <expression>} and {@code [NOT] NULL}. What
 * else a definition may say (CHECK, UNIQUE, REFERENCES, COLLATE, GENERATED) is reported as not mapped.
 *
 * @param type the type text ({@code numeric(8,3)})
 * @param serverDefault the DEFAULT expression, or null
 * @param notNull whether the definition says NOT NULL
 * @param unmapped the clause Retort cannot carry, or null
 */
record ColumnDefinition(String type, String serverDefault, boolean notNull, String unmapped) {

    private static final List<String> CLAUSES = List.of("default", "not null", "null", "check", "unique", "primary key",
            "references", "collate", "generated", "constraint");

    static ColumnDefinition parse(String definition) {
        String text = definition.trim();
        int typeEnd = nextClause(text, 0);
        String type = text.substring(0, typeEnd).trim();
        String serverDefault = null;
        boolean notNull = false;
        String unmapped = null;
        int at = typeEnd;
        while (at < text.length()) {
            String rest = text.substring(at).toLowerCase(Locale.ROOT);
            if (rest.startsWith("default")) {
                int end = nextClause(text, at + "default".length());
                serverDefault = text.substring(at + "default".length(), end).trim();
                at = end;
            } else if (rest.startsWith("not null")) {
                notNull = true;
                at = nextClause(text, at + "not null".length());
            } else if (rest.startsWith("null")) {
                at = nextClause(text, at + "null".length());
            } else {
                unmapped = text.substring(at).trim();
                break;
            }
        }
        return new ColumnDefinition(type, serverDefault, notNull, unmapped);
    }

    /** The start of the next clause keyword at or after {@code from}, outside quotes and parentheses; the end otherwise. */
    private static int nextClause(String text, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                String rest = text.substring(i).toLowerCase(Locale.ROOT);
                for (String clause : CLAUSES) {
                    if (rest.startsWith(clause) && (rest.length() == clause.length() || !Character.isLetterOrDigit(rest.charAt(clause.length())))) {
                        return i;
                    }
                }
            }
        }
        return text.length();
    }
}
