package io.retort.runtime.health;

import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.retort.engine.Retort;
import io.retort.engine.RetortStatus;
import io.retort.runtime.RetortDataSource;
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
 * Ready when every datasource's database is at the code's heads. Reports, per datasource, the
 * current revision, the heads, and the pending revisions (or the unknown or edited ones).
 */
@Readiness
@ApplicationScoped
public class RetortReadinessCheck implements AsyncHealthCheck {

    @Inject
    @Any
    Instance<Retort> retorts;

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Entry>> checks = new ArrayList<>();
        for (Instance.Handle<Retort> handle : retorts.handles()) {
            String datasource = datasource(handle.getBean().getQualifiers());
            checks.add(handle.get().status()
                    .map(status -> new Entry(datasource, status, null))
                    .onFailure().recoverWithItem(failure -> new Entry(datasource, null, failure.getMessage())));
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
    private record Entry(String datasource, RetortStatus status, String error) {

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
                builder.withData(prefix + ".unknown", String.join(",", status.unknown()));
            }
            if (!status.changed().isEmpty()) {
                builder.withData(prefix + ".changed", String.join(",", status.changed()));
            }
            return status.upToDate();
        }
    }
}
