package io.retort.bench.sidebyside;

/**
 * One start of an application: wall time from launching the JVM to Quarkus's "started in" line, the
 * time Quarkus itself reports, and the process's peak resident set size at that moment.
 */
record AppStart(long wallNanos, long quarkusMillis, long peakRssKb) {

    double wallMillis() {
        return wallNanos / 1_000_000.0;
    }
}
