package io.retort.engine;

import io.retort.schema.Names;
import java.util.Set;
import java.util.TreeSet;

/**
 * One SHA-256 standing for a database's whole applied chain: its version rows and the checksum of
 * every revision they imply. The build computes it for the code's heads; a run that verified every
 * applied checksum writes it beside the version rows; a start finding both equal knows the applied
 * revisions are the code's without reading their history.
 */
public final class ChainDigest {

    private ChainDigest() {
    }

    /** The digest of the chain applied when the version rows are {@code rows}, with today's checksums. */
    public static String of(Set<String> rows, RevisionChain chain) {
        StringBuilder text = new StringBuilder("heads");
        new TreeSet<>(rows).forEach(id -> text.append(' ').append(id));
        text.append('\n');
        io.retort.revision.RevisionGraph view = chain.graph().viewFor(rows);
        for (String id : new TreeSet<>(view.appliedSet(view.canonicalRows(rows)))) {
            text.append(id).append(' ').append(chain.checksum(id)).append('\n');
        }
        return Names.sha256(text.toString());
    }
}
