package io.retort.it.panache;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;

/** Shelves, on the Entity base. */
@Path("/shelves")
public class ShelfResource {

    /** What a client sends. */
    public record NewShelf(String name, List<String> tags) {
    }

    @POST
    public Uni<Shelf> create(NewShelf body) {
        Shelf shelf = new Shelf();
        shelf.name = body.name();
        if (body.tags() != null) {
            shelf.tags = body.tags();
        }
        return Panache.withTransaction(shelf::<Shelf>persist);
    }

    @PUT
    @Path("/{id}")
    public Uni<Shelf> rename(String id, NewShelf body) {
        return Panache.withTransaction(() -> Shelf.<Shelf>findById(id).invoke(shelf -> shelf.name = body.name()));
    }
}
