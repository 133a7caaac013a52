#!/usr/bin/env bash
# The benchmark: Trackline on Liberty against MariaDB, both on loopback. Prints, at 64 connections,
# committed postbacks per second with p50/p99 latency, the same for the no-op /api/ping of the same server,
# a hot-key run (every postback for one influencer), the MMP's /mmp/postback (GET) and /mmp/s2sevent
# (a new user attributed by every call), signed sponsored-product keyword auctions among 10,000 ad groups
# and 100,000 keywords, signed retail clicks (each billed once) and purchases (each attributed), and
# postback-to-overlay delivery with 2,000 widgets. Then latency at a fixed 2,000 requests a second (open
# loop, bench/Paced.java) for the no-op and the auctions, and the server's memory and collections. A
# postback overload run (1,024 connections) follows the hot key. Last, the database's own group-commit
# ceiling for each write path (postbacks spread and hot key, MMP postbacks and s2sevents, retail clicks and
# purchases): the same writes sent by a plain JDBC program (bench/Ceiling.java: the application's
# statements, 2 writers, the mean batch the application had in that scenario), and each path's committed
# rate as a fraction of it.
#   bench/run.sh [seconds per scenario, default 15]
# Load comes from wrk (Debian's package, installed if absent) and bench/Delivery.java; both share the
# machine's cores with the server and the database.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly DURATION=${1:-15}
readonly PORT=${BENCH_HTTP_PORT:-9280}
readonly BASE="http://127.0.0.1:${PORT}"
readonly DB_NAME=trackline_bench DB_USER=trackline_bench DB_PASSWORD=trackline_bench

# shellcheck source=server.sh
. bench/server.sh

if ! command -v wrk >/dev/null 2>&1; then
    log "Installing wrk"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
start_trackline

log "Loading 10,000 ad groups and 100,000 keywords for retailer 11"
mariadb --user=root "$DB_NAME" < <(bash bench/retail_data.sh sql)
auction_lua=$(mktemp --suffix=.lua)
bash bench/retail_data.sh lua >"$auction_lua"
auction_requests=$(mktemp)
bash bench/retail_data.sh requests >"$auction_requests"
ping_requests=$(mktemp)
printf 'GET\t/api/ping\t-\t-\n' >"$ping_requests"
click_requests=$(mktemp)
java bench/RetailEvents.java clicks 100000 >"$click_requests"
purchase_requests=$(mktemp)
java bench/RetailEvents.java purchases 100000 >"$purchase_requests"

RESULTS=$(mktemp)
# shellcheck source=wrk.sh
. bench/wrk.sh
CEILING=$(mktemp)
# shellcheck source=ceiling.sh
. bench/ceiling.sh

log "Warm-up (${DURATION} s)"
wrk -t2 -c64 -d"${DURATION}s" -s bench/postback.lua "$BASE" >/dev/null
wrk -t2 -c64 -d5s -s bench/mmp_postback.lua "$BASE" >/dev/null
wrk -t2 -c64 -d5s -s bench/s2sevent.lua "$BASE" >/dev/null
# Auctions run the longest code path: the JIT needs about a minute of them on two cores.
wrk -t2 -c64 -d60s -s "$auction_lua" "$BASE" >/dev/null
wrk -t2 -c64 -d5s "${BASE}/api/ping" >/dev/null

log "Load: 64 connections, ${DURATION} s a scenario"
mark_batches postback "S2S event" retail-click retail-conversion
header
scenario "no-op GET /api/ping" "${BASE}/api/ping"
scenario "postback, 1,000 influencers" -s bench/postback.lua "$BASE"
ceiling_batch postback postback
HOT=1 scenario "postback, one influencer (hot key)" -s bench/postback.lua "$BASE"
ceiling_batch postback-hot postback
# Overload: 16 times the connections, each sending again as soon as it is answered. Past the group commit's
# bounds the answer is a fast 503 (the errors column): the committed rate (ok) must hold, and the p99 of
# every answer, 503s included, stay under 1 s.
CONNECTIONS=1024 scenario "postback, overload: 1,024 connections" -s bench/postback.lua "$BASE"
scenario "MMP GET /mmp/postback, 100,000 users" -s bench/mmp_postback.lua "$BASE"
ceiling_batch mmp-postback "S2S event"
scenario "MMP /mmp/s2sevent, every user new" -s bench/s2sevent.lua "$BASE"
ceiling_batch s2sevent "S2S event"
scenario "auction, 10k ad groups, 100k keywords" -s "$auction_lua" "$BASE"
REQUESTS="$click_requests" scenario "retail click, billed, 100,000 winners" -s bench/requests.lua "$BASE"
ceiling_batch retail-click retail-click
REQUESTS="$purchase_requests" scenario "retail purchase, attributed" -s bench/requests.lua "$BASE"
ceiling_batch retail-purchase retail-conversion
profile_start "delivery"
java bench/Delivery.java "$BASE" | tee -a "$RESULTS" | tail -1
profile_stop "delivery"

