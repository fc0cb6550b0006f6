package io.retort.engine;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * When a history row was written, in one form wherever Retort shows it (the goals, the Dev UI, the
 * docs): {@code 2026-12-05 04:12:33 UTC}. PostgreSQL hands back an instant with microseconds, SQLite
 * the text of its CURRENT_TIMESTAMP (UTC, to the second); seconds are what a reader of a history needs.
 */
final class AppliedAt {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private AppliedAt() {
    }

    static String format(Object value) {
        if (value instanceof OffsetDateTime instant) {
            return SHOWN.format(instant.withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (value instanceof LocalDateTime utc) {
            return SHOWN.format(utc);
        }
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        try {
            return SHOWN.format(LocalDateTime.parse(text.replace(' ', 'T')));
        } catch (java.time.format.DateTimeParseException e) {
            return text; // not a timestamp Retort wrote: shown as stored
        }
    }
}
