package io.retort.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The naming convention for constraints and indexes ({@code pk_}, {@code uq_}, {@code fk_},
 * {@code ck_}, {@code ix_}), so that introspected and replayed schemas, and autogenerate,
 * compare objects by name. Names longer than PostgreSQL's 63 bytes are shortened with a hash.
 */
public final class Names {

    static final int MAX_LENGTH = 63;

    private Names() {
    }

    public static String primaryKey(String table) {
        return fit("pk_" + table);
    }

    public static String unique(String table, List<String> columns) {
        return fit("uq_" + table + "_" + String.join("_", columns));
    }

    public static String foreignKey(String table, List<String> columns, String referencedTable) {
        return fit("fk_" + table + "_" + String.join("_", columns) + "_" + referencedTable);
    }

    public static String check(String table, String label) {
        return fit("ck_" + table + "_" + label);
    }

    public static String index(String table, List<String> columns) {
        return fit("ix_" + table + "_" + String.join("_", columns));
    }

    /** Keeps the readable start of a long name and appends a short hash of the whole. */
    static String fit(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_LENGTH) {
            return name;
        }
        String hash = sha256(name).substring(0, 8);
        String head = name;
        while (head.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH - 9) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "_" + hash;
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
