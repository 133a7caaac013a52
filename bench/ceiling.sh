# Sourced by bench/run.sh: the database's own group-commit ceiling for each write path, measured side by
# side with the application. ceiling_batch, after a write scenario, takes the mean batch its group commit
# had in that scenario (the server's histogram trackline_group_commit_batch_size, on /metrics) and queues
# that path of bench/Ceiling.java with it; run_ceiling then runs them all, DURATION seconds each, on an empty
# copy of the schema the server made (database trackline_ceiling), and prints its table to the file
# CEILING. Needs PORT, DB_NAME, DB_USER, DB_PASSWORD, DURATION.

readonly CEILING_DB=trackline_ceiling
# The most a batch holds at 64 connections: the ceiling's batch when the server's meters do not tell.
readonly CEILING_DEFAULT_BATCH=64
readonly METRICS_CREDENTIAL=${BENCH_METRICS_CREDENTIAL:-metrics:trackline-demo-metrics}
declare -A BATCH_COUNT=() BATCH_SUM=()
CEILING_RUNS=()

# batch_meters PATH: "count sum" of the group commit PATH's batch sizes so far ("0 0" before its first
# batch), or nothing when /metrics does not answer.
batch_meters() {
    local exposition
    exposition=$(curl -ksf -u "$METRICS_CREDENTIAL" "https://127.0.0.1:$((PORT + 1))/metrics") || return 0
    awk -v path="path=\"$1\"" '
        index($0, "trackline_group_commit_batch_size_count{") == 1 && index($0, path) { count = $NF }
        index($0, "trackline_group_commit_batch_size_sum{") == 1 && index($0, path) { sum = $NF }
        END { printf "%.0f %.0f\n", count, sum }' <<<"$exposition"
}

# mark_batches PATH...: remembers the group commits' meters, for the next ceiling_batch of each to start
# from.
mark_batches() {
    local path meters
    for path in "$@"; do
        meters=$(batch_meters "$path")
        BATCH_COUNT[$path]=${meters% *}
        BATCH_SUM[$path]=${meters#* }
    done
}

# ceiling_batch CEILING_PATH GROUP_COMMIT_PATH: queues bench/Ceiling.java's CEILING_PATH with the mean batch
# of the group commit GROUP_COMMIT_PATH since it was last marked (then marks it).
ceiling_batch() {
    local before_count=${BATCH_COUNT[$2]:-} before_sum=${BATCH_SUM[$2]:-} batch
    mark_batches "$2"
    batch=$(awk -v c0="$before_count" -v s0="$before_sum" -v c1="${BATCH_COUNT[$2]}" -v s1="${BATCH_SUM[$2]}" \
        -v fallback="$CEILING_DEFAULT_BATCH" 'BEGIN {
            if (c0 == "" || c1 == "" || c1 - c0 <= 0) print fallback
            else { mean = (s1 - s0) / (c1 - c0); print (mean < 1 ? 1 : int(mean + 0.5)) } }')
    CEILING_RUNS+=("$1:$batch")
}

# run_ceiling: the queued paths of bench/Ceiling.java, on the JDBC driver the server runs with.
run_ceiling() {
    local driver
    driver=$(ls ear/target/liberty/wlp/usr/servers/trackline/lib/jdbc/mariadb-java-client-*.jar)
    create_database "$CEILING_DB" "$DB_USER" "$DB_PASSWORD" >/dev/null
    mariadb-dump --user=root --no-data "$DB_NAME" | mariadb --user=root "$CEILING_DB"
    java -cp "$driver" bench/Ceiling.java "jdbc:mariadb://127.0.0.1:3306/${CEILING_DB}" "$DB_USER" "$DB_PASSWORD" \
        "$DURATION" "${CEILING_RUNS[@]}" | tee "$CEILING"
}
