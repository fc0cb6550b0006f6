package io.retort.app;

import java.util.Map;
import java.util.Optional;

/**
 * Where an application's settings come from: any key→value view of its configuration (SmallRye
 * Config in the goals and the test kit, Quarkus's configuration at build and run time, a map in tests).
 */
public interface SettingsSource {

    /** The value of a property ({@code quarkus.retort.lock-timeout}), if set. */
    Optional<String> get(String key);

    /** Every property name it knows, to find the named datasources. */
    Iterable<String> names();

    static SettingsSource of(Map<String, String> values) {
        return new SettingsSource() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public Iterable<String> names() {
                return values.keySet();
            }
        };
    }
}
