# Sourced by the benchmarks. scenario NAME [wrk options and URL]: one wrk run at 64 connections (or
# CONNECTIONS) for DURATION seconds, appended to the file RESULTS as a table row: ok, errors (answers that
# are not 2xx), per second, p50 and p99 in ms.
scenario() {
    local name=$1
    shift
    profile_start "$name"
    wrk -t2 -c"${CONNECTIONS:-64}" -d"${DURATION}s" --latency "$@" | awk -v name="$name" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /requests in/ { total = $1 }
        /Non-2xx/ { errors = $NF }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        /Requests\/sec/ { rate = $2 }
        END { printf "%-44s %9d %7d %10.0f %9.2f %9.2f\n", name, total - errors, errors + 0, rate, p50, p99 }' \
        | tee -a "$RESULTS"
    profile_stop "$name"
}

# profile_start NAME / profile_stop NAME: with BENCH_JFR_DIR set, a Java Flight Recording (settings
# "profile") of the server started by bench/server.sh, for the one scenario, written to
# BENCH_JFR_DIR/NAME.jfr; otherwise nothing.
profile_start() {
    [ -n "${BENCH_JFR_DIR:-}" ] || return 0
    jcmd "$(liberty_jvm "$server_pid")" JFR.start name=bench settings=profile >/dev/null
}

profile_stop() {
    [ -n "${BENCH_JFR_DIR:-}" ] || return 0
    mkdir -p "$BENCH_JFR_DIR"
    local file
    file="${BENCH_JFR_DIR}/$(echo "$1" | tr -c 'A-Za-z0-9,\n' '-').jfr"
    jcmd "$(liberty_jvm "$server_pid")" JFR.stop name=bench filename="$file" >/dev/null
}

# header: the table's heading row, which starts RESULTS afresh.
header() {
    printf "%-44s %9s %7s %10s %9s %9s\n" "scenario" "ok" "errors" "per s" "p50 ms" "p99 ms" | tee "$RESULTS"
}
