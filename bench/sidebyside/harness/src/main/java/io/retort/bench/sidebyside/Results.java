package io.retort.bench.sidebyside;

import java.util.HashMap;
import java.util.Map;

/** Samples by measurement ("apply"/"noop", revision count, contender) and metric. */
final class Results {

    static final String WALL = "wall ms";
    static final String QUARKUS = "quarkus ms";
    static final String RSS = "peak RSS MiB";

    private final Map<String, Samples> samples = new HashMap<>();

    static String key(String measurement, int count, String contender) {
        return measurement + "/" + count + "/" + contender;
    }

    Samples samples(String key, String metric) {
        return samples.computeIfAbsent(key + "/" + metric, k -> new Samples());
    }
}
