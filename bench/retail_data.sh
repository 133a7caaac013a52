#!/usr/bin/env bash
# Retail media load for the benchmark, on the demo retailer 11 (key TEST-KEY):
#   bench/retail_data.sh sql  > file.sql   10,000 ad groups with 10 keywords each (100,000), 10,000 products,
#                                          and 100,000 auction winners (bench-click-N) for the click scenario
#   bench/retail_data.sh lua  > file.lua   a wrk script cycling through 1,000 signed keyword auctions
#   bench/retail_data.sh requests > file   the same auctions for bench/Paced.java (fixed-rate latency)
# Keywords are one or two words of a 2,000-word vocabulary (w0 … w1999), so a search finds a few dozen
# candidates among the 100,000.
# The environment may change the sql's size (bench/scaling.sh grows the index in steps): AD_GROUPS (10,000),
# the ad groups there are once it is loaded; FIRST_GROUP (0), the first one this load adds, those below it
# having been loaded before (the advertiser and its campaigns come with the first load only); WINNERS
# (100,000). Rows go in 1,000 ad groups to a statement and in one transaction: a million keywords load in
# seconds, and the server's index, which reloads when the row counts change, never sees half a load.
set -euo pipefail
readonly RETAILER=11 KEY=TEST-KEY KEYWORDS_PER_GROUP=10 WORDS=2000
readonly AD_GROUPS=${AD_GROUPS:-10000} FIRST_GROUP=${FIRST_GROUP:-0} WINNERS=${WINNERS:-100000}

sql() {
    awk -v first="$FIRST_GROUP" -v groups="$AD_GROUPS" -v per="$KEYWORDS_PER_GROUP" -v words="$WORDS" \
        -v winners="$WINNERS" -v retailer="$RETAILER" '
    # Rows wait in arrays, one per table, until flush() writes each array as one INSERT.
    function flush() {
        if (rows == 0) return
        insert("retail_product (retailer_id, product_id, name, stock, updated_at)", products, rows)
        insert("ad_group (id, campaign_id, name, format, status, default_bid, updated_at)", adgroups, rows)
        insert("ad_group_product (ad_group_id, product_id, position)", promoted, rows)
        insert("ad_keyword (ad_group_id, keyword, match_type, bid)", keywords, keyword_rows)
        rows = keyword_rows = 0
    }
    function insert(table, values, count,    i) {
        printf "INSERT INTO %s VALUES ", table
        for (i = 0; i < count; i++) printf "%s%s", i ? ", " : "", values[i]
        print ";"
    }
    BEGIN {
        # Another seed for each later load, or its keywords would repeat those of the first.
        srand(42 + first)
        rows = keyword_rows = 0
        print "SET autocommit = 0;"
        if (first == 0) {
            print "INSERT INTO advertiser (id, retailer_id, name) VALUES (900000, " retailer ", '\''Bench advertiser'\'');"
            for (c = 0; c < 100; c++)
                print "INSERT INTO ad_campaign (id, advertiser_id, name, status, starts_on, daily_budget, updated_at)" \
                      " VALUES (" 900000 + c ", 900000, '\''Bench " c "'\'', '\''ACTIVE'\'', CURRENT_DATE - INTERVAL 1 DAY, 1000000, NOW(6));"
        }
        for (g = first; g < groups; g++) {
            id = 900000 + g
            products[rows] = sprintf("(%d, '\''BENCH-%d'\'', '\''Bench product %d'\'', 100, NOW(6))", retailer, g, g)
            adgroups[rows] = sprintf("(%d, %d, '\''Bench %d'\'', '\''SP'\'', '\''ACTIVE'\'', %.2f, NOW(6))", id, 900000 + g % 100, g, 0.2 + rand() * 2)
            promoted[rows++] = sprintf("(%d, '\''BENCH-%d'\'', 0)", id, g)
            for (k = 0; k < per; k++) {
                kw = "w" int(rand() * words)
                if (rand() < 0.5) kw = kw " w" int(rand() * words)
                type = rand() < 0.34 ? "EXACT" : (rand() < 0.5 ? "PHRASE" : "BROAD")
                keywords[keyword_rows++] = sprintf("(%d, '\''%s'\'', '\''%s'\'', %.2f)", id, kw, type, 0.2 + rand() * 3)
            }
            if (g % 1000 == 999) flush()
        }
        flush()
        for (w = 0; w < winners; w++) {
            if (w % 1000 == 0) line = "INSERT INTO auction_winner (auction_id, auction_group_id, retailer_id, ranking," \
                " advertiser_id, campaign_id, ad_group_id, product_ids, click_price, created_at) VALUES "
            g = w % groups
            line = line sprintf("%s('\''bench-click-%d'\'', '\''bench-group-%d'\'', %d, 1, 900000, %d, %d, '\''BENCH-%d'\'', 0.30, NOW(6))",
                w % 1000 ? ", " : "", w, w, retailer, 900000 + g % 100, 900000 + g, g)
            if (w % 1000 == 999 || w == winners - 1) print line ";"
        }
        print "COMMIT;"
    }'
}

# One signed keyword auction a line: body and signature, tab-separated (same terms on every run).
signed_auctions() {
    RANDOM=42
    for i in $(seq 1 1000); do
        local term="w$((RANDOM % WORDS)) w$((RANDOM % WORDS))"
        [ $((i % 3)) -eq 0 ] && term="w$((RANDOM % WORDS))"
        local signature
        signature=$(printf '%s' "WEB_DESKTOP${term}bench-${i}" | openssl dgst -sha256 -hmac "$KEY" -binary | base64)
        printf '{"platform_type":"WEB_DESKTOP","search_term":"%s","uid":"bench-%d"}\t%s\n' "$term" "$i" "$signature"
    done
}

lua() {
    echo "-- Generated by bench/retail_data.sh: 1,000 signed keyword auctions on retailer ${RETAILER}."
    echo "local requests = {}"
    local i=0
    while IFS=$'\t' read -r body signature; do
        i=$((i + 1))
        echo "requests[$i] = {'${body}', '${signature}'}"
    done < <(signed_auctions)
    cat <<'LUA'
local counter = 0
request = function()
  counter = counter % #requests + 1
  local r = requests[counter]
  return wrk.format("POST", "/api/auction/sp/keyword/11",
    {["Content-Type"] = "application/json", ["X-STREAEM-HASH"] = r[2]}, r[1])
end
LUA
}

# The same auctions as bench/Paced.java reads them: method, path, headers, body.
requests() {
    while IFS=$'\t' read -r body signature; do
        printf 'POST\t/api/auction/sp/keyword/%d\tContent-Type: application/json|X-STREAEM-HASH: %s\t%s\n' \
            "$RETAILER" "$signature" "$body"
    done < <(signed_auctions)
}

"$1"
