#!/usr/bin/env bash
# Schema changes under live traffic (pgbench, 8 clients) in Retort's safe forms and in the naive
# forms, on a table of 1,000,000 rows: longest client wait and throughput while each change runs.
# Needs PostgreSQL on 127.0.0.1:5432 (trust) and pgbench. Usage: bench/run-lock-safety.sh [rows] [seconds of load per run]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl bench/engine -am install -DskipTests
./mvnw -q -B -ntp -pl bench/engine dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="bench/engine/target/classes:$(cat bench/engine/target/classpath.txt)"
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dorg.jboss.logging.provider=jboss \
    -cp "$classpath" io.retort.bench.LockSafetyBench "${1:-1000000}" "${2:-30}"
