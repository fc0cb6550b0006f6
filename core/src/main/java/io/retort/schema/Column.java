package io.retort.schema;

import java.io.Serializable;
import java.util.Objects;

/**
 * A column as the schema snapshot holds it. {@code serverDefault} is SQL text such as
 * {@code 'pending'}, {@code true} or {@code CURRENT_TIMESTAMP}; {@code identity} marks a
 * database-generated integer key.
 */
public record Column(String name, ColumnType type, boolean nullable, String serverDefault, String comment, boolean identity)
        implements Serializable {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, null, null, false);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, serverDefault, comment, identity);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, serverDefault, comment, identity);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, serverDefault, comment, identity);
    }

    public Column withServerDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, comment, identity);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, serverDefault, newComment, identity);
    }
}
