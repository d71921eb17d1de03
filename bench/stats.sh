#!/usr/bin/env bash
# The statistics queries on a big review log: plans and median latency (see StatsQueryPlans).
# Usage: bash bench/stats.sh [--rows=100000] [--runs=20] [--migrations=db/migration]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench
mkdir -p "$OUT"
./mvnw -q -B test-compile -DskipTests
if [[ ! -s $OUT/classpath.txt || pom.xml -nt $OUT/classpath.txt ]]; then
    ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
fi
java -cp "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")" dev.gopherdrill.stats.store.StatsQueryPlans "$@" \
    | tee "$OUT/stats.txt"
