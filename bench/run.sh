#!/usr/bin/env bash
# Gopher Drill performance benchmark: review-submit throughput and latency over HTTP,
# the same SQL through pgbench, and the next-due query at 10k and 1M rows.
# Usage: bash bench/run.sh          (from anywhere; see bench/README.md)
# Knobs (environment): BENCH_USERS=2000 BENCH_CARDS=200 BENCH_CLIENTS=32 BENCH_WARMUP=60
#   BENCH_DURATION=30 BENCH_PGBENCH_SECONDS=30 BENCH_NEXTDUE_EXECUTIONS=2000
#   BENCH_HTTP_PORT=8089 BENCH_EXTRAS=1 (0: skip the GET next + POST answer run)
#   BENCH_SKIP_BUILD=1 (use target/quarkus-app as it is)
#   BENCH_PGBENCH_SECONDS=0 / BENCH_NEXTDUE_EXECUTIONS=0 skip pgbench / the next-due part (tuning runs)
#   BENCH_APP_JAVA_OPTS="..." (extra JVM options for the app, e.g. a JFR recording)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

USERS=${BENCH_USERS:-2000}
CARDS=${BENCH_CARDS:-200}
CLIENTS=${BENCH_CLIENTS:-32}
WARMUP=${BENCH_WARMUP:-60}
DURATION=${BENCH_DURATION:-30}
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-30}
NEXTDUE_EXECUTIONS=${BENCH_NEXTDUE_EXECUTIONS:-2000}
HTTP_PORT=${BENCH_HTTP_PORT:-8089}
EXTRAS=${BENCH_EXTRAS:-1}
PASSWORD=bench-password
OUT=target/bench

trap stop_app EXIT
trap 'exit 130' INT TERM

mkdir -p "$OUT"
rm -f "$OUT"/http-*.txt "$OUT"/pgbench-*.txt "$OUT"/nextdue.txt "$OUT"/summary.txt

# ---------------------------------------------------------------- summary
# (a function: also printed, with what was measured, when PostgreSQL goes away mid-run)
summary() {
    field() { # file, key[, label]: the value of key=... on the (last, or label=...) RESULT line
        if [[ -f $1 ]]; then grep "^RESULT ${3:+label=$3 }" "$1" | sed -n "s/^RESULT .*\b$2=\([^ ]*\).*/\1/p" | tail -1; fi
    }
    tps() { if [[ -f $1 ]]; then sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$1" | tail -1 | awk '{ printf "%.1f", $1 }'; fi; }
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }

    H1=$OUT/http-next.txt H2=$OUT/http-direct.txt P1=$OUT/pgbench-review.txt
    next_tp=$(field "$H1" throughput)
    direct_tp=$(field "$H2" throughput)
    pg_tps=$(tps "$P1")
    nd10=$(field "$OUT/nextdue.txt" p50_ms 10k)
    nd1m=$(field "$OUT/nextdue.txt" p50_ms 1M)
    nd10p99=$(field "$OUT/nextdue.txt" p99_ms 10k)
    nd1mp99=$(field "$OUT/nextdue.txt" p99_ms 1M)
    sum() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "") print ""; else printf "%.2f", a + b }'; }
    row() { printf '%-46s %9s %8s %8s %8s %8s %8s %6s\n' "$@"; }

    {
        echo
        echo "Gopher Drill benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $USERS learners x $CARDS cards,"
        echo "$CLIENTS clients, warm-up ${WARMUP} s, measured ${DURATION} s; pgbench -c $CLIENTS -T ${PGBENCH_SECONDS}"
        echo
        row "" "per s" "p50 ms" "p99 ms" "app CPU" "PG CPU" "client" "other"
        row "" "" "" "" "ms/op" "ms/op" "ms/op" "CPU"
        row "HTTP POST answer (answers/s)" "$direct_tp" "$(field "$H2" p50_ms)" "$(field "$H2" p99_ms)" \
            "$(field "$H2" app_cpu_ms)" "$(field "$H2" pg_cpu_ms)" "$(field "$H2" client_cpu_ms)" "$(field "$H2" other_cpu_share)"
        if [[ $EXTRAS == 1 ]]; then
            row "HTTP GET next + POST answer (answers/s)" "$next_tp" "$(field "$H1" p50_ms)" "$(field "$H1" p99_ms)" \
                "$(field "$H1" app_cpu_ms)" "$(field "$H1" pg_cpu_ms)" "$(field "$H1" client_cpu_ms)" "$(field "$H1" other_cpu_share)"
        fi
        row "pgbench bench/review.sql (TPS)" "$pg_tps" "" "" "" "$(field "$P1" pg_cpu_ms)" "$(field "$P1" client_cpu_ms)" \
            "$(field "$P1" other_cpu_share)"
        echo "(non-200 answers: $(field "$H1" non200_post), GET /next non-200/204: $(field "$H1" non200_get)$(
            [[ $EXTRAS == 1 ]] && echo ", answer-only run: $(field "$H2" non200_post)"); \"other CPU\" = share of the"
        echo " machine used by processes outside the benchmark while it ran)"
        echo
        printf '%-60s %6s   (target >= 0.6)\n' "ratio app/pgbench: HTTP POST answer / review.sql" "$(ratio "$direct_tp" "$pg_tps")"
        printf '%-60s %6s\n' "  same, server CPU per op: PG(review.sql) / (app + PG)" \
            "$(ratio "$(field "$P1" pg_cpu_ms)" "$(sum "$(field "$H2" app_cpu_ms)" "$(field "$H2" pg_cpu_ms)")")"
        if [[ $EXTRAS == 1 ]]; then
            printf '%-60s %6s\n' "ratio HTTP GET next + POST answer / review.sql" "$(ratio "$next_tp" "$pg_tps")"
        fi
        echo
        printf '%-46s %10s %10s\n' "next-due query (interleaved, same noise)" "median ms" "p99 ms"
        printf '%-46s %10s %10s\n' "  10k review_state rows" "$nd10" "$nd10p99"
        printf '%-46s %10s %10s\n' "  1M review_state rows" "$nd1m" "$nd1mp99"
        printf '%-46s %10s %10s   (target <= 1.3)\n' "  ratio 1M/10k" "$(ratio "$nd1m" "$nd10")" "$(ratio "$nd1mp99" "$nd10p99")"
    } | tee "$OUT/summary.txt"
}
check_pg() { # after each phase
    if ! kill -0 "$PG_PID" 2>/dev/null || ! psql -X -q -t -c 'select 1' >/dev/null 2>&1; then
        echo "bench: PostgreSQL (postmaster pid $PG_PID) stopped or refuses connections during: $1." >&2
        if [[ -n "$APP_PID" ]] && ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "bench: the app (pid $APP_PID) exited too: something outside the benchmark stopped it (see $OUT/app.log)." >&2
            APP_PID=
        fi
        echo "bench: the measurements after it are skipped." >&2
        stop_app
        summary
        exit 1
    fi
}

