package io.retort.testing;

import io.retort.dialect.Dialect;
import io.retort.dialect.mariadb.MariaDbDialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.dialect.sqlite.SqliteDialect;
import io.vertx.mutiny.core.Vertx;

/**
 * The databases every engine scenario runs on: a scratch PostgreSQL database, the same behind
 * PgBouncer in transaction pooling mode, a scratch SQLite file, and a scratch MariaDB database.
 */
public enum Backend {

    POSTGRESQL {
        @Override
        public TestDatabase open(Vertx vertx) {
            return PostgresTestDatabase.create(vertx);
        }

        @Override
        public Dialect dialect() {
            return new PostgresDialect();
        }
    },

    POSTGRESQL_PGBOUNCER {
        @Override
        public TestDatabase open(Vertx vertx) {
            return PostgresTestDatabase.createBehindPgBouncer(vertx);
        }

        @Override
        public Dialect dialect() {
            return new PostgresDialect();
        }
    },

    SQLITE {
        @Override
        public TestDatabase open(Vertx vertx) {
            return SqliteTestDatabase.create(vertx);
        }

        @Override
        public Dialect dialect() {
            return new SqliteDialect();
        }
    },

    MARIADB {
        @Override
        public TestDatabase open(Vertx vertx) {
            return MariaDbTestDatabase.create(vertx);
        }

        @Override
        public Dialect dialect() {
            return new MariaDbDialect();
        }
    };

    public abstract TestDatabase open(Vertx vertx);

    /** The database another process of the test opened, from its {@link TestDatabase#processArgument()}. */
    public TestDatabase attach(Vertx vertx, String argument) {
        return switch (this) {
            case SQLITE -> SqliteTestDatabase.attach(vertx, java.nio.file.Path.of(argument));
            case MARIADB -> MariaDbTestDatabase.attach(vertx, argument);
            default -> PostgresTestDatabase.attach(vertx, argument);
        };
    }

    public boolean postgres() {
        return this == POSTGRESQL || this == POSTGRESQL_PGBOUNCER;
    }

    public abstract Dialect dialect();
}
