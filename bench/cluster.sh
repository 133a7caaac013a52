#!/usr/bin/env bash
# The cluster benchmark: committed postbacks and signed auctions per second through the balancer
# (http://localhost:8080) with two nodes, then with one node behind the same balancer, and their ratio; and
# postback-to-overlay delivery across nodes (postbacks to node 1, 2,000 overlays on node 2). It starts the
# cluster (scripts/cluster.sh up) and stops it when it ends.
#   bench/cluster.sh [seconds per scenario, default 15]
# Load comes from wrk (Debian's package, installed if absent) and bench/Delivery.java; everything, the two
# nodes, MariaDB, Kafka, nginx and the load, shares this machine's cores.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly DURATION=${1:-15}
readonly BALANCER=http://127.0.0.1:8080 NODE1=http://127.0.0.1:9080 NODE2=http://127.0.0.1:9081
readonly NGINX=target/cluster/nginx
readonly DB_NAME=trackline_cluster

log() { printf '\n=== %s\n' "$*"; }

if ! command -v wrk >/dev/null 2>&1; then
    log "Installing wrk"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
ulimit -n 65536 2>/dev/null || true
trap 'scripts/cluster.sh down' EXIT
# The delivery scenario opens 2,000 overlay streams from this one address.
CLUSTER_NODE_ENV='TRACKLINE_OVERLAY_MAX_STREAMS_PER_IP=2500' scripts/cluster.sh up

log "Loading 10,000 ad groups and 100,000 keywords for retailer 11"
mariadb --user=root "$DB_NAME" < <(bash bench/retail_data.sh sql)
auction_lua=$(mktemp --suffix=.lua)
bash bench/retail_data.sh lua >"$auction_lua"
sleep 6 # the nodes' auction index notices the new ad groups within 5 s

# balance N...: the balancer sends to these nodes' ports only.
balance() {
    local servers="" port
    for port in "$@"; do
        servers="${servers}        server 127.0.0.1:${port};\n"
    done
    awk -v servers="$servers" '/server 127\.0\.0\.1:908[01];/ { if (!done) { printf "%s", servers; done = 1 } next }
                               { print }' scripts/cluster/nginx.conf >"${NGINX}/nginx.conf"
    nginx -p "$(pwd)/${NGINX}" -c nginx.conf -s reload
    sleep 2
}

RESULTS=$(mktemp)
# shellcheck source=wrk.sh
. bench/wrk.sh

log "Warm-up, both nodes through the balancer (30 s postbacks, 60 s auctions)"
wrk -t2 -c64 -d30s -s bench/postback.lua "$BALANCER" >/dev/null
wrk -t2 -c64 -d60s -s "$auction_lua" "$BALANCER" >/dev/null

log "Load: 64 connections, ${DURATION} s a scenario"
header
scenario "postbacks, 2 nodes behind nginx" -s bench/postback.lua "$BALANCER"
scenario "auctions, 2 nodes behind nginx" -s "$auction_lua" "$BALANCER"
delivery=$(mktemp)
java bench/Delivery.java "$NODE1" "$NODE2" >"$delivery"
sed '$d' "$delivery"
tail -1 "$delivery" | tee -a "$RESULTS"
balance 9080
scenario "postbacks, 1 node behind nginx" -s bench/postback.lua "$BALANCER"
scenario "auctions, 1 node behind nginx" -s "$auction_lua" "$BALANCER"
balance 9080 9081

awk 'NR == 2 { two_postbacks = $(NF-2) } NR == 3 { two_auctions = $(NF-2) }
     NR == 5 { one_postbacks = $(NF-2) } NR == 6 { one_auctions = $(NF-2) }
     END { printf "\nratio two nodes / one node: postbacks %.2f, auctions %.2f\n",
           two_postbacks / one_postbacks, two_auctions / one_auctions }' "$RESULTS"
