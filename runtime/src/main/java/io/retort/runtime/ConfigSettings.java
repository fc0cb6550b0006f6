package io.retort.runtime;

import io.retort.app.SettingsSource;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Quarkus's configuration (at build time or at run time) as the key→value source core reads settings from. */
public final class ConfigSettings implements SettingsSource {

    private final Config config;

    private ConfigSettings(Config config) {
        this.config = config;
    }

    /** The configuration of the current phase: the build's in a build step, the application's at run time. */
    public static SettingsSource current() {
        return new ConfigSettings(ConfigProvider.getConfig());
    }

    @Override
    public Optional<String> get(String key) {
        return config.getOptionalValue(key, String.class);
    }

    @Override
    public Iterable<String> names() {
        return config.getPropertyNames();
    }
}
