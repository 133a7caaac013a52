#!/usr/bin/env bash
# Scaling curves (issue 17, item 6): how auction latency, the server's memory and postback throughput move
# as the data grows, on one Trackline server (bench/server.sh: database trackline_scaling, port 9480 or
# BENCH_SCALING_HTTP_PORT):
# - auctions: retailer 11's index grows to 1,000, 10,000 and 100,000 ad groups of 10 keywords each, loaded
#   into the running server's database (bench/retail_data.sh). The index reloads by itself when the rows
#   change; each load carries a probe keyword on its last ad group, and the step waits until an auction for
#   it wins, then warms up and measures latency at a fixed 1,000 auctions a second (bench/Paced.java);
# - memory: the live heap after a full collection (GC.class_histogram) at each size, and from the smallest
#   to the largest, MB per 100,000 ad groups;
# - postbacks at 64 connections (bench/wrk.sh's scenario) for 1,000, 100,000 and 1,000,000 influencers,
#   drawn at random: the larger, the more postbacks name an influencer never seen, whose row is created.
#   bench/scaling.sh [seconds per step, default 10]
# The searches stay those of bench/run.sh over the same 2,000-word vocabulary, so each keyword of a search
# has ten times the candidates at each step. Paced runs three times the step (one collection pause moves a
# short run's p99); the first step warms the JIT up for BENCH_SCALING_WARM_UP seconds (60) first.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly DURATION=${1:-10}
readonly PORT=${BENCH_SCALING_HTTP_PORT:-9480}
readonly BASE="http://127.0.0.1:${PORT}"
readonly DB_NAME=trackline_scaling DB_USER=trackline_scaling DB_PASSWORD=trackline_scaling
readonly JIT_WARM_UP=${BENCH_SCALING_WARM_UP:-60}
readonly RATE=1000 RETAILER=11 KEY=TEST-KEY FIRST_GROUP_ID=900000 KEYWORDS_PER_GROUP=10
readonly INDEX_TIMEOUT_SECONDS=600

# shellcheck source=server.sh
. bench/server.sh
# shellcheck source=wrk.sh
. bench/wrk.sh

now() { date +%s.%N; }
since() { awk -v from="$1" -v to="$(now)" 'BEGIN { printf "%.1f", to - from }'; }

# load_groups FROM TO: adds ad groups FROM … TO-1 in one transaction, with the probe keyword of TO on the
# last of them; prints how many seconds it took.
load_groups() {
    local from=$1 to=$2 started
    started=$(now)
    {
        AD_GROUPS=$to FIRST_GROUP=$from WINNERS=0 bash bench/retail_data.sh sql | grep -v '^COMMIT;$'
        printf "INSERT INTO ad_keyword (ad_group_id, keyword, match_type, bid) VALUES (%d, '%s', 'EXACT', 9.99);\n" \
            $((FIRST_GROUP_ID + to - 1)) "$(probe "$to")"
        echo "COMMIT;"
    } | mariadb --user=root "$DB_NAME" || return 1
    since "$started"
}

probe() { echo "scalingprobe$1"; }

# await_index GROUPS: waits until an auction for the probe of that load is won by its ad group (the index
# holds the whole load); prints how many seconds that took.
await_index() {
    local groups=$1 started term uid signature body
    started=$(now)
    term=$(probe "$groups")
    uid="scaling-${groups}"
    signature=$(printf '%s' "WEB_DESKTOP${term}${uid}" | openssl dgst -sha256 -hmac "$KEY" -binary | base64)
    body="{\"platform_type\":\"WEB_DESKTOP\",\"search_term\":\"${term}\",\"uid\":\"${uid}\"}"
    for _ in $(seq 1 $((INDEX_TIMEOUT_SECONDS * 4))); do
        if curl -s -X POST -H 'Content-Type: application/json' -H "X-STREAEM-HASH: ${signature}" --data "$body" \
                "${BASE}/api/auction/sp/keyword/${RETAILER}" \
                | grep -Eq "\"adgroup_id\": *$((FIRST_GROUP_ID + groups - 1))[,}]"; then
            since "$started"
            return
        fi
        sleep 0.25
    done
    echo "The auction index did not load ${groups} ad groups within ${INDEX_TIMEOUT_SECONDS} s" >&2
    tail -50 "$server_log" >&2
    exit 1
}