# Latency at a fixed rate, last, after every other scenario has filled the heap: three times the scenario
# length, since one collection pause moves a p99 of a short run.
paced=$(mktemp)
java bench/Paced.java "$BASE" 2000 $((DURATION * 3)) "no-op GET /api/ping at 2,000/s" "$ping_requests" >>"$paced"
profile_start "auction at 2,000 a second"
java bench/Paced.java "$BASE" 2000 $((DURATION * 3)) "auction at 2,000/s" "$auction_requests" >>"$paced"
profile_stop "auction at 2,000 a second"

# Each path against the no-op: answered 2xx per second (the ok column over the run, so refusals never count
# as throughput), and p99 latency.
awk 'NR == 2 { noop = $(NF-4) / duration; noop_p99 = $NF }
     NR == 3 { spread = $(NF-4) / duration } NR == 4 { hot = $(NF-4) / duration }
     NR == 5 { overload_ok = $(NF-4); overload_refused = $(NF-3); overload_p99 = $NF }
     NR >= 3 && NR <= 10 && NR != 5 { name[NR] = substr($0, 1, 44); rate[NR] = $(NF-4) / duration; p99[NR] = $NF }
     END { printf "\n%-44s %10s %12s\n", "against the no-op", "throughput", "p99 latency"
           for (row = 3; row <= 10; row++) if (row != 5)
               printf "%-44s %9.2fx %11.1fx\n", name[row], rate[row] / noop, p99[row] / noop_p99
           printf "\nhot key throughput vs spread: %+.0f%%\n", (hot / spread - 1) * 100
           printf "overload: committed %.0f/s (%.2f of the 64-connection rate), %d refused 503, p99 %.0f ms\n",
           overload_ok / duration, overload_ok / duration / spread, overload_refused, overload_p99 }' \
    duration="$DURATION" "$RESULTS"

log "Fixed rate: 2,000 requests a second, $((DURATION * 3)) s each (latency from when each was due)"
printf "%-44s %9s %7s %10s %9s %9s\n" "scenario" "ok" "errors" "per s" "p50 ms" "p99 ms"
cat "$paced"

log "Memory, over the whole run (the server's GC log and its peak resident set)"
gc_log=ear/target/liberty/wlp/usr/servers/trackline/gc.log
grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$gc_log" | sed -E 's/([0-9]+)M->([0-9]+)M\(([0-9]+)M\)/\1 \2 \3/' \
    | awk '$1 > peak { peak = $1 } $3 > heap { heap = $3 } END { printf "heap: peak %d MB used of %d MB\n", peak, heap }'
grep -E 'Pause' "$gc_log" | grep -oE '[0-9.]+ms$' | tr -d 'ms' | sort -n \
    | awk '{ pause[NR] = $1; total += $1 }
           END { p99 = int(NR * 0.99); if (p99 < 1) p99 = 1
                 printf "pauses: %d, p50 %.1f ms, p99 %.1f ms, longest %.1f ms, %.0f ms in all\n",
                 NR, pause[int((NR + 1) / 2)], pause[p99], pause[NR], total }'
printf "full collections: %d\n" "$(grep -c 'Pause Full' "$gc_log" || true)"
awk '/VmHWM/ { printf "peak resident set: %d MB\n", $2 / 1024 }' "/proc/$(liberty_jvm "$server_pid")/status"

log "Ceiling: the same writes from plain JDBC (bench/Ceiling.java), ${DURATION} s a path"
printf "%-44s %7s %10s %10s\n" "path" "batch" "rows/s" "batches/s"
run_ceiling
# Each write path's answered 2xx per second (rows 3, 4, 6, 7, 9, 10 of RESULTS) over its ceiling (the
# ceiling's rows, in the order it ran them).
awk 'FNR == NR { rate[FNR] = $(NF-4) / duration; next } { ceiling[FNR] = $(NF-1) }
     function ratio(name, row, path) {
         if (ceiling[path] > 0) printf "ratio %s / ceiling: %.2f\n", name, rate[row] / ceiling[path] }
     END { printf "\n"
           ratio("committed postbacks", 3, 1); ratio("hot key postbacks", 4, 2)
           ratio("MMP postbacks", 6, 3); ratio("MMP s2sevents", 7, 4)
           ratio("retail clicks", 9, 5); ratio("retail purchases", 10, 6) }' \
    duration="$DURATION" "$RESULTS" "$CEILING"
