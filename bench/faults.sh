#!/usr/bin/env bash
# The fault suite: Trackline on Liberty against a MariaDB of its own (a fresh data directory under /tmp,
# port 3310), under load from bench/Faults.java (32 client threads, every request with an id of its own,
# nothing retried), through five faults, each checked against the database by id:
#   1. kill -9 of Liberty under postback and MMP load: no acknowledged (2xx) event lost;
#   2. kill -9 of MariaDB under that load, restarted after 30 s: none lost; during the outage every refusal
#      is a 503 problem+json with Retry-After, no answer takes over 1 s (1.5 s for a request in flight at the
#      kill); a success within 5 s of its return;
#   3. the postback table held by LOCK TABLES ... WRITE for 15 s: 503s within 1 s, no request takes 1.5 s,
#      a success within 5 s of the unlock, and from 3 s after it at least 99% of postbacks succeed (the
#      verdict lists the causes of any refusal then);
#   4. SIGTERM to Liberty under load: every request sent before the signal gets an HTTP answer;
#   5. kill -9 of MariaDB for 60 s under signed sponsored-product auctions (200 a second): every auction is
#      served 200 with winners, and every served auction is in the database within 30 s of its return; a
#      click on a winner during the outage is refused (503 with Retry-After, within 1 s), and once the
#      database is back the same click is billed, once.
# Prints each scenario's figures and one line "PASS|FAIL  scenario: figures"; exits non-zero if any failed.
#   bench/faults.sh
# As root on Debian (it installs mariadb-server, curl and procps when absent), with a JDK 17 or later.
# About 6 minutes, a cached build included. Loopback only; it stops only the processes it started.
# Environment:
# FAULTS_HTTP_PORT (9380), FAULTS_HTTPS_PORT (9381), FAULTS_DB_PORT (3310), FAULTS_THREADS (32),
# FAULTS_AUCTION_RATE (auctions a second in scenario 5: 200, far below the 50,000 auctions the server may
# hold unrecorded, so that the outage and not that cap is what is tested), FAULTS_SCENARIOS (the scenarios
# to run, by number: "1 2 3 4 5", all of them; "3 3 3" runs the third three times).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=jvm.sh
. bench/jvm.sh

readonly HTTP_PORT=${FAULTS_HTTP_PORT:-9380}
readonly HTTPS_PORT=${FAULTS_HTTPS_PORT:-9381}
readonly DB_PORT=${FAULTS_DB_PORT:-3310}
readonly THREADS=${FAULTS_THREADS:-32}
readonly AUCTION_RATE=${FAULTS_AUCTION_RATE:-200}
readonly WARM_UP_SECONDS=10
readonly BASE="http://127.0.0.1:${HTTP_PORT}"
readonly DB_NAME=trackline_faults DB_USER=trackline_faults
DB_PASSWORD="faults-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
readonly DB_PASSWORD
readonly JDBC_URL="jdbc:mariadb://127.0.0.1:${DB_PORT}/${DB_NAME}"
# The checker reads MariaDB with the driver the project uses, from the local Maven repository.
DRIVER_VERSION=$(sed -n 's:.*<mariadb.version>\(.*\)</mariadb.version>.*:\1:p' pom.xml)
readonly DRIVER_VERSION
readonly JDBC_JAR="${HOME}/.m2/repository/org/mariadb/jdbc/mariadb-java-client/${DRIVER_VERSION}/\
mariadb-java-client-${DRIVER_VERSION}.jar"
readonly SERVER_LOGS=ear/target/liberty/wlp/usr/servers/trackline/logs
# Every id of this run starts with it, so that the checker finds the run's rows by one prefix.
RUN=$(date +%s | tail -c 7)
readonly RUN

WORK=$(mktemp -d /tmp/trackline-faults.XXXXXX)
readonly WORK
# mariadbd runs as the mysql user: it must reach its data directory and socket under here.
chmod 755 "$WORK"
readonly DB_DIR="${WORK}/mariadb"
readonly DB_SOCKET="${DB_DIR}/mysqld.sock"
readonly VERDICTS="${WORK}/verdicts"
readonly STARTED_AT=$SECONDS

db_pid="" mvn_pid="" liberty_pid="" load_pid="" load_log="" starts=0 loads=0

log() { printf '\n=== %s\n' "$*"; }
note() { printf '  %s: %s\n' "$(date +%T.%3N)" "$*"; }
die() {
    printf 'faults.sh: %s\n' "$*" >&2
    exit 1
}
now_ms() { date +%s%3N; }

# alive PID: the process runs (a zombie child, not yet waited for, does not count).
alive() {
    local state
    state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [ "${state:0:1}" != Z ]
}

