package io.retort.dialect;

import io.retort.dialect.mariadb.MariaDbSupport;
import io.retort.dialect.postgres.PostgresSupport;
import io.retort.dialect.sqlite.SqliteSupport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The databases Retort migrates, the one place that answers "which dialect": by canonical name, by
 * Quarkus db-kind, by URL scheme or by reactive-client capability. Adding a database is a package
 * under {@code dialect/} and one line here.
 */
public final class Dialects {

    private static final List<DatabaseSupport> ALL = List.of(new PostgresSupport(), new SqliteSupport(), new MariaDbSupport());

    private Dialects() {
    }

    public static List<DatabaseSupport> all() {
        return ALL;
    }

    /** The supported databases' names, for messages: {@code postgresql, sqlite}. */
    public static String names() {
        return ALL.stream().map(DatabaseSupport::name).collect(Collectors.joining(", "));
    }

    /**
     * The longest revision id every supported database can record: a revision written and tried on
     * one database must be appliable on the others.
     */
    public static int maxRevisionIdLength() {
        return ALL.stream().mapToInt(DatabaseSupport::maxRevisionIdLength).min().orElseThrow();
    }

    /** The database of a canonical name, ignoring case. */
    public static Optional<DatabaseSupport> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(database -> database.name().equals(wanted)).findFirst();
    }

    /** The database of a canonical name; an error naming the supported ones otherwise. */
    public static DatabaseSupport require(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("Retort does not support the database '" + name
                + "'; it migrates " + names()));
    }

    /** The database of a Quarkus {@code db-kind}, ignoring case. */
    public static Optional<DatabaseSupport> forDbKind(String dbKind) {
        String wanted = dbKind.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(database -> database.dbKinds().contains(wanted)).findFirst();
    }

    /** The database a reactive URL points at, by its scheme ({@code postgresql://host/db}, {@code vertx-reactive:...}). */
    public static Optional<DatabaseSupport> forUrl(String url) {
        String bare = url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url;
        int colon = bare.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String scheme = bare.substring(0, colon).toLowerCase(Locale.ROOT);
        return ALL.stream().filter(database -> database.urlSchemes().contains(scheme)).findFirst();
    }
}
