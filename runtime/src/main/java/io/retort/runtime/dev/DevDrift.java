package io.retort.runtime.dev;

import java.util.List;

/**
 * The drift found at the last dev-mode start (the entities' changes no revision covers, default
 * datasource), for the drift page. Each hot reload starts the application again and sets it anew.
 */
public final class DevDrift {

    private static volatile List<String> changes = List.of();

    private DevDrift() {
    }

    public static void set(List<String> found) {
        changes = List.copyOf(found);
    }

    public static List<String> changes() {
        return changes;
    }
}