# wait_gone PID SECONDS: true once the process has ended, false if it still runs after SECONDS.
wait_gone() {
    local pid=$1 tenths=$(($2 * 10))
    while alive "$pid"; do
        tenths=$((tenths - 1))
        [ "$tenths" -gt 0 ] || return 1
        sleep 0.1
    done
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cleanup() {
    local status=$?
    set +e
    if [ -n "$load_pid" ]; then
        kill -TERM "$load_pid" 2>/dev/null
        wait "$load_pid" 2>/dev/null
    fi
    stop_trackline
    if [ -n "$db_pid" ]; then
        kill -TERM "$db_pid" 2>/dev/null
        wait_gone "$db_pid" 30 || kill -KILL "$db_pid" 2>/dev/null
        wait "$db_pid" 2>/dev/null
    fi
    if [ "$status" -eq 0 ]; then
        rm -rf "$WORK"
    else
        rm -rf "${DB_DIR}/data"
        printf 'faults.sh: logs kept in %s\n' "$WORK" >&2
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

install_missing() {
    local packages=()
    [ -x /usr/sbin/mariadbd ] || packages+=(mariadb-server)
    command -v curl >/dev/null 2>&1 || packages+=(curl)
    command -v pgrep >/dev/null 2>&1 || packages+=(procps)
    [ "${#packages[@]}" -eq 0 ] && return
    log "Installing ${packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${packages[@]}" >/dev/null
}

sql() { mariadb --no-defaults --socket="$DB_SOCKET" --user=root "$@"; }

init_mariadb() {
    log "Creating a MariaDB data directory in ${DB_DIR}/data"
    mkdir -p "${DB_DIR}/data"
    chown -R mysql:mysql "$DB_DIR"
    mariadb-install-db --no-defaults --user=mysql --datadir="${DB_DIR}/data" \
        --auth-root-authentication-method=normal --skip-test-db >"${DB_DIR}/install.log" 2>&1 \
        || { cat "${DB_DIR}/install.log" >&2; die "mariadb-install-db failed"; }
}

# Starts mariadbd on the data directory (again, after a kill) and returns once it answers.
start_mariadb() {
    rm -f "$DB_SOCKET"
    /usr/sbin/mariadbd --no-defaults --datadir="${DB_DIR}/data" --port="$DB_PORT" --socket="$DB_SOCKET" \
        --bind-address=127.0.0.1 --user=mysql --pid-file="${DB_DIR}/mariadbd.pid" \
        --log-error="${DB_DIR}/error.log" --skip-name-resolve >>"${DB_DIR}/console.log" 2>&1 &
    db_pid=$!
    for _ in $(seq 1 600); do
        mariadb-admin --no-defaults --socket="$DB_SOCKET" --user=root --silent ping >/dev/null 2>&1 && return
        alive "$db_pid" || break
        sleep 0.1
    done
    tail -n 30 "${DB_DIR}/error.log" >&2
    die "MariaDB did not start"
}

kill_mariadb() {
    kill -KILL "$db_pid"
    wait "$db_pid" 2>/dev/null || true
    note "killed MariaDB (pid ${db_pid}) with SIGKILL"
    db_pid=""
}

create_database() {
    log "Creating database ${DB_NAME}"
    sql <<SQL
CREATE DATABASE ${DB_NAME} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON ${DB_NAME}.* TO '${DB_USER}'@'localhost';
GRANT ALL PRIVILEGES ON ${DB_NAME}.* TO '${DB_USER}'@'127.0.0.1';
SQL
}

start_trackline() {
    starts=$((starts + 1))
    local server_log="${WORK}/liberty-${starts}.log"
    log "Starting Trackline on port ${HTTP_PORT} (log ${server_log})"
    TRACKLINE_DB_URL="$JDBC_URL" TRACKLINE_DB_USER="$DB_USER" TRACKLINE_DB_PASSWORD="$DB_PASSWORD" \
        TRACKLINE_DEMO=true ./mvnw -B -ntp -pl ear liberty:run -Dhttp.port="$HTTP_PORT" \
        -Dhttps.port="$HTTPS_PORT" >"$server_log" 2>&1 &
    mvn_pid=$!
    for _ in $(seq 1 300); do
        if curl -sf "${BASE}/health/ready" >/dev/null 2>&1; then
            liberty_pid=$(liberty_jvm "$mvn_pid") || die "no Liberty JVM under liberty:run (pid ${mvn_pid})"
            warm_up
            return
        fi
        if ! alive "$mvn_pid"; then
            tail -n 50 "$server_log" >&2
            die "liberty:run ended before Trackline was ready"
        fi
        sleep 1
    done
    tail -n 50 "$server_log" >&2
    die "Trackline was not ready within 300 s"
}

# A server just started answers slowly while its JVM compiles the hot paths (the README's cold start): ten
# seconds of load first, whose requests no scenario counts, so that the faults meet a warm server.
warm_up() {
    note "warming up: ${WARM_UP_SECONDS} s of load"
    faults load "$BASE" mixed "$THREADS" "$WARM_UP_SECONDS" "${WORK}/warm-up-${starts}.log" "f${RUN}warm${starts}" \
        >"${WORK}/warm-up-${starts}.out" 2>&1 || { cat "${WORK}/warm-up-${starts}.out" >&2; die "the warm-up failed"; }
}

# Keeps a copy of the server's log of this start (the next start rotates it away).
save_server_log() {
    local log
    for log in "$SERVER_LOGS"/messages*.log; do
        [ -f "$log" ] && gzip -c "$log" >"${WORK}/server-${starts}-$(basename "$log").gz"
    done
    return 0
}

# Stops liberty:run with SIGTERM (it stops its server); the server's JVM itself only if it outlives it.
stop_trackline() {
    if [ -n "$mvn_pid" ] && alive "$mvn_pid"; then
        kill -TERM "$mvn_pid"
        wait_gone "$mvn_pid" 60 || kill -KILL "$mvn_pid"
    fi
    [ -z "$mvn_pid" ] || wait "$mvn_pid" 2>/dev/null || true
    if [ -n "$liberty_pid" ] && alive "$liberty_pid"; then
        kill -TERM "$liberty_pid"
        wait_gone "$liberty_pid" 30 || kill -KILL "$liberty_pid"
    fi
    [ "$starts" -eq 0 ] || save_server_log
    mvn_pid="" liberty_pid=""
}

# After the server's JVM was killed or stopped: liberty:run ends by itself; wait for it.
reap_trackline() {
    wait_gone "$liberty_pid" 60 || die "Liberty (pid ${liberty_pid}) did not end"
    wait_gone "$mvn_pid" 60 || kill -TERM "$mvn_pid"
    wait "$mvn_pid" 2>/dev/null || true
    save_server_log
    mvn_pid="" liberty_pid=""
}

faults() { java -cp "$JDBC_JAR" bench/Faults.java "$@"; }

# start_load NAME MODE MAX_SECONDS [RATE]: bench/Faults.java in the background; returns once it sends.
start_load() {
    local tag=${1//-/}
    loads=$((loads + 1))
    # numbered, so that a scenario run twice has logs and ids of its own each time
    load_log="${WORK}/$1-${loads}.log"
    faults load "$BASE" "$2" "$THREADS" "$3" "$load_log" "f${RUN}${loads}${tag:0:6}" "${4:-0}" \
        >"${load_log%.log}.load.out" 2>&1 &
    load_pid=$!
    for _ in $(seq 1 600); do
        [ -f "${load_log}.started" ] && return
        alive "$load_pid" || break
        sleep 0.1
    done
    cat "${load_log%.log}.load.out" >&2
    die "the load did not start"
}

stop_load() {
    touch "${load_log}.stop"
    if ! wait "$load_pid"; then
        cat "${load_log%.log}.load.out" >&2
        die "the load failed"
    fi
    load_pid=""
}

# verdict SCENARIO [name=epoch_ms ...]: the load's figures, then the scenario's PASS or FAIL line.
verdict() {
    local out="${WORK}/$1.verdict"
    if faults verdict "$1" "$load_log" "$JDBC_URL" "$DB_USER" "$DB_PASSWORD" "${@:2}" >"$out" 2>&1; then
        cat "$out"
        grep -E '^(PASS|FAIL)  ' "$out" >>"$VERDICTS" || echo "FAIL  $1: the checker printed no verdict" >>"$VERDICTS"
    else
        cat "$out"
        echo "FAIL  $1: the checker failed (above)" | tee -a "$VERDICTS"
    fi
}

scenario_liberty_kill() {
    log "1. kill -9 of Liberty after 10 s of postback and MMP load (${THREADS} threads)"
    start_load liberty-kill mixed 60
    sleep 10
    local kill_at
    kill_at=$(now_ms)
    kill -KILL "$liberty_pid"
    note "killed Liberty (pid ${liberty_pid}) with SIGKILL"
    sleep 1
    stop_load
    reap_trackline
    start_trackline
    verdict liberty-kill kill="$kill_at"
}

scenario_mariadb_kill() {
    log "2. kill -9 of MariaDB under postback and MMP load, restarted after 30 s"
    start_load mariadb-kill mixed 120
    sleep 5
    local kill_at back_at
    kill_at=$(now_ms)
    kill_mariadb
    sleep 30
    start_mariadb
    back_at=$(now_ms)
    note "MariaDB answers again, $(((back_at - kill_at) / 1000)) s after the kill"
    sleep 10
    stop_load
    verdict mariadb-kill kill="$kill_at" back="$back_at"
}

scenario_stalled_database() {
    log "3. the postback table locked (LOCK TABLES postback WRITE) for 15 s under postback load"
    start_load stalled-database tracker 60
    sleep 3
    local times
    # The lock's own start and end, as MariaDB saw them, in epoch milliseconds.
    times=$(sql --batch --skip-column-names "$DB_NAME" -e "LOCK TABLES postback WRITE;
        SELECT ROUND(UNIX_TIMESTAMP(NOW(3)) * 1000); DO SLEEP(15);
        SELECT ROUND(UNIX_TIMESTAMP(NOW(3)) * 1000); UNLOCK TABLES;")
    sleep 8
    stop_load
    verdict stalled-database lock_start="$(sed -n 1p <<<"$times")" lock_end="$(sed -n 2p <<<"$times")"
}

scenario_liberty_sigterm() {
    log "4. SIGTERM to Liberty under postback and MMP load"
    start_load liberty-sigterm mixed 90
    sleep 5
    local signal_at
    signal_at=$(now_ms)
    kill -TERM "$liberty_pid"
    note "sent SIGTERM to Liberty (pid ${liberty_pid})"
    wait_gone "$liberty_pid" 60 || die "Liberty did not stop within 60 s of SIGTERM"
    note "Liberty ended $(($(now_ms) - signal_at)) ms after the signal"
    sleep 1
    stop_load
    reap_trackline
    start_trackline
    verdict liberty-sigterm signal="$signal_at"
}

scenario_auctions_outage() {
    log "5. signed auctions (${AUCTION_RATE} a second) through a 60 s MariaDB outage (kill -9)"
    start_load auctions-outage auction 150 "$AUCTION_RATE"
    sleep 5
    local kill_at back_at
    kill_at=$(now_ms)
    kill_mariadb
    sleep 30
    local during after again
    during=$(faults click "$BASE" new)
    note "a click on a winner of an auction served during the outage: ${during}"
    sleep 30
    start_mariadb
    back_at=$(now_ms)
    note "MariaDB answers again, $(((back_at - kill_at) / 1000)) s after the kill"
    sleep 5
    stop_load
    verdict auctions-outage kill="$kill_at" back="$back_at" poll_until=$((back_at + 30000))
    after=$(faults click "$BASE" "${during%% *}")
    again=$(faults click "$BASE" "${during%% *}")
    click_verdict "$during" "$after" "$again"
}

# click_verdict DURING AFTER AGAIN: a click during the outage is refused (503, Retry-After, within 1 s);
# sent again once the database is back it is billed, and a third time it is a duplicate: billed once.
click_verdict() {
    local id=${1%% *} during_status during_retry during_ms billed
    read -r _ during_status during_retry during_ms _ <<<"$1"
    billed=$(sql --batch --skip-column-names "$DB_NAME" \
        -e "SELECT COUNT(*) FROM ad_click WHERE auction_id = '${id}' AND billed")
    local line="outage-click: during=${during_status} retry_after=${during_retry} ms=${during_ms},"
    line+=" after=\"${2#* }\", again=\"${3#* }\", billed_rows=${billed}"
    if [ "$during_status" = 503 ] && [ "$during_retry" = 1 ] && [ "$during_ms" -lt 1000 ] \
        && [[ $2 == *" 200 "*"billed=true duplicate=false" ]] && [[ $3 == *" 200 "*"duplicate=true" ]] \
        && [ "$billed" = 1 ]; then
        echo "PASS  ${line}" | tee -a "$VERDICTS"
    else
        echo "FAIL  ${line}; failed: a click during the outage must get 503 with Retry-After within 1 s, and be billed once when sent again" \
            | tee -a "$VERDICTS"
    fi
}

for port in "$HTTP_PORT" "$HTTPS_PORT" "$DB_PORT"; do
    port_free "$port" || die "port ${port} is in use"
done
install_missing
init_mariadb
log "Starting MariaDB on port ${DB_PORT}"
start_mariadb
create_database
ulimit -n 65536 2>/dev/null || true

log "Building"
./mvnw -B -q -ntp install -DskipTests
[ -f "$JDBC_JAR" ] || die "no MariaDB driver at ${JDBC_JAR}"
start_trackline

for scenario in ${FAULTS_SCENARIOS:-1 2 3 4 5}; do
    case "$scenario" in
        1) scenario_liberty_kill ;;
        2) scenario_mariadb_kill ;;
        3) scenario_stalled_database ;;
        4) scenario_liberty_sigterm ;;
        5) scenario_auctions_outage ;;
        *) die "no scenario ${scenario} (FAULTS_SCENARIOS takes numbers from 1 to 5)" ;;
    esac
done

log "Results ($(((SECONDS - STARTED_AT) / 60)) min $(((SECONDS - STARTED_AT) % 60)) s)"
cat "$VERDICTS"
if grep -q '^FAIL' "$VERDICTS"; then
    exit 1
fi
