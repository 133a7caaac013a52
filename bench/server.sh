# Sourced by the benchmarks: Trackline built and started on loopback against a fresh MariaDB database
# (demo data loaded), stopped when the calling script exits. Needs PORT, BASE, DB_NAME, DB_USER, DB_PASSWORD.

# shellcheck source=../scripts/mariadb.sh
. scripts/mariadb.sh
# shellcheck source=jvm.sh
. bench/jvm.sh

start_trackline() {
    ensure_mariadb
    create_database "$DB_NAME" "$DB_USER" "$DB_PASSWORD"
    ulimit -n 65536 2>/dev/null || true

    log "Building"
    ./mvnw -B -q -ntp install -DskipTests

    log "Starting Trackline on port ${PORT}"
    server_log=$(mktemp)
    # The delivery scenario (bench/Delivery.java) opens 2,000 overlay streams from this one address: far
    # more than the per-address cap a real deployment wants (one streamer has a handful).
    TRACKLINE_DB_URL="jdbc:mariadb://127.0.0.1:3306/${DB_NAME}" TRACKLINE_DB_USER="$DB_USER" \
        TRACKLINE_DB_PASSWORD="$DB_PASSWORD" TRACKLINE_DEMO=true TRACKLINE_OVERLAY_MAX_STREAMS_PER_IP=2500 \
        ./mvnw -B -ntp -pl ear liberty:run -Dhttp.port="$PORT" -Dhttps.port=$((PORT + 1)) >"$server_log" 2>&1 &
    server_pid=$!
    trap 'kill -TERM "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT

    for _ in $(seq 1 180); do
        curl -sf "${BASE}/health/ready" >/dev/null 2>&1 && return
        if ! kill -0 "$server_pid" 2>/dev/null; then
            cat "$server_log" >&2
            exit 1
        fi
        sleep 1
    done
    curl -sf "${BASE}/health/ready" >/dev/null
}