# live_heap_mb: the server's live objects in MB, counted after the full collection the histogram makes.
live_heap_mb() {
    jcmd "$(liberty_jvm "$server_pid")" GC.class_histogram | awk '$1 == "Total" { printf "%.0f", $3 / 1048576 }'
}

influencer_rows() {
    mariadb --user=root --skip-column-names "$DB_NAME" -e "SELECT COUNT(*) FROM influencer"
}

if ! command -v wrk >/dev/null 2>&1; then
    log "Installing wrk"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
start_trackline
started_at=$(now)

auction_lua=$(mktemp --suffix=.lua)
bash bench/retail_data.sh lua >"$auction_lua"
auction_requests=$(mktemp)
bash bench/retail_data.sh requests >"$auction_requests"
auctions=$(mktemp)
memory=$(mktemp)
paced=$(mktemp)

loaded=0
warm_up=$JIT_WARM_UP
for groups in 1000 10000 100000; do
    log "Index: ${groups} ad groups, $((groups * KEYWORDS_PER_GROUP)) keywords"
    load_seconds=$(load_groups "$loaded" "$groups")
    index_seconds=$(await_index "$groups")
    loaded=$groups
    echo "loaded in ${load_seconds} s, in the index ${index_seconds} s later; warming up ${warm_up} s"
    wrk -t2 -c64 -d"${warm_up}s" -s "$auction_lua" "$BASE" >/dev/null
    warm_up=$DURATION
    java bench/Paced.java "$BASE" "$RATE" $((DURATION * 3)) "auction, ${groups} ad groups" "$auction_requests" \
        | tee "$paced"
    # Paced's first row ends with rate, p50 and p99; its second reads "p99.9 X ms, max Y ms, …".
    awk -v groups="$groups" -v keywords=$((groups * KEYWORDS_PER_GROUP)) -v load_s="$load_seconds" \
        -v index_s="$index_seconds" '
        NR == 1 { errors = $(NF-3); p50 = $(NF-1); p99 = $NF }
        NR == 2 { p999 = $2; max = $5 + 0 }
        END { printf "%10d %9d %7s %8s %7d %8.2f %8.2f %9.2f %8.2f\n", groups, keywords, load_s, index_s, errors,
              p50, p99, p999, max }' "$paced" >>"$auctions"
    heap_mb=$(live_heap_mb)
    printf "%10d %9d %13d\n" "$groups" $((groups * KEYWORDS_PER_GROUP)) "$heap_mb" >>"$memory"
done

log "Postbacks: warm-up (${DURATION} s), then 64 connections, ${DURATION} s for each count of influencers"
wrk -t2 -c64 -d"${DURATION}s" -s bench/postback.lua "$BASE" >/dev/null
RESULTS=$(mktemp)
header
postbacks=$(mktemp)
for influencers in 1000 100000 1000000; do
    before=$(influencer_rows)
    INFLUENCERS=$influencers scenario "postback, ${influencers} influencers" -s bench/postback.lua "$BASE"
    # scenario's row ends with ok, errors, per s, p50 and p99.
    tail -1 "$RESULTS" | awk -v influencers="$influencers" -v created=$(($(influencer_rows) - before)) \
        -v duration="$DURATION" '{ printf "%11d %8.0f %7d %9d %8.2f %8.2f\n", influencers, $(NF-4) / duration,
                                   $(NF-3), created, $(NF-1), $NF }' >>"$postbacks"
done

log "Auctions at a fixed ${RATE}/s, $((DURATION * 3)) s a step (latency from when each was due)"
printf "%10s %9s %7s %8s %7s %8s %8s %9s %8s\n" "ad groups" "keywords" "load s" "index s" "errors" "p50 ms" \
    "p99 ms" "p99.9 ms" "max ms"
cat "$auctions"

log "Memory: live heap after a full collection"
printf "%10s %9s %13s\n" "ad groups" "keywords" "live heap MB"
cat "$memory"
awk 'NR == 1 { groups = $1; heap = $3 } END { printf "%.0f MB per 100,000 ad groups (from %d to %d)\n",
     ($3 - heap) / ($1 - groups) * 100000, groups, $1 }' "$memory"

log "Postbacks at 64 connections, ${DURATION} s each"
printf "%11s %8s %7s %9s %8s %8s\n" "influencers" "ok/s" "errors" "new rows" "p50 ms" "p99 ms"
cat "$postbacks"
echo
echo "bench/scaling.sh took $(since "$started_at") s after the server started"
