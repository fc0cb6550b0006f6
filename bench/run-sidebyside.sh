#!/usr/bin/env bash
# Side-by-side benchmark: Retort (the chain, and the same history squashed), quarkus-flyway + JDBC and
# quarkus-liquibase + JDBC applying the same generated DDL (and the psql floors), interleaved, against
# PostgreSQL on 127.0.0.1:5432 (user postgres). Builds the applications as fast-jars once per revision
# count, timing each build (one `mvn package`), then times their starts.
# Usage: bench/run-sidebyside.sh [rounds] [revision counts...]   (defaults: 5 rounds, 30, 300 and 3000)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(30 300 3000)
apps=bench/sidebyside/target/apps
tools=(retort retort-squashed flyway liquibase)

./mvnw -q -B -ntp -pl bench/sidebyside/harness -am install -DskipTests
rm -rf "$apps" && mkdir -p "$apps"
./mvnw -q -B -ntp -o -pl bench/sidebyside,bench/sidebyside/app-none package -DskipTests
mkdir -p "$apps/none" && cp -r bench/sidebyside/app-none/target/quarkus-app "$apps/none/quarkus-app"
for n in "${counts[@]}"; do
    # Generates the N revisions (Retort classes, their squash, Flyway files, a Liquibase changelog, psql scripts).
    ./mvnw -q -B -ntp -o -pl bench/sidebyside,bench/sidebyside/harness package -DskipTests -Dbench.revisions="$n"
    mkdir -p "$apps/$n"
    for tool in "${tools[@]}"; do
        start=$(date +%s%N)
        # clean: resources of an earlier, larger N (Flyway's files) would otherwise stay in target/classes.
        ./mvnw -q -B -ntp -o -pl "bench/sidebyside/app-$tool" clean package -DskipTests -Dbench.revisions="$n"
        mkdir -p "$apps/$n/$tool"
        echo $(( ($(date +%s%N) - start) / 1000000 )) > "$apps/$n/$tool/build-ms"
        cp -r "bench/sidebyside/app-$tool/target/quarkus-app" "$apps/$n/$tool/quarkus-app"
    done
    cp -r bench/sidebyside/target/migrations/psql "$apps/$n/psql"
done

./mvnw -q -B -ntp -pl bench/sidebyside/harness dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="bench/sidebyside/harness/target/classes:$(cat bench/sidebyside/harness/target/classpath.txt)"
exec java -cp "$classpath" io.retort.bench.sidebyside.SideBySide "$apps" "$rounds"
