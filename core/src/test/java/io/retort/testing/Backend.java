package io.retort.testing;

import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.dialect.sqlite.SqliteDialect;
import io.vertx.mutiny.core.Vertx;

/** The databases every engine scenario runs on: a scratch PostgreSQL database and a scratch SQLite file. */
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

    SQLITE {
        @Override
        public TestDatabase open(Vertx vertx) {
            return SqliteTestDatabase.create(vertx);
        }

        @Override
        public Dialect dialect() {
            return new SqliteDialect();
        }
    };

    public abstract TestDatabase open(Vertx vertx);

    public abstract Dialect dialect();
}
