package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.migration.Migration;
import io.retort.revision.RevisionNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A datasource's revisions as the build read and rendered them, written to one resource of the
 * application and read back only when a command needs the chain. Recording thousands of revisions as
 * recorder calls and maps put their bytecode on every start, however little the start had to do.
 *
 * @param revisions  each revision's node, transaction mode and declared timeouts, in the build's order
 * @param checksums  each revision's checksum on the datasource's dialect (empty when the build could not compute them)
 * @param statements each revision's upgrade SQL from its parents' schema, where the build rendered it
 */
public record BuiltChain(List<Entry> revisions, Map<String, String> checksums, Map<String, List<String>> statements) {

    private static final int FORMAT = 2;

    /** One revision's place in the graph and how it runs. */
    public record Entry(RevisionNode node, boolean transactional, DdlTimeouts.Overrides ddl) {
    }

    /** The chain over these revisions, each created by {@code factory} (by id) when its operations are first needed. */
    public RevisionChain chain(Dialect dialect, Function<String, Migration> factory) {
        List<LoadedRevision> loaded = new ArrayList<>(revisions.size());
        for (Entry entry : revisions) {
            String id = entry.node().id();
            loaded.add(new LoadedRevision(entry.node(), () -> factory.apply(id), entry.transactional(), entry.ddl()));
        }
        RevisionChain chain = RevisionChain.of(loaded, dialect);
        chain.useChecksums(checksums);
        chain.usePrerendered(statements);
        return chain;
    }

    public byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(revisions.size());
            for (Entry entry : revisions) {
                RevisionNode node = entry.node();
                string(out, node.id());
                strings(out, node.parents());
                strings(out, node.dependsOn());
                strings(out, new ArrayList<>(node.branchLabels()));
                string(out, node.message());
                string(out, node.source());
                strings(out, node.replaces());
                out.writeBoolean(entry.transactional());
                out.writeLong(millis(entry.ddl().lockTimeout()));
                out.writeLong(millis(entry.ddl().statementTimeout()));
                out.writeInt(entry.ddl().lockRetries() == null ? -1 : entry.ddl().lockRetries());
                string(out, checksums.get(node.id()));
                List<String> sql = statements.get(node.id());
                if (sql == null) {
                    out.writeInt(-1);
                } else {
                    strings(out, sql);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static BuiltChain read(InputStream input) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(input))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalStateException("The recorded revisions have format " + format + ", this Retort reads " + FORMAT
                        + ": rebuild the application");
            }
            int count = in.readInt();
            List<Entry> revisions = new ArrayList<>(count);
            Map<String, String> checksums = new LinkedHashMap<>();
            Map<String, List<String>> statements = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String id = string(in);
                List<String> parents = strings(in);
                List<String> dependsOn = strings(in);
                Set<String> labels = new LinkedHashSet<>(strings(in));
                String message = string(in);
                String source = string(in);
                RevisionNode node = new RevisionNode(id, parents, dependsOn, labels, message, source, strings(in));
                boolean transactional = in.readBoolean();
                DdlTimeouts.Overrides ddl = new DdlTimeouts.Overrides(duration(in.readLong()), duration(in.readLong()), retries(in.readInt()));
                revisions.add(new Entry(node, transactional, ddl));
                String checksum = string(in);
                if (checksum != null) {
                    checksums.put(id, checksum);
                }
                List<String> sql = strings(in);
                if (sql != null) {
                    statements.put(id, sql);
                }
            }
            return new BuiltChain(revisions, checksums, statements);
        } catch (IOException e) {
            throw new UncheckedIOException("The recorded revisions cannot be read", e);
        }
    }

    private static long millis(Duration duration) {
        return duration == null ? -1 : duration.toMillis();
    }

    private static Duration duration(long millis) {
        return millis < 0 ? null : Duration.ofMillis(millis);
    }

    private static Integer retries(int retries) {
        return retries < 0 ? null : retries;
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            return null;
        }
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(string(in));
        }
        return values;
    }
}
