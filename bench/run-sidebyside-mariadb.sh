#!/usr/bin/env bash
# Side-by-side benchmark on MariaDB: Retort (reactive MySQL client) and quarkus-flyway + JDBC applying
# the same DDL (Retort's MariaDB rendering of the benchmark revisions), and the mysql-client floor,
# interleaved, against MariaDB on 127.0.0.1:3306 (user root, empty password).
# Builds the three applications as fast-jars once per revision count, then times them.
# Usage: bench/run-sidebyside-mariadb.sh [rounds] [revision counts...]   (defaults: 5 rounds, 300)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(300)
apps=bench/sidebyside/target/apps-mariadb
modules=bench/sidebyside,bench/sidebyside/harness,bench/sidebyside/mariadb/app-none,bench/sidebyside/mariadb/app-retort,bench/sidebyside/mariadb/app-flyway

./mvnw -q -B -ntp -pl bench/sidebyside/harness -am install -DskipTests
rm -rf "$apps" && mkdir -p "$apps"
for n in "${counts[@]}"; do
    ./mvnw -q -B -ntp -pl "$modules" package -DskipTests -Dbench.revisions="$n"
    mkdir -p "$apps/$n"
    for tool in retort flyway; do
        mkdir -p "$apps/$n/$tool"
        cp -r "bench/sidebyside/mariadb/app-$tool/target/quarkus-app" "$apps/$n/$tool/quarkus-app"
    done
    cp -r bench/sidebyside/target/migrations/mariadb "$apps/$n/mariadb"
done
mkdir -p "$apps/none" && cp -r bench/sidebyside/mariadb/app-none/target/quarkus-app "$apps/none/quarkus-app"

./mvnw -q -B -ntp -pl bench/sidebyside/harness dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="bench/sidebyside/harness/target/classes:$(cat bench/sidebyside/harness/target/classpath.txt)"
exec java -cp "$classpath" io.retort.bench.sidebyside.SideBySideMariaDb "$apps" "$rounds"
