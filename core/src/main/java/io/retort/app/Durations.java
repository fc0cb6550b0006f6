package io.retort.app;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written as Quarkus reads them: {@code 60s}, {@code 500ms}, {@code 2m}, {@code 1h}, {@code 1d}, a bare number of seconds, or ISO-8601 ({@code PT1M}). */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)?");

    private Durations() {
    }

    public static Duration parse(String key, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        Matcher matcher = SHORT.matcher(value);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            return Duration.parse(value.startsWith("p") ? value.toUpperCase(Locale.ROOT) : "PT" + value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + "=" + text + " is not a duration; write it as 60s, 500ms, 2m or PT1M");
        }
    }
}
