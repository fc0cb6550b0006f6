#!/usr/bin/env bash
# Every benchmark of docs/benchmarks.md, one after the other, with their default sizes:
#   1. side by side: Retort (chain and squashed), quarkus-flyway, quarkus-liquibase and the psql floors (30, 300 and 3,000 revisions)
#   2. autogenerate: introspecting 1,000 tables, reading and diffing 1,000 entities
#   3. the engine alone: 300 revisions in a warm JVM
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and psql. Takes about 45 minutes.
# Usage: bench/run-all.sh [rounds]   (default 5)
set -euo pipefail
cd "$(dirname "$0")"
rounds="${1:-5}"
./run-sidebyside.sh "$rounds" 30 300 3000
./run-autogenerate.sh 1000 1000 "$rounds"
./run-engine.sh 300 "$rounds"
