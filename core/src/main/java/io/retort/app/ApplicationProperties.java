package io.retort.app;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;

/**
 * An application's {@code application.properties} read as Quarkus reads it, for the surfaces outside
 * Quarkus (the goals, the test kit): the {@code %profile.} prefixes of one profile, then environment
 * variables and system properties on top, {@code ${...}} expressions expanded.
 */
public final class ApplicationProperties {

    private ApplicationProperties() {
    }

    /** {@code file} may be null (no application.properties). */
    public static SettingsSource read(URL file, String profile) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().addDefaultSources().withProfile(profile);
        if (file != null) {
            try {
                builder.withSources(new PropertiesConfigSource(file, 250));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        SmallRyeConfig config = builder.build();
        return new SettingsSource() {
            @Override
            public Optional<String> get(String key) {
                return config.getOptionalValue(key, String.class);
            }

            @Override
            public Iterable<String> names() {
                return config.getPropertyNames();
            }
        };
    }
}
