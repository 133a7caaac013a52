#!/usr/bin/env bash
# The cluster suite: starts a cluster (scripts/cluster.sh up), runs the cluster integration tests against
# its two nodes directly (ear/src/test/java/io/trackline/cluster, Maven profile `cluster`), and stops the
# cluster again (scripts/cluster.sh down) whatever happened. Exits with the tests' status, and fails when no
# cluster test ran. Figures (delivery and revocation times) are the lines that start with "cluster:".
#   scripts/cluster-test.sh [Maven arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."

readonly STATE=target/cluster
readonly REPORTS=ear/target/failsafe-reports

log() { printf '\n=== %s\n' "$*"; }

# Down only after an `up` that got as far as recording its state: a refused `up` (a port taken) started
# nothing, and a cluster someone else started is theirs.
stop_cluster() {
    local status=$?
    if [ -f "${STATE}/up" ]; then
        scripts/cluster.sh down || status=1
    fi
    log "scripts/cluster-test.sh: exit ${status} after ${SECONDS} s"
    exit "$status"
}

# Sums the tests="N" attributes of the cluster suite's JUnit reports.
count_tests() {
    local total=0 n report
    for report in "${REPORTS}"/TEST-io.trackline.cluster.*.xml; do
        [ -f "$report" ] || continue
        n=$(grep -o -m1 'tests="[0-9]*"' "$report" | grep -o '[0-9]*')
        total=$((total + n))
    done
    echo "$total"
}

if [ -f "${STATE}/up" ]; then
    echo "A cluster is up already (scripts/cluster.sh down first)" >&2
    exit 1
fi
trap stop_cluster EXIT
trap 'exit 130' INT TERM
scripts/cluster.sh up
rm -f "${REPORTS}"/TEST-io.trackline.cluster.*.xml
log "Cluster tests"
./mvnw -B -ntp -o -pl ear verify -Pcluster "$@"
ran=$(count_tests)
if [ "$ran" -eq 0 ]; then
    echo "No cluster test ran" >&2
    exit 1
fi
log "Cluster: ${ran} tests ran and passed"
