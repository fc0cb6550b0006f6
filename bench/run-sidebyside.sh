#!/usr/bin/env bash
# Side-by-side benchmark: Retort, quarkus-flyway + JDBC and quarkus-liquibase + JDBC applying the same
# generated DDL (and the psql floors), interleaved, against PostgreSQL on 127.0.0.1:5432 (user postgres).
# Builds the four applications as fast-jars once per revision count, then times them.
# Usage: bench/run-sidebyside.sh [rounds] [revision counts...]   (defaults: 5 rounds, 50 and 300)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(50 300)
apps=bench/sidebyside/target/apps
modules=bench/sidebyside,bench/sidebyside/harness,bench/sidebyside/app-none,bench/sidebyside/app-retort,bench/sidebyside/app-flyway,bench/sidebyside/app-liquibase

./mvnw -q -B -ntp -pl bench/sidebyside/harness -am install -DskipTests
rm -rf "$apps" && mkdir -p "$apps"
for n in "${counts[@]}"; do
    ./mvnw -q -B -ntp -pl "$modules" package -DskipTests -Dbench.revisions="$n"
    mkdir -p "$apps/$n"
    for tool in retort flyway liquibase; do
        mkdir -p "$apps/$n/$tool"
        cp -r "bench/sidebyside/app-$tool/target/quarkus-app" "$apps/$n/$tool/quarkus-app"
    done
    cp -r bench/sidebyside/target/migrations/psql "$apps/$n/psql"
done
mkdir -p "$apps/none" && cp -r bench/sidebyside/app-none/target/quarkus-app "$apps/none/quarkus-app"

./mvnw -q -B -ntp -pl bench/sidebyside/harness dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="bench/sidebyside/harness/target/classes:$(cat bench/sidebyside/harness/target/classpath.txt)"
exec java -cp "$classpath" io.retort.bench.sidebyside.SideBySide "$apps" "$rounds"
