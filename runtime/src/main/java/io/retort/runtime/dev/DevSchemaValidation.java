package io.retort.runtime.dev;

import io.quarkus.runtime.configuration.ConfigBuilder;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;

/**
 * Dev mode only, where the application asked Hibernate to validate the schema: validation is left
 * to Retort's drift check, which knows the same differences before Hibernate starts. Hibernate's
 * failure would take the application and the Dev UI down ("Error restarting Quarkus", the Dev UI
 * answering 500) exactly when the Dev UI's Generate revision is the way out; Retort shows the drift
 * as a page instead ({@link DevDriftPage}). Tests and production validate as configured. The
 * ordinal is above application.properties (250) and below environment variables and system
 * properties, so those still decide.
 */
public class DevSchemaValidation implements ConfigBuilder {

    public static final String STRATEGY = "quarkus.hibernate-orm.schema-management.strategy";

    @Override
    public SmallRyeConfigBuilder configBuilder(SmallRyeConfigBuilder builder) {
        return builder.withSources(new PropertiesConfigSource(Map.of(STRATEGY, "none"),
                "Retort dev mode: schema validation by Retort's drift check", 275));
    }
}
