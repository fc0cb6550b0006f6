#!/usr/bin/env bash
# Autogenerate benchmark: introspect a PostgreSQL schema of N tables (and its catalog query count,
# which must equal a 10-table schema's), then, DB-free, read N generated JPA entities through
# Hibernate's boot metamodel and diff the model. One warm-up, then timed rounds.
# Usage: bench/run-autogenerate.sh [tables] [entities] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl bench/autogenerate -am install -DskipTests
./mvnw -q -B -ntp -pl bench/autogenerate dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="bench/autogenerate/target/classes:$(cat bench/autogenerate/target/classpath.txt)"
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dorg.jboss.logging.provider=jboss \
    -cp "$classpath" io.retort.bench.AutogenerateBench "${1:-1000}" "${2:-1000}" "${3:-5}"
