package io.retort.dialect.sqlite;

import io.retort.dialect.Dialect;
import io.retort.schema.Column;
import io.retort.schema.Index;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Changes a table the way SQLite documents for what ALTER TABLE cannot do (a type, nullability or
 * default change, adding or dropping a constraint): create the table as it should be under a
 * scratch name, copy every row across, drop the old table, rename the new one into its place and
 * re-create the indexes, which went with the old table.
 *
 * <p>This needs {@code PRAGMA foreign_keys = OFF} on the connection (see
 * {@link SqliteDialect#sessionSetup}): with it on, dropping a table that other tables reference
 * would delete or refuse their rows. The references themselves name the table, so they point at
 * the rebuilt one once it has the old name back.
 *
 * <p>The new table is written from the schema the revisions replay, which knows nothing raw SQL did
 * to the table. What SQLite drops with the old table is carried across as the database holds it:
 * the triggers on it, and indexes no revision declared, are saved from {@code sqlite_master} before
 * the drop and re-created after the rename ({@link Dialect#STATEMENTS_FROM}). A column no revision
 * declared cannot be carried (its definition would have to go into the new table), so a guard
 * stops the revision before anything changes, naming it.
 */
final class SqliteTableRebuild {

    static final String SCRATCH_PREFIX = "_retort_new_";

    /** Where the triggers and undeclared indexes wait while their table is rebuilt: a temporary table, gone with the connection. */
    private static final String CARRIED = "temp." + SqliteDdl.quote("_retort_carried");

    private SqliteTableRebuild() {
    }

    /** The statements turning {@code before} into {@code after} (same table name), keeping every row. */
    static List<String> statements(Table before, Table after) {
        String scratch = SCRATCH_PREFIX + after.name();
        List<String> statements = new ArrayList<>();
        statements.add(undeclaredColumnGuard(before));
        statements.add("CREATE TEMP TABLE IF NOT EXISTS " + CARRIED + " (" + SqliteDdl.quote("sql") + " TEXT NOT NULL)");
        // Indexes first (a trigger body cannot depend on them, but both go in the order they were created).
        statements.add("INSERT INTO " + CARRIED + " (" + SqliteDdl.quote("sql") + ") SELECT sql FROM main.sqlite_master WHERE tbl_name = "
                + SqliteDdl.literal(before.name()) + " AND sql IS NOT NULL AND (type = 'trigger' OR type = 'index' AND lower(name) NOT IN ("
                + lowered(before.indexes().stream().map(Index::name).toList()) + ")) ORDER BY type = 'trigger', rowid");
        statements.add(SqliteDdl.createTable(after, scratch));
        List<Column> kept = after.columns().stream().filter(c -> before.hasColumn(c.name())).toList();
        if (!kept.isEmpty()) {
            String columns = kept.stream().map(c -> SqliteDdl.quote(c.name())).collect(Collectors.joining(", "));
            String values = kept.stream().map(c -> copied(before.column(c.name()).orElseThrow(), c)).collect(Collectors.joining(", "));
            // In rowid order, so that the n-th row of the new table is the n-th of the old one (the guards pair them).
            statements.add("INSERT INTO " + SqliteDdl.quote(scratch) + " (" + columns + ") SELECT " + values
                    + " FROM " + SqliteDdl.quote(before.name()) + " ORDER BY rowid");
            for (Column column : kept) {
                SqliteConversionGuard.of(before.name(), scratch, before.column(column.name()).orElseThrow(), column)
                        .ifPresent(statements::add);
            }
        }
        if (SqliteDdl.inlineIdentity(before) != null && SqliteDdl.inlineIdentity(after) != null) {
            // Copying the rows only raises the new table's sequence to the highest id left; carry the
            // old one over so AUTOINCREMENT keeps its promise never to reuse an id.
            statements.add("DELETE FROM sqlite_sequence WHERE name = " + SqliteDdl.literal(scratch));
            statements.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + SqliteDdl.literal(scratch)
                    + ", seq FROM sqlite_sequence WHERE name = " + SqliteDdl.literal(before.name()));
        }
        statements.add("DROP TABLE " + SqliteDdl.quote(before.name()));
        // Since 3.25 RENAME rewrites and re-checks every view and trigger, and a view over the table fails
        // that check while the old table is gone ("error in view v: no such table"). The legacy rename
        // leaves them as written; they name the table, which has its old name back the moment after.
        statements.add("PRAGMA legacy_alter_table = ON");
        statements.add("ALTER TABLE " + SqliteDdl.quote(scratch) + " RENAME TO " + SqliteDdl.quote(after.name()));
        statements.add("PRAGMA legacy_alter_table = OFF");
        for (Index index : after.indexes()) {
            statements.add(SqliteDdl.createIndex(after.name(), index));
        }
        statements.add(Dialect.STATEMENTS_FROM + SqliteDdl.quote("sql") + " FROM " + CARRIED + " ORDER BY rowid");
        statements.add("DROP TABLE " + CARRIED);
        return statements;
    }

    /**
     * Fails the revision when the live table has a column the replayed one does not (added by raw
     * SQL): the new table would not have it. SQLite compares column names without regard to case.
     */
    private static String undeclaredColumnGuard(Table before) {
        String names = lowered(before.columns().stream().map(Column::name).toList());
        return Dialect.GUARD + "'Table ' || " + SqliteDdl.literal(SqliteDdl.quote(before.name())) + " || ' has column ' || quote(name)"
                + " || ', which no revision declares (raw SQL?), and rebuilding the table would lose it and its values;"
                + " declare it with op.addColumn in an earlier revision, or drop it first; nothing was changed'"
                + " FROM pragma_table_xinfo(" + SqliteDdl.literal(before.name()) + ") WHERE lower(name) NOT IN (" + names + ") LIMIT 1";
    }

    /** SQLite accepts an empty IN list, which matches nothing. */
    private static String lowered(List<String> names) {
        return names.stream().map(n -> SqliteDdl.literal(n.toLowerCase(Locale.ROOT))).collect(Collectors.joining(", "));
    }

    /** The value copied into a column: the old value, or its new default where a NULL would break NOT NULL. */
    private static String copied(Column old, Column now) {
        String quoted = SqliteDdl.quote(old.name());
        if (old.nullable() && !now.nullable() && now.serverDefault() != null && !SqliteDdl.isNull(now.serverDefault())) {
            return "COALESCE(" + quoted + ", " + SqliteDdl.defaultExpression(now.serverDefault()) + ")";
        }
        return quoted;
    }
}
