#!/usr/bin/env bash
# A Trackline cluster on loopback, from this checkout: MariaDB, a Kafka broker (KRaft, from the Apache Kafka
# artifacts on Maven Central), two Liberty nodes of the built EAR in demo mode, and nginx in front of them.
#   scripts/cluster.sh up      build, start everything, wait until both nodes are ready
#   scripts/cluster.sh down    stop what `up` started, and nothing else
#   scripts/cluster.sh status  what runs
# CLUSTER_NODE_ENV, lines of NAME=value, adds to both nodes' environment (bench/cluster.sh raises a cap).
# The balancer listens on http://localhost:8080, the nodes on http://localhost:9080 and :9081 (HTTPS :9443
# and :9444), Kafka on 127.0.0.1:9092. State, logs and PID files are in target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly STATE=target/cluster
readonly WLP=ear/target/liberty/wlp
readonly NODES=(1 2)
readonly DB_NAME=trackline_cluster DB_USER=trackline_cluster DB_PASSWORD=trackline_cluster
readonly KAFKA_VERSION_POM=scripts/cluster/kafka-pom.xml
readonly KAFKA_BOOTSTRAP=127.0.0.1:9092
readonly BALANCER=http://localhost:8080

# shellcheck source=mariadb.sh
. scripts/mariadb.sh

