#!/usr/bin/env bash
# Simulation benchmarks (issue "Executable simulations I"):
#  1. slice questions generated and checked per second on one thread (= per core), in-process;
#  2. latency of a playground step over HTTP (the htmx fragment a key press fetches), with wrk:
#     one connection (what a learner feels) and 16 connections (a busy public page).
# Usage: bash bench/simulations.sh   Knobs: BENCH_SECONDS=20 BENCH_HTTP_PORT=8091 BENCH_SKIP_BUILD=1
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_MEASURED=${BENCH_SECONDS:-20}
HTTP_PORT=${BENCH_HTTP_PORT:-8091}
OUT=target/bench-sim
JAR=target/quarkus-app/quarkus-run.jar
APP_PID=

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"
        for _ in $(seq 90); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    fi
    APP_PID=
}
trap stop_app EXIT
trap 'exit 130' INT TERM
command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    if [[ ! -f $JAR ]] || [[ -n "$(find pom.xml src/main db -newer "$JAR" -print -quit)" ]]; then
        log "packaging the app (./mvnw -q -B package -DskipTests)"
        ./mvnw -q -B package -DskipTests || die "the app does not build"
    fi
fi
mkdir -p "$OUT"
rm -rf "$OUT/app" "$OUT/classes" "$OUT/pg"
cp -a target/quarkus-app "$OUT/app"
mv "$OUT/app/quarkus-run.jar" "$OUT/app/gopherdrill-sim-bench.jar"

# ---------------------------------------------------------------- 1. in-process throughput
# The simulations are pure Java with no dependencies: compile the harness against them alone.
mkdir -p "$OUT/classes"
javac -nowarn -d "$OUT/classes" -cp target/classes src/test/java/dev/gopherdrill/bench/SliceQuestionThroughput.java
log "slice questions generated and checked on one thread, ${SECONDS_MEASURED} s"
java -cp "$OUT/classes:target/classes" dev.gopherdrill.bench.SliceQuestionThroughput \
    --seconds="$SECONDS_MEASURED" --warmup=5 | tee "$OUT/throughput.txt"

# ---------------------------------------------------------------- 2. playground step over HTTP
log "starting the app on port $HTTP_PORT (log: $OUT/app.log)"
java -Dgopherdrill.db.data-dir="$OUT/pg" -Dgopherdrill.session-key-file="$OUT/session.key" \
    -Dquarkus.http.port="$HTTP_PORT" -jar "$OUT/app/gopherdrill-sim-bench.jar" > "$OUT/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 180); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$OUT/app.log"; die "the app exited during start-up"; }
    curl -sf -o /dev/null "http://localhost:$HTTP_PORT/q/health/ready" && break
    [[ $i == 180 ]] && die "the app was not ready within 180 s"
    sleep 1
done
# A step of a slice question that grows (the trace's busiest picture), fetched as htmx does.
STEP="http://localhost:$HTTP_PORT/playground/slice.append?seed=3&goVersion=1.19&elem=int64&startLen=900&startCap=900&add=700&step=2"
curl -sf -H 'HX-Request: true' -H 'HX-Target: step' "$STEP" | grep -q '<svg' || die "the step URL does not answer with a picture"
for c in 1 16; do
    t=$(( c < 2 ? 1 : 2 ))
    log "warm-up, then ${SECONDS_MEASURED} s with $c connection(s)"
    wrk -t"$t" -c"$c" -d5s -H 'HX-Request: true' -H 'HX-Target: step' "$STEP" > /dev/null
    wrk -t"$t" -c"$c" -d"${SECONDS_MEASURED}s" --latency -H 'HX-Request: true' -H 'HX-Target: step' "$STEP" \
        | tee "$OUT/wrk-$c.txt"
done
summary() {
    p() { sed -n "s/^ *$1% *\([0-9.]*[mu]*s\).*/\1/p" "$2"; }
    rps() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$1"; }
    echo
    echo "Simulation benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores"
    sed -n 's/^RESULT .*per_second=\([0-9]*\) us_per_question=\([0-9.]*\).*/slice questions generated+checked, one thread: \1 per s (\2 us each)/p' "$OUT/throughput.txt"
    for c in 1 16; do
        echo "playground step over HTTP, $c connection(s): $(rps "$OUT/wrk-$c.txt") req/s, p50 $(p 50 "$OUT/wrk-$c.txt"), p99 $(p 99 "$OUT/wrk-$c.txt")"
    done
}
summary | tee "$OUT/summary.txt"
