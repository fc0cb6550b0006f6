package com.example.library;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/authors")
public class AuthorResource {

    @GET
    @WithSession
    public Uni<String> count() {
        return Author.count().map(count -> count + " authors");
    }
}
