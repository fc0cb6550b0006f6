#!/usr/bin/env bash
# Engine benchmark: apply N generated revisions to an empty PostgreSQL database (fresh database per
# round, one warm-up), then a no-op upgrade at head. Usage: bench/run-engine.sh [revisions] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl bench/engine -am install -DskipTests
./mvnw -q -B -ntp -pl bench/engine dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="bench/engine/target/classes:$(cat bench/engine/target/classpath.txt)"
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dorg.jboss.logging.provider=jboss \
    -cp "$classpath" io.retort.bench.EngineBench "${1:-300}" "${2:-5}"
