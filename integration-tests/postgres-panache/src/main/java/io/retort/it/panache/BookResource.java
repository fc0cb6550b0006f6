package io.retort.it.panache;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Authors and books through Hibernate Reactive Panache, on the schema Retort created. */
@Path("/books")
public class BookResource {

    /** A book as a client sends and receives it. */
    public record BookView(Long id, String title, String author, LocalDate published, BigDecimal price, boolean inPrint) {

        static BookView of(Book book) {
            return new BookView(book.id, book.title, book.author.name, book.published, book.price, book.inPrint);
        }
    }

    @GET
    @WithSession
    public Uni<List<BookView>> all() {
        return Book.<Book>find("select b from Book b join fetch b.author order by b.id").list()
                .map(books -> books.stream().map(BookView::of).toList());
    }

    @POST
    public Uni<Response> create(BookView view) {
        return Panache.withTransaction(() -> Author.<Author>find("name", view.author()).firstResult()
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(existing);
                    }
                    Author author = new Author();
                    author.name = view.author();
                    return author.<Author>persist();
                })
                .chain(author -> {
                    Book book = new Book();
                    book.title = view.title();
                    book.author = author;
                    book.published = view.published();
                    book.price = view.price();
                    return book.<Book>persist();
                }))
                .map(book -> Response.status(Response.Status.CREATED).entity(BookView.of(book)).build());
    }
}
