# Shared by the benchmark scripts (run.sh, reliability.sh): build and copy the app, compile the
# load clients, start and stop an app of their own. Source it from the repository root.
# Each script sets OUT (its folder under target/) before calling these.

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

JAR=target/quarkus-app/quarkus-run.jar
APP_PID=

# bench_prepare NAME: packages the app if target/quarkus-app is missing or older than the
# sources (unless BENCH_SKIP_BUILD=1), copies it to $OUT/app/NAME.jar, and compiles the load
# clients (src/test/java/dev/gopherdrill/bench) into $OUT/classes. Sets APP_JAR and BENCH_CP.
bench_prepare() {
    local name=$1
    if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
        if [[ ! -f $JAR ]] || [[ -n "$(find pom.xml src/main db -newer "$JAR" -print -quit)" ]]; then
            log "packaging the app (./mvnw -q -B package -DskipTests)"
            ./mvnw -q -B package -DskipTests \
                || die "the app does not build right now (others may be editing it); try again in a minute"
        fi
    fi
    [[ -f $JAR ]] || die "$JAR is missing"
    mkdir -p "$OUT"
    # Run a copy: others may rebuild target/quarkus-app meanwhile; and under its own name, so
    # that stopping "quarkus-run.jar" processes by name does not stop it.
    local attempt
    for attempt in 1 2 3; do
        rm -rf "$OUT/app"
        if cp -a target/quarkus-app "$OUT/app" 2>/dev/null && [[ -f $OUT/app/quarkus-run.jar ]]; then
            mv "$OUT/app/quarkus-run.jar" "$OUT/app/$name.jar"
            break
        fi
        [[ $attempt == 3 ]] && die "cannot copy target/quarkus-app (being rebuilt?)"
        sleep 20
    done
    APP_JAR=$OUT/app/$name.jar
    # The load clients need only the test classpath's libraries (JDBC driver, Jackson,
    # BcryptUtil) and the app's own classes (from the copy), so they are compiled on their own:
    # a test elsewhere that does not compile at the moment does not stop the benchmark.
    if [[ ! -s $OUT/classpath.txt || pom.xml -nt $OUT/classpath.txt ]]; then
        log "resolving the test classpath"
        ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null \
            || die "cannot resolve the test classpath"
    fi
    rm -rf "$OUT/classes"
    mkdir -p "$OUT/classes"
    BENCH_CP="$OUT/classes:$OUT/app/app/*:$(cat "$OUT/classpath.txt")"
    javac -nowarn -d "$OUT/classes" -cp "$BENCH_CP" src/test/java/dev/gopherdrill/bench/*.java
}

bench_java() { java -cp "$BENCH_CP" "$@"; }

# stop_pg_left_on DIR: a postmaster left on a data folder by an interrupted run, stopped before
# the folder is deleted (by its pid file, so only that folder's server).
stop_pg_left_on() {
    local old
    if [[ -f $1/postmaster.pid ]]; then
        old=$(head -1 "$1/postmaster.pid")
        if [[ $old =~ ^[0-9]+$ ]] && [[ "$(ps -o comm= -p "$old" 2>/dev/null)" == postgres ]]; then
            log "stopping PostgreSQL pid $old left on $1 by an earlier run"
            kill -TERM "$old"
            for _ in $(seq 60); do kill -0 "$old" 2>/dev/null || break; sleep 1; done
        fi
    fi
}

# start_app PORT DATA_DIR LOG [java options...]: starts the copied app with an embedded
# PostgreSQL in DATA_DIR (its session key beside it) and waits for /q/health/ready. Sets APP_PID.
start_app() {
    local port=$1 data=$2 logfile=$3 i
    shift 3
    if curl -s -o /dev/null "http://localhost:$port/"; then
        die "something already listens on port $port"
    fi
    # shellcheck disable=SC2086
    java ${BENCH_APP_JAVA_OPTS:-} "$@" -Dgopherdrill.db.data-dir="$data" \
        -Dgopherdrill.session-key-file="$data.session.key" -Dquarkus.http.port="$port" \
        -jar "$APP_JAR" >> "$logfile" 2>&1 &
    APP_PID=$!
    await_ready "$port" "$logfile"
}

# await_ready PORT LOG: until /q/health/ready answers 200 (180 s at most).
await_ready() {
    local i
    for i in $(seq 1800); do
        kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$2"; APP_PID=; die "the app exited during start-up (log: $2)"; }
        curl -sf -o /dev/null "http://localhost:$1/q/health/ready" && return 0
        sleep 0.1
    done
    tail -30 "$2"
    die "the app was not ready within 180 s"
}

# stop_app: SIGTERM (the app stops its PostgreSQL), 90 s at most.
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the app (pid $APP_PID; it stops its PostgreSQL)"
        kill -TERM "$APP_PID"
        for _ in $(seq 90); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        if kill -0 "$APP_PID" 2>/dev/null; then
            echo "the app did not stop within 90 s; pid $APP_PID left running" >&2
        fi
    fi
    APP_PID=
}

# pg_env DATA_DIR: psql/pgbench settings for the app's embedded server (port from its pid file,
# password from the file beside the folder).
pg_env() {
    local port
    port=$(sed -n 4p "$1/postmaster.pid" 2>/dev/null || true)
    [[ $port =~ ^[0-9]+$ ]] || die "cannot find the embedded PostgreSQL port in $1/postmaster.pid"
    export PGHOST=localhost PGPORT=$port PGUSER=postgres PGDATABASE=gopherdrill
    PGPASSWORD=$(cat "$1.password")
    export PGPASSWORD
}
