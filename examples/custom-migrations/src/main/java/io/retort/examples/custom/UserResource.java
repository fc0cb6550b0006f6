package io.retort.examples.custom;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;

/** Users and their orders, through Panache on the schema the revision created. */
@Path("/users")
public class UserResource {

    /** What a client sends. */
    public record NewUser(String email, String name) {
    }

    /** What a client sends. */
    public record NewOrder(BigDecimal totalAmount) {
    }

    /** What a client gets back. */
    public record OrderView(String id, String userId, BigDecimal totalAmount, String status) {
    }

    @POST
    public Uni<User> create(NewUser body) {
        User user = new User();
        user.email = body.email();
        user.name = body.name();
        return Panache.withTransaction(user::<User>persist);
    }

    @POST
    @Path("/{id}/orders")
    public Uni<OrderView> order(String id, NewOrder body) {
        return Panache.withTransaction(() -> User.<User>findById(id).chain(user -> {
            Order order = new Order();
            order.user = user;
            order.totalAmount = body.totalAmount();
            return order.<Order>persist();
        })).map(order -> new OrderView(order.id, order.user.id, order.totalAmount, order.status));
    }
}
