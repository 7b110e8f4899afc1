#!/usr/bin/env bash
# caseload on PostgreSQL against psql on the same server and the same generated CSV: whole processes, alternating,
# medians of several runs.
#
#   bench/vs-psql.sh URL [runs]      (default 5 runs; sizes 200,000 and 1,000,000 cases)
#
# URL names a database on the server whose role may create databases (each run gets new, empty ones); put the
# password in ~/.pgpass or $PGPASSWORD. For example, with the throwaway cluster of the README:
#   PGPASSWORD=… bench/vs-psql.sh postgresql://caseload@127.0.0.1:5432/caseload
#
# import:  `caseload import --db URL` (validated, typed, COPY, indexes built after, figures kept, snapshot) against
#          psql's bare `\copy` of the same cases.csv into a table like caseload's cases (its checks and indexes).
# flags:   `caseload flags --format json --db URL` against psql counting cases, high-risk cases and locations per
#          officer with GROUP BY over the cases table.
# Builds caseload in release mode first. Needs psql and python3 (for the medians).
set -euo pipefail
cd "$(dirname "$0")/.."
url=${1:?"give the URL of a PostgreSQL database whose role may create databases"}
runs=${2:-5}
swift build -c release --product caseload >/dev/null
caseload=$PWD/.build/release/caseload
work=$(mktemp -d)
export CASELOAD_TODAY=2026-10-31
admin() { psql -X -q -v ON_ERROR_STOP=1 "$url" -c "$1" >/dev/null; }
database() { python3 -c 'import sys; u, d = sys.argv[1:]; s = u.index("://") + 3; q = u.find("?", s); q = len(u) if q < 0 else q; a = u.find("/", s, q); a = q if a < 0 else a; print(u[:a] + "/" + d + u[q:])' "$url" "$1"; }
# Ends the other clients' connections, then drops: WITH (FORCE) would also try to end autovacuum, which only a
# superuser may; a plain DROP has the server stop it.
drop() {
    admin "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$1' AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
    admin "DROP DATABASE IF EXISTS $1"
}
cleanup() {
    drop caseload_vs_ours || true
    drop caseload_vs_psql || true
    rm -rf "$work"
}
trap cleanup EXIT
ours_url=$(database caseload_vs_ours)
psql_url=$(database caseload_vs_psql)

. bench/timing.sh
fresh() { drop "$1"; admin "CREATE DATABASE $1"; }

columns="case_id, officer_id, team, risk, mappa_category, mappa_level, location, domestic_abuse, allocated_on, previous_officer_id,
    referred_on, release_on, ends_on, next_review_on"
printf '%-8s %-10s %12s %12s %8s\n' WORK CASES CASELOAD PSQL RATIO
for cases in 200000 1000000; do
    officers=$((cases / 40))
    data=$work/$cases
    "$caseload" generate --officers "$officers" --cases "$cases" --seed 1 --out "$data" >/dev/null
    ours=() theirs=() flags=() group=()
    for run in $(seq "$runs"); do
        fresh caseload_vs_ours
        fresh caseload_vs_psql
        psql -X -q "$psql_url" -c "CREATE TABLE cases_copy (
            position INTEGER, case_id TEXT NOT NULL, officer_id TEXT, team TEXT NOT NULL,
            risk TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high', 'very_high')),
            mappa_category SMALLINT CHECK (mappa_category BETWEEN 1 AND 3), mappa_level SMALLINT CHECK (mappa_level BETWEEN 1 AND 3),
            location TEXT NOT NULL CHECK (location IN ('community', 'custody', 'approved_premises', 'hospital')),
            domestic_abuse BOOLEAN NOT NULL, allocated_on TEXT, previous_officer_id TEXT,
            referred_on TEXT, release_on TEXT, ends_on TEXT, next_review_on TEXT);
            CREATE UNIQUE INDEX ON cases_copy(case_id); CREATE INDEX ON cases_copy(officer_id)" >/dev/null
        ours+=("$(seconds "$caseload" import --officers "$data/officers.csv" --cases "$data/cases.csv" --db "$ours_url")")
        theirs+=("$(seconds psql -X -q "$psql_url" -c "\\copy cases_copy ($columns) FROM '$data/cases.csv' WITH (FORMAT csv, HEADER)")")
        flags+=("$(seconds "$caseload" flags --format json --db "$ours_url")")
        group+=("$(seconds psql -X -q "$psql_url" -c "SELECT officer_id, count(*), count(*) FILTER (WHERE risk IN ('high', 'very_high')),
            count(*) FILTER (WHERE location = 'community'), count(*) FILTER (WHERE location = 'custody'),
            count(*) FILTER (WHERE location = 'approved_premises'), count(*) FILTER (WHERE location = 'hospital')
            FROM cases_copy GROUP BY officer_id")")
    done
    ours_median=$(median "${ours[@]}") theirs_median=$(median "${theirs[@]}")
    flags_median=$(median "${flags[@]}") group_median=$(median "${group[@]}")
    printf '%-8s %-10s %11ss %11ss %8s\n' import "$cases" "$ours_median" "$theirs_median" "$(ratio "$ours_median" "$theirs_median")"
    printf '%-8s %-10s %11ss %11ss %8s\n' flags "$cases" "$flags_median" "$group_median" "$(ratio "$flags_median" "$group_median")"
done
echo "ratio: caseload's time over psql's (import budget: within 1.5; flags goal: under 1). $runs runs each, medians."
