package io.retort.model;

import io.retort.model.events.Banner;
import io.retort.model.events.Event;
import io.retort.model.events.Incident;
import io.retort.model.events.Login;
import io.retort.model.events.Notice;
import io.retort.model.events.Popup;
import io.retort.model.events.Profile;
import io.retort.model.events.Purchase;
import io.retort.model.hr.Department;
import io.retort.model.hr.Employee;
import io.retort.model.hr.EmployeeSkill;
import io.retort.model.hr.Leave;
import io.retort.model.hr.Office;
import io.retort.model.hr.Project;
import io.retort.model.hr.Review;
import io.retort.model.hr.Skill;
import io.retort.model.hr.Timesheet;
import io.retort.model.ledger.Account;
import io.retort.model.ledger.Entry;
import io.retort.model.ledger.Statement;
import io.retort.model.library.Author;
import io.retort.model.library.Book;
import io.retort.model.library.Loan;
import io.retort.model.library.Shelf;
import io.retort.model.social.Attachment;
import io.retort.model.social.Badge;
import io.retort.model.social.Member;
import io.retort.model.social.Post;
import io.retort.model.tickets.Escalation;
import io.retort.model.tickets.Ticket;
import io.retort.model.warehouse.Barcode;
import io.retort.model.warehouse.Bin;
import io.retort.model.warehouse.Carrier;
import io.retort.model.warehouse.Category;
import io.retort.model.warehouse.CountSession;
import io.retort.model.warehouse.Depot;
import io.retort.model.warehouse.Item;
import io.retort.model.warehouse.OrderLine;
import io.retort.model.warehouse.Pallet;
import io.retort.model.warehouse.PurchaseOrder;
import io.retort.model.warehouse.Return;
import io.retort.model.warehouse.Shipment;
import io.retort.model.warehouse.StockLevel;
import io.retort.model.warehouse.Supplier;
import io.retort.model.warehouse.Tag;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Strict parity on entity sets written as users write them, one mapping family each. */
class MoreParityTest {

    static final List<Class<?>> LEDGER = List.of(Account.class, Entry.class, Statement.class);
    static final List<Class<?>> LIBRARY = List.of(Author.class, Book.class, Shelf.class, Loan.class);

    static final List<Class<?>> EVENTS = List.of(Event.class, Login.class, Purchase.class, Notice.class, Banner.class,
            Popup.class, Incident.class, Profile.class);

    static final List<Class<?>> SOCIAL = List.of(Member.class, Post.class, Attachment.class, Badge.class);

    static final List<Class<?>> HR = List.of(Department.class, Employee.class, Project.class, Timesheet.class, Leave.class,
            Skill.class, EmployeeSkill.class, Review.class, Office.class);

    static final List<Class<?>> WAREHOUSE = List.of(Item.class, Category.class, Tag.class, Supplier.class, Bin.class, Depot.class,
            StockLevel.class, PurchaseOrder.class, OrderLine.class, Carrier.class, Shipment.class, Return.class, Barcode.class,
            Pallet.class, CountSession.class);

    static final List<Class<?>> TICKETS = List.of(Ticket.class, Escalation.class);

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
    void eventsInheritanceLegacyTypesConverters() {
        StrictParity.assertParity(vertx, EVENTS);
    }

    @Test
    void socialRelationsEmbeddablesMaps() {
        StrictParity.assertParity(vertx, SOCIAL);
    }

    @Test
    void hrAssociationsAndKeys() {
        StrictParity.assertParity(vertx, HR);
    }

    @Test
    void warehouseTreesEmbeddedKeysMaps() {
        StrictParity.assertParity(vertx, WAREHOUSE);
    }

    @Test
    void ticketsNativeEnums() {
        StrictParity.assertParity(vertx, TICKETS);
    }

    @Test
    void libraryKeysCollectionsSecondaryTables() {
        StrictParity.assertParity(vertx, LIBRARY);
    }
}
