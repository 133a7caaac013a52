# Sourced by .ci/run and bench/run.sh: a MariaDB on loopback and a fresh database on it.

log() { printf '\n=== %s\n' "$*"; }

mariadb_answers() {
    command -v mariadb-admin >/dev/null 2>&1 && mariadb-admin --user=root --silent ping >/dev/null 2>&1
}

# Starts MariaDB when none answers, installing it first when it is absent, and lets it take connections
# enough for two Trackline nodes at full pool (TRACKLINE_DB_POOL_MAX, 100 each) and the tools beside them.
ensure_mariadb() {
    if mariadb_answers; then
        log "MariaDB answers"
    else
        start_mariadb
    fi
    mariadb --user=root -e "SET GLOBAL max_connections = 500"
}

start_mariadb() {
    if [ ! -x /usr/sbin/mariadbd ]; then
        log "Installing MariaDB"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq mariadb-server >/dev/null
    fi
    log "Starting MariaDB"
    mkdir -p /run/mysqld
    chown mysql /run/mysqld
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    for _ in $(seq 1 60); do
        mariadb_answers && return
        sleep 1
    done
    echo "MariaDB did not start within 60 s" >&2
    exit 1
}

# create_database NAME USER PASSWORD: drops and creates the database, and a user that owns it.
create_database() {
    local name=$1 user=$2 password=$3
    log "Creating database ${name}"
    mariadb --user=root <<SQL
DROP DATABASE IF EXISTS ${name};
CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${user}'@'localhost' IDENTIFIED BY '${password}';
CREATE USER IF NOT EXISTS '${user}'@'127.0.0.1' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON ${name}.* TO '${user}'@'localhost';
GRANT ALL PRIVILEGES ON ${name}.* TO '${user}'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
}
