package io.retort.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.retort.dialect.sqlite.SqliteCreateTableParser.DeclaredConstraint;
import io.retort.dialect.sqlite.SqliteCreateTableParser.DeclaredTable;
import io.retort.dialect.sqlite.SqliteCreateTableParser.Kind;
import io.retort.schema.ColumnType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names, checks and partial-index predicates read out of stored CREATE text; expressions and types normalized. */
class SqliteCreateTableParserTest {

    @Test
    void readsTableAndColumnLevelConstraints() {
        DeclaredTable table = SqliteCreateTableParser.parseTable("CREATE TABLE \"a \"\"b\"\"\" (\n"
                + "  id INTEGER NOT NULL CONSTRAINT [pk a] PRIMARY KEY AUTOINCREMENT,\n"
                + "  \"x, y\" VARCHAR(10) DEFAULT (lower('A,B')) CHECK (length(\"x, y\") > 1) UNIQUE,\n"
                + "  `ref` INTEGER CONSTRAINT fk_inline REFERENCES other(id) ON DELETE CASCADE,\n"
                + "  CONSTRAINT \"uq \"\"two\"\"\" UNIQUE (id, \"x, y\"),\n"
                + "  CONSTRAINT ck_odd CHECK ( (id % 2) = 1 AND \"x, y\" <> ')' ), -- a comment, with a comma\n"
                + "  FOREIGN KEY (ref) REFERENCES \"Other T\" (id)\n"
                + ")");
        assertEquals(Set.of("id"), table.autoincrementColumns());
        assertEquals(List.of(new DeclaredConstraint(Kind.PRIMARY_KEY, "pk a", List.of("id"), null, null)), table.of(Kind.PRIMARY_KEY));
        assertEquals(List.of(new DeclaredConstraint(Kind.UNIQUE, null, List.of("x, y"), null, null),
                new DeclaredConstraint(Kind.UNIQUE, "uq \"two\"", List.of("id", "x, y"), null, null)), table.of(Kind.UNIQUE));
        assertEquals(List.of(new DeclaredConstraint(Kind.CHECK, null, List.of(), "length(\"x, y\") > 1", null),
                new DeclaredConstraint(Kind.CHECK, "ck_odd", List.of(), "(id % 2) = 1 AND \"x, y\" <> ')'", null)), table.of(Kind.CHECK));
        assertEquals(List.of(new DeclaredConstraint(Kind.FOREIGN_KEY, "fk_inline", List.of("ref"), null, "other"),
                new DeclaredConstraint(Kind.FOREIGN_KEY, null, List.of("ref"), null, "Other T")), table.of(Kind.FOREIGN_KEY));
    }

    @Test
    void readsPartialIndexPredicate() {
        assertEquals("\"a\" > 1 AND b = 'x WHERE y'",
                SqliteCreateTableParser.indexWhere("CREATE UNIQUE INDEX \"ix where\" ON \"t (x)\" (\"a\", b) WHERE \"a\" > 1 AND b = 'x WHERE y'"));
        assertNull(SqliteCreateTableParser.indexWhere("CREATE INDEX ix ON t (a)"));
        assertNull(SqliteCreateTableParser.indexWhere(null));
    }

    @Test
    void normalizesExpressionsAndDefaults() {
        assertEquals("amount>=0", SqliteExpressions.normalize("((\"AMOUNT\" >= 0))"));
        assertEquals("status!='Open' and \"my col\" is not null", SqliteExpressions.normalize("Status <> 'Open'  AND \"My Col\" IS NOT NULL"));
        assertEquals("(a=1)or(b=2)", SqliteExpressions.normalize("(a = 1) OR (b == 2)"));
        assertEquals("CURRENT_TIMESTAMP", SqliteExpressions.normalizeDefault("current_timestamp"));
        assertEquals("true", SqliteExpressions.normalizeDefault("TRUE"));
        assertEquals("1+2", SqliteExpressions.normalizeDefault("(1 + 2)"));
        assertEquals("'It''s'", SqliteExpressions.normalizeDefault("'It''s'"));
        assertNull(SqliteExpressions.normalizeDefault(null));
    }

    @Test
    void typesMapBothWays() {
        for (ColumnType type : List.of(ColumnType.string(12), ColumnType.numeric(10, 2), ColumnType.numeric(5, null),
                ColumnType.of(ColumnType.Kind.TIMESTAMPTZ), ColumnType.of(ColumnType.Kind.BYTES), ColumnType.of(ColumnType.Kind.DOUBLE),
                ColumnType.raw("citext"))) {
            assertEquals(type, SqliteTypes.parse(SqliteTypes.render(type)), type.toString());
        }
        assertEquals(ColumnType.string(20), SqliteTypes.parse("varchar ( 20 )"));
        assertEquals(ColumnType.raw("nvarchar(20)"), SqliteTypes.parse("nvarchar(20)"));
        assertEquals(ColumnType.string(20), SqliteTypes.canonical(ColumnType.raw("VARCHAR(20)")));
    }
}
