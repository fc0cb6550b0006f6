package io.retort.operation;

import io.retort.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raw SQL, optionally spelled differently per dialect ({@code "postgresql"}, {@code "sqlite"}).
 * Replay cannot see what raw SQL does, so it leaves the snapshot unchanged: use it for data and for
 * objects the snapshot does not track (functions, triggers, extensions).
 */
public record ExecuteSql(String sql, Map<String, String> perDialect) implements Operation {

    public ExecuteSql {
        perDialect = Map.copyOf(perDialect == null ? Map.of() : perDialect);
        if ((sql == null || sql.isBlank()) && perDialect.isEmpty()) {
            throw new IllegalArgumentException("execute: no SQL given");
        }
    }

    /** The SQL to run on a dialect, or empty when this statement does not apply to it. */
    public Optional<String> sqlFor(String dialect) {
        return Optional.ofNullable(perDialect.getOrDefault(dialect, sql));
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    @Override
    public List<Operation> reverse(Schema before) {
        throw new UnsupportedOperationException("Raw SQL cannot be reversed automatically: write its undo in downgrade()");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.executeSql(this);
    }

    @Override
    public String describe() {
        String text = sql != null ? sql : perDialect.values().iterator().next();
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return "execute " + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine);
    }
}
