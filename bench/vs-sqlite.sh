#!/usr/bin/env bash
# caseload against the sqlite3 shell on the same generated CSV, whole processes, alternating, medians of several runs.
#
#   bench/vs-sqlite.sh [runs]        (default 5 runs; sizes 200,000 and 1,000,000 cases)
#
# import:  `caseload import` (validated, typed, indexed, figures kept) against sqlite3's bare `.import` of the same files.
# indexed: the same import against sqlite3's `.import` followed by the six indexes caseload builds on the cases, read
#          from caseload's own database (the shell stores an empty cell as '', not NULL, so `IS NOT NULL` reads `<> ''`).
# flags:   `caseload flags --format json` against sqlite3 counting cases, high-risk cases and locations per officer
#          with GROUP BY over the cases table.
# Builds caseload in release mode first. Needs sqlite3 and python3 (for the medians).
# Run it on a quiet machine: the two sides alternate, so load shared by both is fair, but noise widens the spread.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
swift build -c release --product caseload >/dev/null
caseload=$PWD/.build/release/caseload
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CASELOAD_TODAY=2026-10-31

. bench/timing.sh

printf '%-8s %-10s %12s %12s %8s\n' WORK CASES CASELOAD SQLITE3 RATIO
for cases in 200000 1000000; do
    officers=$((cases / 40))
    data=$work/$cases
    "$caseload" generate --officers "$officers" --cases "$cases" --seed 1 --out "$data" >/dev/null
    ours=() theirs=() indexed=() flags=() group=()
    rm -f "$data"/c.sqlite*
    "$caseload" import --officers "$data/officers.csv" --cases "$data/cases.csv" --db "$data/c.sqlite" >/dev/null
    indexes=$(sqlite3 "$data/c.sqlite" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL" |
        sed "s/IS NOT NULL/<> ''/g")
    for run in $(seq "$runs"); do
        rm -f "$data"/c.sqlite* "$data"/s.sqlite*
        ours+=("$(seconds "$caseload" import --officers "$data/officers.csv" --cases "$data/cases.csv" --db "$data/c.sqlite")")
        theirs+=("$(seconds sqlite3 "$data/s.sqlite" -cmd ".mode csv" ".import $data/officers.csv officers" ".import $data/cases.csv cases")")
        rm -f "$data"/i.sqlite*
        indexed+=("$(seconds sqlite3 "$data/i.sqlite" -cmd ".mode csv" ".import $data/officers.csv officers" ".import $data/cases.csv cases" "$indexes")")
        flags+=("$(seconds "$caseload" flags --format json --db "$data/c.sqlite")")
        group+=("$(seconds sqlite3 "$data/s.sqlite" "SELECT officer_id, count(*), sum(risk IN ('high', 'very_high')),
            sum(location = 'community'), sum(location = 'custody'), sum(location = 'approved_premises'), sum(location = 'hospital')
            FROM cases GROUP BY officer_id")")
    done
    ours_median=$(median "${ours[@]}") theirs_median=$(median "${theirs[@]}")
    flags_median=$(median "${flags[@]}") group_median=$(median "${group[@]}")
    indexed_median=$(median "${indexed[@]}")
    printf '%-8s %-10s %11ss %11ss %8s\n' import "$cases" "$ours_median" "$theirs_median" "$(ratio "$ours_median" "$theirs_median")"
    printf '%-8s %-10s %11ss %11ss %8s\n' indexed "$cases" "$ours_median" "$indexed_median" "$(ratio "$ours_median" "$indexed_median")"
    printf '%-8s %-10s %11ss %11ss %8s\n' flags "$cases" "$flags_median" "$group_median" "$(ratio "$flags_median" "$group_median")"
done
echo "ratio: caseload's time over sqlite3's (DESIGN.md's goal for import and flags: 1 or under; indexed is the same import"
echo "against the shell doing the same work on the indexes). $runs runs each, medians."
