#!/usr/bin/env bash
# Gopher Drill reliability suite, on the packaged app with its embedded PostgreSQL: what a
# crash does to acknowledged grades, and whether memory grows under steady load. One section
# per check; see bench/README.md ("Reliability").
#
# Usage: bash bench/reliability.sh [--soak-minutes=30] [--only=postmaster-kill,jvm-kill,simulation-pressure,soak]
# Knobs (environment): RELIABILITY_HTTP_PORT=8087 RELIABILITY_CLIENTS=8
#   RELIABILITY_KILL_RATE=100 (grades/s during the kill tests) RELIABILITY_SOAK_RATE=25
#   RELIABILITY_SAMPLE_SECONDS (soak memory samples; default: 60, or 30 for soaks under 10 min)
#   BENCH_SKIP_BUILD=1 (use target/quarkus-app as it is)
#
# To add a check: write a function section_<name> (dashes as underscores) that prints its figures and ends with one
# "RESULT label=<name> ..." line (or returns non-zero on failure), and add <name> to SECTIONS.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

SECTIONS=(postmaster-kill jvm-kill simulation-pressure soak)
SOAK_MINUTES=30
ONLY=
for arg in "$@"; do
    case $arg in
        --soak-minutes=*) SOAK_MINUTES=${arg#*=} ;;
        --only=*) ONLY=${arg#*=} ;;
        *) die "unknown argument $arg (see the header of $0)" ;;
    esac
done
[[ $SOAK_MINUTES =~ ^[0-9]+$ && $SOAK_MINUTES -ge 1 ]] || die "--soak-minutes must be a whole number of minutes >= 1"
PORT=${RELIABILITY_HTTP_PORT:-8087}
CLIENTS=${RELIABILITY_CLIENTS:-8}
KILL_RATE=${RELIABILITY_KILL_RATE:-100}
SOAK_RATE=${RELIABILITY_SOAK_RATE:-25}
SAMPLE_SECONDS=${RELIABILITY_SAMPLE_SECONDS:-$([[ $SOAK_MINUTES -lt 10 ]] && echo 30 || echo 60)}
OUT=target/reliability
URL=http://localhost:$PORT

trap stop_app EXIT
trap 'exit 130' INT TERM

# fresh_app SECTION: a new app on a new data folder, $OUT/SECTION/pg; sets DIR.
fresh_app() {
    DIR=$OUT/$1
    stop_pg_left_on "$DIR/pg"
    rm -rf "$DIR"
    mkdir -p "$DIR"
    log "$1: starting the app on port $PORT (log: $DIR/app.log)"
    start_app "$PORT" "$DIR/pg" "$DIR/app.log"
}

load() { bench_java dev.gopherdrill.bench.AcknowledgedLoad --url="$URL" --pg-data="$DIR/pg" --clients="$CLIENTS" "$@"; }

# ---------------------------------------------------------------- postmaster kill -9
# Under load, kill -9 the embedded postmaster (by the pid in the app's data folder). The app's
# watchdog restarts it; the load measures when health is UP and grades are acknowledged again,
# and looks every acknowledged grade up in review_log.
section_postmaster_kill() {
    fresh_app postmaster-kill
    load --label=postmaster-kill --rate="$KILL_RATE" --duration=45 --kill-postmaster-after=15 | tee "$DIR/load.txt"
    local rc=${PIPESTATUS[0]}
    grep -E 'EmbeddedPostgresServer.*(gone|restarted|killing)' "$DIR/app.log" | sed 's/^/  app: /' | cut -c1-220 || true
    stop_app
    return "$rc"
}

# ---------------------------------------------------------------- JVM kill -9
# Under load, kill -9 the app's JVM; its PostgreSQL is left running, an orphan. Start the app
# again on the same folder (it stops the orphan first) and let the load go on: every grade
# acknowledged before or after must be stored.
section_jvm_kill() {
    fresh_app jvm-kill
    load --label=jvm-kill --rate="$KILL_RATE" --duration=50 > "$DIR/load.txt" 2>&1 &
    local load_pid=$! t0 t1 orphan
    sleep 15
    orphan=$(head -1 "$DIR/pg/postmaster.pid")
    echo "kill -9 of the app's JVM (pid $APP_PID); its postmaster (pid $orphan) is left running"
    t0=$(date +%s%N)
    kill -KILL "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    start_app "$PORT" "$DIR/pg" "$DIR/app.log"
    t1=$(date +%s%N)
    echo "the app was started again and ready $(( (t1 - t0) / 1000000 )) ms after the kill (a whole JVM start)"
    kill -0 "$orphan" 2>/dev/null && echo "WARNING: the orphaned postmaster $orphan still runs"
    local rc=0
    wait "$load_pid" || rc=$?
    cat "$DIR/load.txt"
    grep -E 'still running on|stopping it' "$DIR/app.log" | sed 's/^/  app: /' | cut -c1-220 || true
    stop_app
    return "$rc"
}

