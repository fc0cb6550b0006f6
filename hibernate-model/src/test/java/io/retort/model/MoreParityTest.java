package io.retort.model;

import io.retort.model.ledger.Account;
import io.retort.model.ledger.Entry;
import io.retort.model.ledger.Statement;
import io.retort.model.library.Author;
import io.retort.model.library.Book;
import io.retort.model.library.Loan;
import io.retort.model.library.Shelf;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Strict parity on entity sets written as users write them, one mapping family each. */
class MoreParityTest {

    static final List<Class<?>> LEDGER = List.of(Account.class, Entry.class, Statement.class);
    static final List<Class<?>> LIBRARY = List.of(Author.class, Book.class, Shelf.class, Loan.class);

    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void ledgerNumbersTimesLobsEnums() {
        StrictParity.assertParity(vertx, LEDGER);
    }

    @Test
    void libraryKeysCollectionsSecondaryTables() {
        StrictParity.assertParity(vertx, LIBRARY);
    }
}
