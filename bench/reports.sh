#!/usr/bin/env bash
# The report benchmark: Trackline on Liberty against MariaDB, with a million events of each product in the
# database (bench/report_data.sql: postbacks, S2S events with their clicks and users, retail events as
# their daily totals), then the time each dashboard report page takes to render over 30 days and the
# overview over 14, from sign-in to the last byte (bench/ReportPages.java), page after page.
#   bench/reports.sh [rounds per page, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."

readonly ROUNDS=${1:-30}
readonly PORT=${BENCH_HTTP_PORT:-9280}
readonly BASE="http://127.0.0.1:${PORT}"
readonly DB_NAME=trackline_bench DB_USER=trackline_bench DB_PASSWORD=trackline_bench

# shellcheck source=server.sh
. bench/server.sh
start_trackline

log "Loading a million events of each product (and the retail benchmark's ad groups)"
mariadb --user=root "$DB_NAME" < <(bash bench/retail_data.sh sql)
time mariadb --user=root "$DB_NAME" < bench/report_data.sql
mariadb --user=root "$DB_NAME" -e "SELECT (SELECT COUNT(*) FROM postback) AS postbacks,
    (SELECT COUNT(*) FROM influencer_daily_stats) AS influencer_rows, (SELECT COUNT(*) FROM mmp_event) AS s2s_events,
    (SELECT COUNT(*) FROM mmp_daily_traffic) AS traffic_rows, (SELECT COUNT(*) FROM retail_daily_stats) AS retail_rows"

brand=$(mariadb --user=root -N "$DB_NAME" -e "SELECT id FROM customer WHERE code = 'default'")
app=$(mariadb --user=root -N "$DB_NAME" -e "SELECT id FROM mmp_app WHERE code = 'store-app'")
to=$(date -u +%F)
from=$(date -u -d '29 days ago' +%F)
range="from=${from}&to=${to}"

log "Dashboard pages, ${ROUNDS} loads each after a warm-up"
java bench/ReportPages.java "$BASE" "$ROUNDS" \
    "brand=/dashboard/influencer/report.xhtml?${range}" \
    "admin=/dashboard/influencer/report.xhtml?brand=${brand}&${range}" \
    "app-owner=/dashboard/apps/report.xhtml?${range}" \
    "admin=/dashboard/apps/report.xhtml?app=${app}&${range}" \
    "retailer=/dashboard/retail/report.xhtml?${range}" \
    "admin=/dashboard/index.xhtml"
