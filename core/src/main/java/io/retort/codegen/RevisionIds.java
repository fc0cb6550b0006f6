package io.retort.codegen;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Ids for new revisions: 12 random lowercase hex digits, as Alembic makes them. */
public final class RevisionIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RevisionIds() {
    }

    /** A fresh random id such as {@code 5d1a0c3e9b27}. */
    public static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
