package io.retort.engine;

import java.util.Objects;
import java.util.Set;

/**
 * What the build knows of the code's chain at its heads: the heads and their {@link ChainDigest}.
 * With it, an upgrade to the heads of a database already there and verified reads three small
 * things and builds no graph, however long the history.
 */
public record ChainAtHead(Set<String> heads, String digest) {

    public ChainAtHead {
        heads = Set.copyOf(heads);
        Objects.requireNonNull(digest, "digest");
    }
}
