package io.retort.it.reading;

import io.retort.diff.DiffResult;
import io.retort.revision.RevisionNode;
import io.retort.runtime.RetortApplicationInfo;
import io.retort.runtime.RetortDrift;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the running application read: per datasource its database and revisions (the beans the
 * start-up used), and the drift the Dev UI's Drift page shows (the same RetortDrift bean).
 */
@Path("/reading")
public class ReadingResource {

    @Inject
    RetortApplicationInfo application;

    @Inject
    RetortDrift drift;

    public record DataSourceReading(String database, List<String> revisions) {
    }

    public record Reading(Map<String, DataSourceReading> datasources, List<String> drift) {
    }

    @GET
    public Uni<Reading> reading() {
        Map<String, DataSourceReading> datasources = new TreeMap<>();
        application.databases().forEach((datasource, database) -> datasources.put(datasource, new DataSourceReading(database,
                drift.retort(datasource).graph().ordered().stream().map(RevisionNode::id).sorted().toList())));
        return drift.of("<default>").map(diff -> new Reading(datasources, diff.map(DiffResult::describe).orElse(List.of())));
    }
}