http_port() { echo $((9079 + $1)); }
https_port() { echo $((9442 + $1)); }
node_name() { echo "trackline-node$1"; }
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { [ -f "${STATE}/$1.pid" ] && cat "${STATE}/$1.pid" || true; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# await WHAT SECONDS COMMAND...: runs COMMAND every second until it succeeds.
await() {
    local what=$1 seconds=$2
    shift 2
    for _ in $(seq 1 "$seconds"); do
        "$@" && return
        sleep 1
    done
    echo "${what} was not there within ${seconds} s" >&2
    return 1
}

build() {
    log "Building the EAR and the Liberty runtime"
    ./mvnw -B -ntp -q install -DskipTests
    ./mvnw -B -ntp -q -pl ear liberty:create
}

start_database() {
    # one this script did not start is left running by down
    mariadb_answers || touch "${STATE}/mariadb.ours"
    ensure_mariadb
    create_database "$DB_NAME" "$DB_USER" "$DB_PASSWORD"
}

start_kafka() {
    local dir="${STATE}/kafka"
    log "Starting Kafka on ${KAFKA_BOOTSTRAP}"
    if [ ! -d "${dir}/libs" ]; then
        ./mvnw -B -ntp -q -f "$KAFKA_VERSION_POM" dependency:copy-dependencies \
            -DoutputDirectory="$(pwd)/${dir}/libs"
    fi
    rm -rf "${dir}/data"
    mkdir -p "${dir}/data"
    { cat scripts/cluster/kafka.properties; echo "log.dirs=$(pwd)/${dir}/data"; } >"${dir}/server.properties"
    local cluster_id
    cluster_id=$(java -cp "${dir}/libs/*" kafka.tools.StorageTool random-uuid)
    java -cp "${dir}/libs/*" kafka.tools.StorageTool format -t "$cluster_id" -c "${dir}/server.properties" \
        >"${dir}/format.log" 2>&1
    nohup java -Xmx512m -Xms512m -cp "${dir}/libs/*" kafka.Kafka "${dir}/server.properties" \
        >"${dir}/kafka.log" 2>&1 &
    echo $! >"${STATE}/kafka.pid"
    await "Kafka" 90 port_open 9092
}

# install_node N: a Liberty server of its own for node N: the shipped server.xml and EAR, the build's
# drivers, its ports, and its environment in server.env.
install_node() {
    local n=$1 server
    server="${WLP}/usr/servers/$(node_name "$n")"
    rm -rf "$server"
    mkdir -p "${server}/dropins" "${server}/lib/jdbc"
    cp ear/src/main/liberty/config/server.xml "${server}/server.xml"
    cp ear/target/trackline.ear "${server}/dropins/"
    cp "${WLP}"/usr/servers/trackline/lib/jdbc/*.jar "${server}/lib/jdbc/"
    printf 'http.port=%s\nhttps.port=%s\n' "$(http_port "$n")" "$(https_port "$n")" >"${server}/bootstrap.properties"
    cat >"${server}/server.env" <<ENV
TRACKLINE_DEMO=true
TRACKLINE_DB_URL=jdbc:mariadb://127.0.0.1:3306/${DB_NAME}
TRACKLINE_DB_USER=${DB_USER}
TRACKLINE_DB_PASSWORD=${DB_PASSWORD}
TRACKLINE_HTTP_TRUSTED_PROXIES=127.0.0.1, ::1
TRACKLINE_KAFKA_BOOTSTRAP_SERVERS=${KAFKA_BOOTSTRAP}
${CLUSTER_NODE_ENV:-}
ENV
}

ready() { curl -sf "http://localhost:$1/health/ready" >/dev/null 2>&1; }

start_nodes() {
    local n
    for n in "${NODES[@]}"; do
        log "Starting node ${n} on port $(http_port "$n")"
        install_node "$n"
        "${WLP}/bin/server" start "$(node_name "$n")" >"${STATE}/node${n}-start.log" 2>&1
        touch "${STATE}/node${n}.ours"
    done
    for n in "${NODES[@]}"; do
        await "Node ${n}" 300 ready "$(http_port "$n")"
    done
}

start_balancer() {
    local dir="${STATE}/nginx"
    log "Starting nginx on ${BALANCER}"
    mkdir -p "$dir"
    cp scripts/cluster/nginx.conf "${dir}/nginx.conf"
    nginx -p "$(pwd)/${dir}" -c nginx.conf
    cp "${dir}/nginx.pid" "${STATE}/nginx.pid"
    await "The balancer" 30 curl -sf "${BALANCER}/health/ready" -o /dev/null
}

install_missing() {
    local missing=()
    command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    [ "${#missing[@]}" -eq 0 ] && return
    log "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
}

up() {
    if [ -f "${STATE}/up" ]; then
        echo "A cluster is up already (scripts/cluster.sh down first)" >&2
        exit 1
    fi
    local port
    for port in 8080 9080 9081 9092 9093 9443 9444; do
        if port_open "$port"; then
            echo "Port ${port} is taken" >&2
            exit 1
        fi
    done
    mkdir -p "$STATE"
    touch "${STATE}/up"
    install_missing
    build
    start_database
    start_kafka
    start_nodes
    start_balancer
    log "Up: ${BALANCER} (nodes http://localhost:9080 and http://localhost:9081, Kafka ${KAFKA_BOOTSTRAP})"
}

# stop_pid NAME: SIGTERM to the process `up` recorded, SIGKILL if it is still there after 30 s.
stop_pid() {
    local pid
    pid=$(pid_of "$1")
    if alive "$pid"; then
        kill -TERM "$pid"
        for _ in $(seq 1 30); do
            alive "$pid" || break
            sleep 1
        done
        alive "$pid" && kill -KILL "$pid"
    fi
    rm -f "${STATE}/$1.pid"
}

down() {
    local n
    log "Stopping what scripts/cluster.sh up started"
    stop_pid nginx
    for n in "${NODES[@]}"; do
        if [ -f "${STATE}/node${n}.ours" ]; then
            "${WLP}/bin/server" stop "$(node_name "$n")" >/dev/null 2>&1 || true
            rm -f "${STATE}/node${n}.ours"
        fi
    done
    stop_pid kafka
    if [ -f "${STATE}/mariadb.ours" ]; then
        mariadb-admin --user=root shutdown
        rm -f "${STATE}/mariadb.ours"
    fi
    rm -f "${STATE}/up"
}

status() {
    local n
    printf 'balancer %s: %s\n' "$BALANCER" "$(curl -s -o /dev/null -w '%{http_code}' "${BALANCER}/health/ready")"
    for n in "${NODES[@]}"; do
        printf 'node %s http://localhost:%s: %s\n' "$n" "$(http_port "$n")" \
            "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$(http_port "$n")/health/ready")"
    done
    if port_open 9092; then echo "kafka ${KAFKA_BOOTSTRAP}: listening"; else echo "kafka: not listening"; fi
}

case "${1:-}" in
    up) up ;;
    down) down ;;
    status) status ;;
    *)
        echo "usage: scripts/cluster.sh up|down|status" >&2
        exit 2
        ;;
esac
