#!/usr/bin/env bash
# Start-up time and memory of the packaged app, against a minimal Quarkus app with the same
# extensions (bench/minimal) started in the same run on the same database.
# Usage: bash bench/footprint.sh    (see bench/README.md, "Footprint")
# Knobs: FOOTPRINT_REQUESTS=10000 FOOTPRINT_PORT=8093 FOOTPRINT_MINIMAL_PORT=8094 BENCH_SKIP_BUILD=1
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

REQUESTS=${FOOTPRINT_REQUESTS:-10000}
PORT=${FOOTPRINT_PORT:-8093}
MINIMAL_PORT=${FOOTPRINT_MINIMAL_PORT:-8094}
OUT=target/bench-footprint
MINIMAL_JAR=bench/minimal/target/quarkus-app/quarkus-run.jar
MINIMAL_PID=

stop_minimal() {
    if [[ -n $MINIMAL_PID ]]; then kill -TERM "$MINIMAL_PID" 2>/dev/null || true; wait "$MINIMAL_PID" 2>/dev/null || true; fi
    MINIMAL_PID=
}
trap 'stop_minimal; stop_app' EXIT
trap 'exit 130' INT TERM

bench_prepare gopherdrill-footprint
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]] && { [[ ! -f $MINIMAL_JAR ]] || [[ -n "$(find bench/minimal/pom.xml bench/minimal/src -newer "$MINIMAL_JAR" -print -quit)" ]]; }; then
    log "packaging the minimal Quarkus app (bench/minimal)"
    ./mvnw -q -B -f bench/minimal/pom.xml clean package -DskipTests
fi
[[ -f $MINIMAL_JAR ]] || die "$MINIMAL_JAR is missing"

now_ms() { date +%s%3N; }
# first_page PORT PATH PID: milliseconds from $LAUNCHED until PATH answers 200 (polled every 10 ms)
first_page() {
    for _ in $(seq 18000); do
        kill -0 "$3" 2>/dev/null || die "the process $3 exited during start-up"
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1$2")" == 200 ]]; then
            echo $(($(now_ms) - LAUNCHED)); return 0
        fi
        sleep 0.01
    done
    die "no page on port $1 within 180 s"
}
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# the resident memory of the embedded PostgreSQL (postmaster and backends, shared pages counted once)
pg_pss_mb() {
    local pm=$1 total=0 p
    for p in $pm $(pgrep -P "$pm"); do
        total=$((total + $(awk '/^Pss:/ { s += $2 } END { print s + 0 }' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
    done
    awk -v k="$total" 'BEGIN { printf "%.0f", k / 1024 }'
}
launch_app() { # data dir, log
    LAUNCHED=$(now_ms)
    java -Dgopherdrill.db.data-dir="$1" -Dgopherdrill.session-key-file="$1.session.key" -Dquarkus.http.port="$PORT" \
        -jar "$APP_JAR" >> "$2" 2>&1 &
    APP_PID=$!
}

rm -rf "$OUT/pg" "$OUT/pg.password" "$OUT/pg.session.key"
: > "$OUT/app.log"

log "Gopher Drill, first start (a new embedded PostgreSQL: initdb, migrations, content sync)"
launch_app "$OUT/pg" "$OUT/app.log"
app_first=$(first_page "$PORT" /login "$APP_PID")
echo "first page (GET /login) after $app_first ms"
stop_app

log "Gopher Drill, start on the existing data"
launch_app "$OUT/pg" "$OUT/app.log"
app_start=$(first_page "$PORT" /login "$APP_PID")
echo "first page (GET /login) after $app_start ms"
app_rss0=$(rss_mb "$APP_PID")
bench_java dev.gopherdrill.bench.PageLoad --url="http://localhost:$PORT" --path=/login --requests="$REQUESTS"
app_rss=$(rss_mb "$APP_PID")
pg_env "$OUT/pg"
pg_pid=$(sed -n 1p "$OUT/pg/postmaster.pid")
pg_mem=$(pg_pss_mb "$pg_pid")

log "minimal Quarkus app (bench/minimal), on Gopher Drill's database"
: > "$OUT/minimal.log"
LAUNCHED=$(now_ms)
java -Dquarkus.http.port="$MINIMAL_PORT" -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:$PGPORT/gopherdrill" \
    -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password="$PGPASSWORD" \
    -jar "$MINIMAL_JAR" >> "$OUT/minimal.log" 2>&1 &
MINIMAL_PID=$!
min_start=$(first_page "$MINIMAL_PORT" / "$MINIMAL_PID")
echo "first page (GET /) after $min_start ms"
min_rss0=$(rss_mb "$MINIMAL_PID")
bench_java dev.gopherdrill.bench.PageLoad --url="http://localhost:$MINIMAL_PORT" --path=/ --requests="$REQUESTS"
min_rss=$(rss_mb "$MINIMAL_PID")
stop_minimal
stop_app

{
    echo
    echo "Footprint, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, JVM defaults (no -Xmx), $REQUESTS requests of the first page"
    printf '%-44s %14s %14s %16s\n' "" "start to page" "RSS at page" "RSS after ${REQUESTS}"
    printf '%-44s %11s ms %14s %16s\n' "Gopher Drill, first start (initdb)" "$app_first" "-" "-"
    printf '%-44s %11s ms %11s MB %13s MB\n' "Gopher Drill, start on existing data" "$app_start" "$app_rss0" "$app_rss"
    printf '%-44s %11s ms %11s MB %13s MB\n' "minimal Quarkus, same extensions" "$min_start" "$min_rss0" "$min_rss"
    printf '%-44s %14s %14s %13s MB\n' "  its embedded PostgreSQL (PSS, all processes)" "-" "-" "$pg_mem"
    awk -v a="$app_start" -v b="$min_start" -v c="$app_rss" -v d="$min_rss" \
        'BEGIN { printf "ratio Gopher Drill / minimal: start %.2f, RSS after the requests %.2f\n", a / b, c / d }'
} | tee "$OUT/summary.txt"
