package io.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a migration writes and what PostgreSQL prints back normalize to the same text. */
class PostgresExpressionsTest {

    private static void same(String written, String printedByPostgres) {
        assertEquals(PostgresExpressions.normalize(written), PostgresExpressions.normalize(printedByPostgres),
                written + "  vs  " + printedByPostgres);
    }

    @Test
    void defaults() {
        same("'pending'", "'pending'::character varying");
        same("TRUE", "true");
        same("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP");
        same("now()", "CURRENT_TIMESTAMP");
        same("priority BETWEEN 0 AND 3", "((priority >= 0) AND (priority <= 3))");
        same("previousstatus between 0 and 2", "(previousstatus >= 0) and (previousstatus <= 2)");
        same("'[]'", "'[]'::jsonb");
        same("-1", "'-1'::integer");
        same("-1.5", "'-1.5'::numeric");
        same("0", "0");
        same("'it''s'", "'it''s'::text");
        same("'2020-01-01 10:00'", "'2020-01-01 10:00'::timestamp without time zone");
        same("'x'", "'x'::timestamp(3) with time zone");
        assertEquals("CURRENT_TIMESTAMP", PostgresExpressions.normalize("current_timestamp"));
        assertEquals("'pending'", PostgresExpressions.normalize("'pending'::character varying"));
        assertNull(PostgresExpressions.normalize(null));
        assertNull(PostgresExpressions.normalize("  "));
    }

    @Test
    void checks() {
        same("amount >= 0", "(amount >= 0)");
        same("Amount >= 0 AND amount < 100", "((amount >= 0) AND (amount < 100))");
        same("status = 'open'", "((status)::text = 'open'::text)");
        same("status IN ('open', 'closed')",
                "((status)::text = ANY ((ARRAY['open'::character varying, 'closed'::character varying])::text[]))");
        same("status NOT IN ('a')", "((status)::text <> ALL ((ARRAY['a'::character varying])::text[]))");
        same("\"order\" > 0", "(\"order\" > 0)");
        same("\"Amount\" > 0", "(\"Amount\" > 0)");
        same("\"status\" != 'x'", "((status)::text <> 'x'::text)");
        same("length(name) > 0", "(length((name)::text) > 0)");
        same("name LIKE 'a%'", "((name)::text ~~ 'a%'::text)");
        same("deleted_at IS NULL", "(deleted_at IS NULL)");
        same("a > 0 OR b > 0 AND c > 0", "((a > 0) OR ((b > 0) AND (c > 0)))");
        same("(a > 0 OR b > 0) AND c > 0", "(((a > 0) OR (b > 0)) AND (c > 0))");
        same("a + b > c * 2", "((a + b) > (c * 2))");
        same("(a + b) * 2 > 0", "(((a + b) * 2) > 0)");
        same("a - b - c > 0", "(((a - b) - c) > 0)");
        same("NOT (a > 0 AND b > 0)", "(NOT ((a > 0) AND (b > 0)))");
        same("a > -1", "(a > '-1'::integer)");
        // Reserved words stay quoted, so the normalized text is still valid SQL.
        assertEquals("\"order\" > 0 and status <> 'x'",
                PostgresExpressions.normalize("((\"order\" > 0) AND ((\"status\")::text <> 'x'::text))"));
    }

    @Test
    void differencesThatMatterSurvive() {
        assertNotEquals(PostgresExpressions.normalize("a > 0"), PostgresExpressions.normalize("a >= 0"));
        assertNotEquals(PostgresExpressions.normalize("'A'"), PostgresExpressions.normalize("'a'"));
        assertNotEquals(PostgresExpressions.normalize("\"Amount\" > 0"), PostgresExpressions.normalize("amount > 0"));
        assertNotEquals(PostgresExpressions.normalize("(a OR b) AND c"), PostgresExpressions.normalize("a OR b AND c"));
        assertNotEquals(PostgresExpressions.normalize("a - (b - c)"), PostgresExpressions.normalize("a - b - c"));
        assertNotEquals(PostgresExpressions.normalize("NOT (a AND b)"), PostgresExpressions.normalize("NOT a AND b"));
    }
}
