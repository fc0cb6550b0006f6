package io.retort.examples.quickstart;

import io.retort.engine.HistoryEntry;
import io.retort.engine.Retort;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Set;

/** The database's migration state, through the injectable {@link Retort} bean. */
@Path("/migrations")
public class MigrationResource {

    /** The current revision and the history. */
    public record State(Set<String> current, Set<String> heads, List<HistoryEntry> history) {
    }

    @Inject
    Retort retort;

    @GET
    public Uni<State> state() {
        return Uni.combine().all().unis(retort.current(), retort.heads(), retort.history()).asTuple()
                .map(t -> new State(t.getItem1(), t.getItem2(), t.getItem3()));
    }
}