# ---------------------------------------------------------------- build
bench_prepare gopherdrill-bench-app

# ---------------------------------------------------------------- content
# Recall cards the size of the real ones (content/decks: ~900 bytes of markdown per card
# and language), since every grade loads the card with its rendered text.
log "generating $CARDS recall cards in $OUT/content/decks/bench.{en,zh}.md"
rm -rf "$OUT/content"
mkdir -p "$OUT/content/decks"
{
    printf '# Bench\n\nSynthetic deck made by bench/run.sh, cards shaped like content/decks/slice.en.md.\n'
    for i in $(seq 1 "$CARDS"); do
        followups="[bench-$((i + 1))]"
        [[ $i == "$CARDS" ]] && followups="[]"
        cat <<CARD

## Bench card $i: nil slice vs empty slice

\`\`\`card
id: bench-$i
kind: recall
tags: [bench, slice, nil]
level: $((i % 3 + 1))
follow-ups: $followups
\`\`\`

What is the difference between these three declarations (variant $i)?

\`\`\`go
var a []int
b := []int{}
c := make([]int, 0, $i)
\`\`\`

### Answer
\`a\` is a **nil slice**: its header is all zeros (no backing array, len 0, cap 0), and
\`a == nil\` is true. \`b\` is **empty but not nil**: len and cap are 0, but the data
pointer is set to a zero-size allocation. For every zero-byte request the runtime returns
the address of one shared variable, \`runtime.zerobase\`. So \`b == nil\` is false.
\`c\` has room for $i elements. \`len\`, \`cap\`, \`range\` and \`append\` treat nil and empty
slices the same way. They differ for \`== nil\`, \`reflect.DeepEqual\`, and \`encoding/json\`.

### Key points
- nil slice: nil pointer, len 0, cap 0, \`== nil\` is true
- empty slice: non-nil pointer to a zero-size allocation, \`== nil\` is false
- same behaviour for len, cap, range, append; different for \`== nil\`, DeepEqual, JSON

### Explanation
When the empty slice lives on the heap, \`makeslice\` calls \`mallocgc(0, ...)\`, which
returns \`&zerobase\` without allocating. Return a nil slice when you mean "nothing".
CARD
    done
} > "$OUT/content/decks/bench.en.md"
{
    printf '# 基准\n\nbench/run.sh 生成的卡组。\n'
    for i in $(seq 1 "$CARDS"); do
        cat <<CARD

## 基准卡 $i：nil 切片与空切片

\`\`\`card
id: bench-$i
\`\`\`

下面三种声明有什么区别（第 $i 种变体）？

\`\`\`go
var a []int
b := []int{}
c := make([]int, 0, $i)
\`\`\`

### Answer
\`a\` 是 **nil 切片**：切片头全为零（没有底层数组，len 0，cap 0），\`a == nil\` 为真。
\`b\` 是**空切片但不是 nil**：len 和 cap 都是 0，但数据指针指向一个零大小的分配。
对所有零字节的申请，运行时都返回同一个变量 \`runtime.zerobase\` 的地址，所以 \`b == nil\`
为假。\`c\` 可以容纳 $i 个元素。\`len\`、\`cap\`、\`range\` 和 \`append\` 对两者的处理相同；
\`== nil\`、\`reflect.DeepEqual\` 和 \`encoding/json\` 会区分它们。

### Key points
- nil 切片：指针为 nil，len 0，cap 0，\`== nil\` 为真
- 空切片：指针指向零大小的分配，\`== nil\` 为假
- len、cap、range、append 行为相同；\`== nil\`、DeepEqual、JSON 不同

### Explanation
空切片分配在堆上时，\`makeslice\` 调用 \`mallocgc(0, ...)\`，直接返回 \`&zerobase\`，
不做分配。表示“没有”时返回 nil 切片。
CARD
    done
} > "$OUT/content/decks/bench.zh.md"

# ---------------------------------------------------------------- app + fresh database
stop_pg_left_on "$OUT/pg"
rm -rf "$OUT/pg" "$OUT/pg.password"
log "starting the app on port $HTTP_PORT (log: $OUT/app.log)"
: > "$OUT/app.log"
start_app "$HTTP_PORT" "$OUT/pg" "$OUT/app.log" -Dgopherdrill.content.dir="$OUT/content"
pg_env "$OUT/pg"
PG_PORT=$PGPORT
PG_PID=$(sed -n 1p "$OUT/pg/postmaster.pid")
echo "app pid $APP_PID, embedded PostgreSQL on port $PG_PORT (postmaster pid $PG_PID)"
if grep -q -E ' (WARN|ERROR) ' "$OUT/app.log"; then
    echo "start-up warnings:"; grep -E ' (WARN|ERROR) ' "$OUT/app.log" | head -5
fi
card_count=$(psql -X -A -t -c "select count(*) from card where not retired")
[[ $card_count == "$CARDS" ]] || die "the app loaded $card_count cards, expected $CARDS (see $OUT/app.log)"

# ---------------------------------------------------------------- load
# Cost 4 (the minimum) so that signing 1,000 learners in takes seconds; sign-ins are not
# measured, and a grade never checks the password.
HASH=$(bench_java dev.gopherdrill.bench.BcryptHash "$PASSWORD" 4)
log "loading $USERS learners x $CARDS cards of review state (all due)"
psql -X -q -v users="$USERS" -v hash="$HASH" -f bench/load.sql

# ---------------------------------------------------------------- HTTP
# The learners are split in two halves so that each run finds all its cards at version 0, due.
HALF=$((USERS / 2))
log "HTTP: $CLIENTS clients, POST /api/practice/answers only (learners $((HALF + 1))..$USERS)"
bench_java dev.gopherdrill.bench.ReviewLoad --url="http://localhost:$HTTP_PORT" --clients="$CLIENTS" \
    --first-user=$((HALF + 1)) --last-user="$USERS" --password="$PASSWORD" --warmup="$WARMUP" \
    --duration="$DURATION" --mode=direct --cards="$CARDS" --app-pid="$APP_PID" --pg-pid="$PG_PID" \
    | tee "$OUT/http-direct.txt" || echo "bench: the load client failed" >&2
check_pg "the HTTP run (answer only)"
if [[ $EXTRAS == 1 ]]; then
    log "HTTP: $CLIENTS clients, GET /api/practice/next + POST /api/practice/answers (learners 1..$HALF)"
    bench_java dev.gopherdrill.bench.ReviewLoad --url="http://localhost:$HTTP_PORT" --clients="$CLIENTS" \
        --first-user=1 --last-user="$HALF" --password="$PASSWORD" --warmup="$WARMUP" --duration="$DURATION" \
        --mode=next --cards="$CARDS" --app-pid="$APP_PID" --pg-pid="$PG_PID" | tee "$OUT/http-next.txt" \
        || echo "bench: the load client failed" >&2
    check_pg "the HTTP run (next + answer)"
fi

# ---------------------------------------------------------------- pgbench
# CPU ticks (1/100 s) so far: all of PostgreSQL (postmaster, live backends, reaped ones), machine busy, machine total
cpu_snapshot() {
    local pg
    pg=$(cat /proc/[0-9]*/stat 2>/dev/null | awk -v pm="$PG_PID" '{ pid = $1; line = $0; sub(/^.*\) /, "", line);
        split(line, f, " "); if (pid == pm) t += f[12] + f[13] + f[14] + f[15]; else if (f[2] == pm) t += f[12] + f[13] }
        END { print t + 0 }')
    awk -v pg="$pg" 'NR == 1 { b = $2 + $3 + $4 + $7 + $8 + $9; print pg, b, b + $5 + $6 }' /proc/stat
}
run_pgbench() { # script, output file
    local s0 s1 tx
    s0=$(cpu_snapshot)
    /usr/bin/time -f '%U %S' -o "$2.time" \
        pgbench -n -M prepared -c "$CLIENTS" -j 2 -T "$PGBENCH_SECONDS" -D users="$USERS" -D cards="$CARDS" \
        -f "$1" 2>&1 | tee "$2" || true
    check_pg "pgbench $1"
    s1=$(cpu_snapshot)
    tx=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$2")
    awk -v a="$s0" -v b="$s1" -v tx="${tx:-0}" -v t="$(tail -1 "$2.time")" 'BEGIN {
        split(a, x, " "); split(b, y, " "); split(t, z, " ");
        pg = (y[1] - x[1]) / 100; busy = (y[2] - x[2]) / 100; total = (y[3] - x[3]) / 100; cl = z[1] + z[2];
        other = busy - pg - cl; if (tx == 0) tx = 1;
        printf "CPU during the run: PostgreSQL %.1f s, pgbench %.1f s, other processes %.1f s, idle %.1f s (of %.1f s)\n",
            pg, cl, other, total - busy, total;
        printf "CPU per transaction: PostgreSQL %.2f ms, pgbench %.2f ms\n", 1000 * pg / tx, 1000 * cl / tx;
        printf "RESULT pg_cpu_ms=%.2f client_cpu_ms=%.2f other_cpu_share=%.2f\n", 1000 * pg / tx, 1000 * cl / tx, other / total
    }' | tee -a "$2"
}
if (( PGBENCH_SECONDS > 0 )); then
    log "pgbench: bench/review.sql, $CLIENTS clients, $PGBENCH_SECONDS s"
    run_pgbench bench/review.sql "$OUT/pgbench-review.txt"
fi

# ---------------------------------------------------------------- next-due query
# Two copies of review_state, 10k and 1M rows, in schemas of their own; the measurement
# alternates between them so that noise from other work hits both alike.
if (( NEXTDUE_EXECUTIONS > 0 )); then
    NEXTDUE_SMALL=$((10000 / CARDS))
    NEXTDUE_LARGE=$((1000000 / CARDS))
    log "next-due query: review_state tables of $NEXTDUE_SMALL and $NEXTDUE_LARGE learners x $CARDS cards"
    psql -X -q -v users="$NEXTDUE_SMALL" -v schema=nextdue_10k -f bench/nextdue.sql
    psql -X -q -v users="$NEXTDUE_LARGE" -v schema=nextdue_1m -f bench/nextdue.sql
    bench_java dev.gopherdrill.bench.NextDueLatency --jdbc-url="jdbc:postgresql://localhost:$PG_PORT/gopherdrill" \
        --password="$PGPASSWORD" --sets=10k:nextdue_10k,1M:nextdue_1m --executions="$NEXTDUE_EXECUTIONS" | tee "$OUT/nextdue.txt" \
        || echo "bench: the next-due measurement failed" >&2
    check_pg "the next-due measurement"
fi

stop_app

summary
echo
echo "details in $OUT/ (app.log, http-*.txt, pgbench-*.txt, nextdue.txt, summary.txt)"
