#!/usr/bin/env bash
# The benchmark: Trackline on Liberty against MariaDB, both on loopback, loaded by bench/Bench.java.
# Prints committed postbacks per second and p50/p99 latency at 64 clients, the same for the no-op
# /api/ping of the same server, a hot-key run, and postback-to-overlay delivery with 2,000 widgets.
#   bench/run.sh [seconds per scenario, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."

readonly SECONDS_PER_SCENARIO=${1:-15}
readonly PORT=${BENCH_HTTP_PORT:-9280}
readonly DB_NAME=trackline_bench DB_USER=trackline_bench DB_PASSWORD=trackline_bench

# shellcheck source=../scripts/mariadb.sh
. scripts/mariadb.sh

ensure_mariadb
create_database "$DB_NAME" "$DB_USER" "$DB_PASSWORD"
ulimit -n 65536 2>/dev/null || true

log "Building"
./mvnw -B -q -ntp install -DskipTests

log "Starting Trackline on port ${PORT}"
server_log=$(mktemp)
TRACKLINE_DB_URL="jdbc:mariadb://127.0.0.1:3306/${DB_NAME}" TRACKLINE_DB_USER="$DB_USER" \
    TRACKLINE_DB_PASSWORD="$DB_PASSWORD" TRACKLINE_DEMO=true \
    ./mvnw -B -ntp -pl ear liberty:run -Dhttp.port="$PORT" -Dhttps.port=$((PORT + 1)) >"$server_log" 2>&1 &
server_pid=$!
trap 'kill -TERM "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:${PORT}/health/ready" >/dev/null 2>&1 && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        cat "$server_log" >&2
        exit 1
    fi
    sleep 1
done
curl -sf "http://127.0.0.1:${PORT}/health/ready" >/dev/null

log "Load (each scenario ${SECONDS_PER_SCENARIO} s; the generator shares the cores)"
java bench/Bench.java "http://127.0.0.1:${PORT}" "$SECONDS_PER_SCENARIO"
