#!/usr/bin/env bash
# The randomized SQLite/PostgreSQL round trip, longer than the test suite's 200 chains.
# Usage: bench/run-random-chains.sh [chains] [revisions per chain] [operations per revision] [first seed]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl bench/engine -am install -DskipTests
./mvnw -q -B -ntp -pl bench/engine dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="bench/engine/target/classes:$(cat bench/engine/target/classpath.txt)"
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dorg.jboss.logging.provider=jboss \
    -cp "$classpath" io.retort.bench.RandomChainsBench "${1:-1000}" "${2:-8}" "${3:-3}" "${4:-100000}"
