package io.retort.schema;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A schema snapshot as a string, so a build can hand the entity model to run time (Quarkus records
 * strings; the snapshot's records are serializable).
 */
public final class SchemaSnapshots {

    private SchemaSnapshots() {
    }

    public static String encode(Schema schema) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(schema.tables().values()));
            out.writeObject(new ArrayList<>(schema.sequences().values()));
            out.writeObject(new ArrayList<>(schema.enums().values()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the schema snapshot", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @SuppressWarnings("unchecked")
    public static Schema decode(String encoded) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
            List<Table> tables = (List<Table>) in.readObject();
            List<Sequence> sequences = (List<Sequence>) in.readObject();
            List<EnumType> enums = (List<EnumType>) in.readObject();
            return Schema.of(tables, sequences).withEnums(enums);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot decode the recorded schema snapshot: " + e.getMessage(), e);
        }
    }
}
