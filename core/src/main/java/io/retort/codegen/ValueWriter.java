package io.retort.codegen;

import com.squareup.javapoet.CodeBlock;
import io.retort.migration.ColumnOptions;
import io.retort.migration.ColumnTypes;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import io.retort.schema.ForeignKey;
import io.retort.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The serializer registry: turns the values inside operations (column types, column attributes,
 * foreign key targets, column lists) into DSL expressions. A value the DSL cannot express exactly is
 * refused with an {@link IllegalArgumentException}, never approximated.
 */
final class ValueWriter {

    private final StaticImports imports;
    private final Map<Kind, Function<ColumnType, CodeBlock>> types = new EnumMap<>(Kind.class);

    ValueWriter(StaticImports imports) {
        this.imports = imports;
        types.put(Kind.STRING, t -> typeCall("string", CodeBlock.of("$L", t.length())));
        types.put(Kind.TEXT, t -> typeCall("text"));
        types.put(Kind.SMALLINT, t -> typeCall("smallint"));
        types.put(Kind.INTEGER, t -> typeCall("integer"));
        types.put(Kind.BIGINT, t -> typeCall("bigint"));
        types.put(Kind.REAL, t -> typeCall("real"));
        types.put(Kind.DOUBLE, t -> typeCall("doublePrecision"));
        types.put(Kind.NUMERIC, t -> typeCall("numeric", CodeBlock.of("$L", t.precision()), CodeBlock.of("$L", t.scale())));
        types.put(Kind.BOOLEAN, t -> typeCall("bool"));
        types.put(Kind.DATE, t -> typeCall("date"));
        types.put(Kind.TIME, t -> temporalCall("time", t));
        types.put(Kind.TIMESTAMP, t -> temporalCall("timestamp", t));
        types.put(Kind.TIMESTAMPTZ, t -> temporalCall("timestampTz", t));
        types.put(Kind.UUID, t -> typeCall("uuid"));
        types.put(Kind.JSON, t -> typeCall("json"));
        types.put(Kind.BYTES, t -> typeCall("bytes"));
        types.put(Kind.RAW, t -> typeCall("raw", CodeBlock.of("$S", t.raw())));
    }

    /** The {@code ColumnTypes} call that builds exactly this type. */
    CodeBlock type(ColumnType type) {
        Function<ColumnType, CodeBlock> writer = types.get(type.kind());
        if (writer == null) {
            throw new IllegalArgumentException("no writer for column type kind " + type.kind());
        }
        CodeBlock code = writer.apply(type);
        if (!type.equals(rebuilt(type))) {
            throw new IllegalArgumentException("column type " + type + " " + type.kind()
                    + "(length=" + type.length() + ", precision=" + type.precision() + ", scale=" + type.scale()
                    + ", raw=" + type.raw() + ") has no ColumnTypes equivalent");
        }
        return code;
    }

    // What the written call evaluates to; equal to the input only when nothing is lost.
    private static ColumnType rebuilt(ColumnType type) {
        switch (type.kind()) {
            case STRING:
                return type.length() == null ? null : ColumnType.string(type.length());
            case NUMERIC:
                return type.precision() == null || type.scale() == null ? null : ColumnType.numeric(type.precision(), type.scale());
            case RAW:
                return ColumnType.raw(type.raw());
            case TIME:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return ColumnType.temporal(type.kind(), type.precision());
            default:
                return ColumnType.of(type.kind());
        }
    }

    private CodeBlock temporalCall(String member, ColumnType type) {
        return type.precision() == null ? typeCall(member) : typeCall(member, CodeBlock.of("$L", type.precision()));
    }

    private CodeBlock typeCall(String member, CodeBlock... args) {
        return imports.call(ColumnTypes.class, member, List.of(args));
    }

    /**
     * The options giving a column its own attributes (identity, NOT NULL, default, comment), in the
     * order a person writes them; {@code impliedNotNull} when a primary key option already says it.
     */
    List<CodeBlock> attributes(Column column, boolean impliedNotNull, List<CodeBlock> keyOptions, List<CodeBlock> objectOptions) {
        List<CodeBlock> options = new ArrayList<>(keyOptions);
        if (column.identity()) {
            options.add(option("identity"));
        }
        if (!column.nullable() && !impliedNotNull) {
            options.add(option("notNull"));
        }
        if (column.serverDefault() != null) {
            options.add(option("serverDefault", CodeBlock.of("$S", column.serverDefault())));
        }
        options.addAll(objectOptions);
        if (column.comment() != null) {
            options.add(option("comment", CodeBlock.of("$S", column.comment())));
        }
        return options;
    }

    CodeBlock option(String member, CodeBlock... args) {
        return imports.call(ColumnOptions.class, member, List.of(args));
    }

    /** {@code references("t", "c")} or {@code references("t", List.of(...))}, with its actions and, if given, its name. */
    CodeBlock references(ForeignKey fk, String name) {
        CodeBlock target = fk.referencedColumns().size() == 1
                ? CodeBlock.of("$S", fk.referencedColumns().get(0))
                : stringList(fk.referencedColumns());
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$L", option("references", CodeBlock.of("$S", fk.referencedTable()), target));
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            code.add("$Z.onDelete($L)", action(fk.onDelete()));
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            code.add("$Z.onUpdate($L)", action(fk.onUpdate()));
        }
        if (name != null) {
            code.add("$Z.named($S)", name);
        }
        return code.build();
    }

    private CodeBlock action(ReferentialAction action) {
        return imports.constant(ReferentialAction.class, Objects.requireNonNull(action).name());
    }

    /** Arguments separated where a long line may wrap. */
    static CodeBlock arguments(List<CodeBlock> args) {
        return CodeBlock.join(args, ",$W");
    }

    /** {@code "a", "b"} for a varargs parameter. */
    static CodeBlock strings(List<String> values) {
        return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
    }

    /** {@code List.of("a", "b")}. */
    static CodeBlock stringList(List<String> values) {
        return CodeBlock.of("$T.of($L)", List.class, strings(values));
    }

    /** One column, or {@code List.of(...)} for several, as {@code addForeignKey} and {@code foreignKey} take them. */
    static CodeBlock columnOrList(List<String> columns) {
        return columns.size() == 1 ? CodeBlock.of("$S", columns.get(0)) : stringList(columns);
    }
}