# ---------------------------------------------------------------- soak
# Steady load for SOAK_MINUTES; the JVM's resident set and PostgreSQL's proportional set size
# (its processes share the buffer pool) are sampled every SAMPLE_SECONDS.
section_soak() {
    fresh_app soak
    load --label=soak --rate="$SOAK_RATE" --duration=$((SOAK_MINUTES * 60)) --sample-every="$SAMPLE_SECONDS" \
        --app-pid="$APP_PID" | tee "$DIR/load.txt"
    local rc=${PIPESTATUS[0]}
    stop_app
    # growth over the whole run, and over its second half (after heap and buffer pool warm-up)
    awk 'BEGIN { n = 0 } /^SAMPLE/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[n, kv[1]] = kv[2] } n++ }
        END {
            if (n < 2) { print "  too few samples for a trend"; exit }
            h = int((n - 1) / 2); l = n - 1
            printf "  JVM RSS      %7.1f MB -> %7.1f MB (%+.1f MB); second half %+.1f MB (from %.0f s to %.0f s)\n",
                v[0, "jvm_rss_mb"], v[l, "jvm_rss_mb"], v[l, "jvm_rss_mb"] - v[0, "jvm_rss_mb"],
                v[l, "jvm_rss_mb"] - v[h, "jvm_rss_mb"], v[h, "t_s"], v[l, "t_s"]
            printf "  PostgreSQL   %7.1f MB -> %7.1f MB (%+.1f MB) PSS; second half %+.1f MB; RSS sum %.1f -> %.1f MB\n",
                v[0, "pg_pss_mb"], v[l, "pg_pss_mb"], v[l, "pg_pss_mb"] - v[0, "pg_pss_mb"],
                v[l, "pg_pss_mb"] - v[h, "pg_pss_mb"], v[0, "pg_rss_mb"], v[l, "pg_rss_mb"]
        }' "$DIR/load.txt" | tee "$DIR/growth.txt"
    return "$rc"
}

# ---------------------------------------------------------------- simulation pressure
# 20 clients (RELIABILITY_PRESSURE_CLIENTS) send the largest public simulation requests for
# 60 s while /q/health/ready is sampled every 20 ms: the simulation gate must keep it fast.
section_simulation_pressure() {
    fresh_app simulation-pressure
    bench_java dev.gopherdrill.bench.SimulationPressure "$URL" "${RELIABILITY_PRESSURE_CLIENTS:-20}" \
        "${RELIABILITY_PRESSURE_SECONDS:-60}" | sed 's/^RESULT /RESULT label=simulation-pressure /' | tee "$DIR/load.txt"
    return "${PIPESTATUS[0]}"
}

# ---------------------------------------------------------------- run
mkdir -p "$OUT"
bench_prepare gopherdrill-reliability-app
: > "$OUT/summary.txt"
failed=()
for s in "${SECTIONS[@]}"; do
    if [[ -n $ONLY && ",$ONLY," != *",$s,"* ]]; then
        continue
    fi
    log "section $s"
    if ! "section_${s//-/_}"; then
        failed+=("$s")
    fi
    stop_app
    grep -h '^RESULT' "$OUT/$s"/*.txt >> "$OUT/summary.txt" 2>/dev/null || true
    [[ -f $OUT/$s/growth.txt ]] && cat "$OUT/$s/growth.txt" >> "$OUT/summary.txt"
done
{
    echo
    echo "Gopher Drill reliability suite, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $CLIENTS clients;"
    echo "kill tests at $KILL_RATE grades/s, soak $SOAK_MINUTES min at $SOAK_RATE grades/s"
    cat "$OUT/summary.txt"
    if [[ ${#failed[@]} -gt 0 ]]; then echo "FAILED: ${failed[*]}"; else echo "all checks passed"; fi
} | tee "$OUT/summary.final.txt"
echo "details in $OUT/<section>/ (app.log, load.txt)"
[[ ${#failed[@]} -eq 0 ]]
