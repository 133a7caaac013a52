#!/usr/bin/env bash
# The test command: installs what the integration tests need from the system's packages when it is absent
# (Chromium and its driver for the browser tests, Node.js and npm for the Standard Webhooks client;
# Debian or Ubuntu, as root or through sudo), then runs the unit and integration tests (./mvnw verify).
#   scripts/test.sh [Maven arguments...]
# Without a database setting the tests run on the embedded database; .ci/run runs this on MariaDB too.
set -euo pipefail
cd "$(dirname "$0")/.."

# The packages that give each command the tests start.
readonly -A PACKAGES=([/usr/bin/chromium]=chromium [/usr/bin/chromedriver]=chromium-driver
    [node]=nodejs [npm]=npm)

missing_packages() {
    local command
    for command in "${!PACKAGES[@]}"; do
        command -v "$command" >/dev/null 2>&1 || echo "${PACKAGES[$command]}"
    done | sort -u
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "scripts/test.sh: installing needs root or sudo: $*" >&2
        exit 1
    fi
}

install_missing() {
    local missing
    mapfile -t missing < <(missing_packages)
    [ "${#missing[@]}" -eq 0 ] && return
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "scripts/test.sh: install ${missing[*]} (no apt-get here)" >&2
        exit 1
    fi
    printf '\n=== Installing %s\n' "${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_missing
exec ./mvnw -B -ntp verify "$@"
