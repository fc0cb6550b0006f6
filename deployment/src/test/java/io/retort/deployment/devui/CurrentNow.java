package io.retort.deployment.devui;

import io.retort.engine.Retort;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The current revision over HTTP, so a request can trigger dev mode's hot reload. */
@Path("/now")
public class CurrentNow {

    @Inject
    Retort retort;

    @GET
    public Uni<String> current() {
        return retort.current().map(rows -> String.join(",", rows));
    }
}
