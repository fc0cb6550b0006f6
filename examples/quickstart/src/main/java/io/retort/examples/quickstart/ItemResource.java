package io.retort.examples.quickstart;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** Items: mark one done. */
@Path("/items")
public class ItemResource {

    @Inject
    Pool pool;

    @PUT
    @Path("/{id}/done")
    public Uni<Item> done(long id) {
        return pool.preparedQuery("UPDATE items SET done = true WHERE id = ? RETURNING id, list_id, title, done, priority")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new NotFoundException("No item " + id);
                    }
                    return item(rows.iterator().next());
                });
    }

    static Item item(Row row) {
        Object done = row.getValue("done");
        boolean isDone = done instanceof Boolean b ? b : ((Number) done).intValue() != 0;
        return new Item(((Number) row.getValue("id")).longValue(), ((Number) row.getValue("list_id")).longValue(),
                row.getString("title"), isDone, ((Number) row.getValue("priority")).intValue());
    }
}
