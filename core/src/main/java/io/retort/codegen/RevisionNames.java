package io.retort.codegen;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Class names of generated revisions: {@code R<yyyyMMdd_HHmmss UTC>_<slug>}, so that revision files
 * list in creation order and say what they do ({@code R20261125_031500_add_user_table}).
 */
public final class RevisionNames {

    /** The longest slug; longer messages keep their leading words. */
    public static final int MAX_SLUG_LENGTH = 40;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    private RevisionNames() {
    }

    /** The class name for a revision created at {@code createdAt} with {@code message}. */
    public static String className(Instant createdAt, String message) {
        return "R" + STAMP.format(createdAt) + "_" + slug(message);
    }

    /**
     * Lowercase ASCII words of the message joined by {@code _}, at most {@link #MAX_SLUG_LENGTH}
     * characters, accents dropped ({@code "Café"} gives {@code cafe}); {@code revision} when no word is left.
     */
    public static String slug(String message) {
        String text = message == null ? "" : message;
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        // "user's" is one word, not "user" and "s".
        text = text.replaceAll("['\u2019]", "").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        for (String word : text.split("[^a-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (slug.length() == 0) {
                slug.append(word, 0, Math.min(word.length(), MAX_SLUG_LENGTH));
            } else if (slug.length() + 1 + word.length() <= MAX_SLUG_LENGTH) {
                slug.append('_').append(word);
            } else {
                break;
            }
        }
        return slug.length() == 0 ? "revision" : slug.toString();
    }
}
