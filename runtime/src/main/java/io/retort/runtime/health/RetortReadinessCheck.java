package io.retort.runtime.health;

import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.retort.engine.Retort;
import io.retort.engine.RetortStatus;
import io.retort.runtime.RetortDataSource;
import io.retort.runtime.RetortRuntimeConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness as a rolling deploy needs it. Per datasource it reports the current revision, the
 * heads, the pending revisions, revisions the database has and the code does not ({@code ahead}),
 * and edited ones ({@code changed}). Not ready only while this instance has revisions to apply and
 * is the one that applies them ({@code migrate-at-start}), or when the database cannot be read. A
 * database ahead of the code is ready: in a rolling deploy the first new instance migrates, and
 * the old ones must keep serving until they are replaced, not all leave the load balancer at once.
 * Pending revisions that another instance or a job applies do not take this one out either.
 */
@Readiness
@ApplicationScoped
public class RetortReadinessCheck implements AsyncHealthCheck {

    @Inject
    @Any
    Instance<Retort> retorts;

    @Inject
    RetortRuntimeConfig config;

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Entry>> checks = new ArrayList<>();
        for (Instance.Handle<Retort> handle : retorts.handles()) {
            String datasource = datasource(handle.getBean().getQualifiers());
            // Applying "pending" means reaching the heads: an instance that migrates to another target never will.
            var settings = config.datasources().get(datasource);
            boolean migrates = settings != null && settings.migrateAtStart() && "head".equals(settings.target());
            checks.add(handle.get().status()
                    .map(status -> new Entry(datasource, status, null, migrates))
                    .onFailure().recoverWithItem(failure -> new Entry(datasource, null, failure.getMessage(), migrates)));
        }
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("Retort migrations").up();
        if (checks.isEmpty()) {
            return Uni.createFrom().item(builder.build());
        }
        return Uni.join().all(checks).andCollectFailures().map(entries -> {
            TreeMap<String, Entry> sorted = new TreeMap<>();
            entries.forEach(e -> sorted.put(e.datasource, e));
            for (Entry entry : sorted.values()) {
                if (!entry.describe(builder)) {
                    builder.down();
                }
            }
            return builder.build();
        });
    }

    private static String datasource(java.util.Set<Annotation> qualifiers) {
        for (Annotation qualifier : qualifiers) {
            if (qualifier instanceof RetortDataSource named) {
                return named.value();
            }
        }
        return DataSourceUtil.DEFAULT_DATASOURCE_NAME;
    }

    /** One datasource's state, written into the response; false when it is not ready. */
    private record Entry(String datasource, RetortStatus status, String error, boolean migrates) {

        boolean describe(HealthCheckResponseBuilder builder) {
            String prefix = datasource;
            if (status == null) {
                builder.withData(prefix, "error: " + error);
                return false;
            }
            String current = status.current().isEmpty() ? "base" : String.join(",", status.current());
            builder.withData(prefix + ".current", current);
            builder.withData(prefix + ".head", String.join(",", status.heads()));
            builder.withData(prefix + ".pending", status.pending().size());
            if (!status.unknown().isEmpty()) {
                builder.withData(prefix + ".ahead", String.join(",", status.unknown()));
            }
            if (!status.changed().isEmpty()) {
                builder.withData(prefix + ".changed", String.join(",", status.changed()));
            }
            builder.withData(prefix + ".applies-pending", migrates);
            return status.pending().isEmpty() || !migrates;
        }
    }
}
