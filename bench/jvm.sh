# Sourced by the benchmarks. liberty_jvm PID: the Liberty server's JVM (ws-server.jar) among the descendants
# of process PID (a liberty:run).
liberty_jvm() {
    local queue=("$1") pid
    while [ "${#queue[@]}" -gt 0 ]; do
        pid=${queue[0]}
        queue=("${queue[@]:1}")
        if tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null | grep -q 'ws-server\.jar'; then
            echo "$pid"
            return
        fi
        mapfile -t -O "${#queue[@]}" queue < <(pgrep -P "$pid" || true)
    done
    return 1
}
