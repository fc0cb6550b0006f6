package io.retort.examples.quickstart;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** Lists, over the embedded SQLite database Retort migrated at start ({@code Pool} is its pool). */
@Path("/lists")
public class ListResource {

    /** What a client sends to create a list. */
    public record NewList(String name) {
    }

    /** What a client sends to add an item. */
    public record NewItem(String title, Integer priority) {
    }

    @Inject
    Pool pool;

    @GET
    public Uni<List<TodoList>> all() {
        return pool.query("SELECT id, name, created_at FROM lists ORDER BY id").execute().map(rows -> {
            List<TodoList> lists = new ArrayList<>();
            rows.forEach(row -> lists.add(list(row)));
            return lists;
        });
    }

    @POST
    public Uni<Response> create(NewList body) {
        return pool.preparedQuery("INSERT INTO lists (name) VALUES (?) RETURNING id, name, created_at")
                .execute(Tuple.of(body.name()))
                .map(rows -> Response.status(Response.Status.CREATED).entity(list(rows.iterator().next())).build());
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(long id) {
        return pool.preparedQuery("DELETE FROM lists WHERE id = ?").execute(Tuple.of(id))
                .map(rows -> rows.rowCount() == 0 ? Response.status(Response.Status.NOT_FOUND).build() : Response.noContent().build());
    }

    @GET
    @Path("/{id}/items")
    public Uni<List<Item>> items(long id) {
        return pool.preparedQuery("SELECT id, list_id, title, done, priority FROM items WHERE list_id = ? ORDER BY priority DESC, id")
                .execute(Tuple.of(id)).map(rows -> {
                    List<Item> items = new ArrayList<>();
                    rows.forEach(row -> items.add(ItemResource.item(row)));
                    return items;
                });
    }

    @POST
    @Path("/{id}/items")
    public Uni<Response> addItem(long id, NewItem body) {
        return pool.preparedQuery("SELECT COUNT(*) FROM lists WHERE id = ?").execute(Tuple.of(id))
                .chain(found -> {
                    if (((Number) found.iterator().next().getValue(0)).longValue() == 0) {
                        throw new NotFoundException("No list " + id);
                    }
                    return pool.preparedQuery("INSERT INTO items (list_id, title, priority) VALUES (?, ?, ?)"
                            + " RETURNING id, list_id, title, done, priority")
                            .execute(Tuple.of(id, body.title(), body.priority() == null ? 0 : body.priority()));
                })
                .map(rows -> Response.status(Response.Status.CREATED).entity(ItemResource.item(rows.iterator().next())).build());
    }

    static TodoList list(Row row) {
        return new TodoList(((Number) row.getValue("id")).longValue(), row.getString("name"), String.valueOf(row.getValue("created_at")));
    }
}
