package io.retort.migration;

import io.retort.schema.Column;
import io.retort.schema.ColumnType;

/** A column being declared; {@link ColumnOption}s fill it in. */
public final class ColumnSpec {

    final String name;
    final ColumnType type;
    boolean nullable = true;
    String serverDefault;
    String comment;
    boolean identity;
    boolean primaryKey;
    boolean unique;
    boolean indexed;
    String check;
    References references;

    ColumnSpec(String name, ColumnType type, ColumnOption... options) {
        this.name = name;
        this.type = type;
        for (ColumnOption option : options) {
            option.applyTo(this);
        }
        if (primaryKey) {
            nullable = false;
        }
    }

    Column toColumn() {
        return new Column(name, type, nullable, serverDefault, comment, identity);
    }
}
