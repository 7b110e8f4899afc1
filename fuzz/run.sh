#!/usr/bin/env bash
# Fuzzes the CSV reader and the import decoder with libFuzzer.
#
#   fuzz/run.sh [SECONDS]     for SECONDS (default 60), seeded at random
#   fuzz/run.sh --runs N      for N inputs, seeded alike every time (the test suite's short run)
#
# Starts from fuzz/corpus (seeds and every crash found so far) and keeps what it learns in .build/fuzz/corpus
# (a --runs run learns into a temporary folder, so it is the same every time).
# A crash is saved as fuzz/corpus/crash-<hash>: commit it, and FuzzCorpusTests will run it for ever after.
# Exits non-zero if it found one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--runs" ]; then
    limit=(-runs="${2:?--runs needs a count}" -seed=1)
    learned=$(mktemp -d)
    trap 'rm -rf "$learned"' EXIT
    echo "Fuzzing $2 inputs"
else
    limit=(-max_total_time="${1:-60}")
    learned=.build/fuzz/corpus
    echo "Fuzzing for ${1:-60}s"
fi
work=.build/fuzz
mkdir -p "$work" "$learned"

sources=$(find Sources/CaseloadCore -name '*.swift' | sort)
binary="$work/import-fuzzer"
inputs="$sources Tests/CaseloadCoreTests/ImportInvariants.swift fuzz/ImportFuzzer.swift"
if [ ! -x "$binary" ] || [ -n "$(find $inputs -newer "$binary")" ]; then
    echo "Building $binary"
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name CaseloadFuzz \
        $inputs -o "$binary" 2> "$work/build.log" || { cat "$work/build.log"; exit 2; }
fi

"$binary" "$learned" fuzz/corpus "${limit[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=1024 \
    -artifact_prefix=fuzz/corpus/ -print_final_stats=1 2> "$work/run.log" || {
    tail -40 "$work/run.log"
    echo "The fuzzer found a crash; it is in fuzz/corpus/ (crash-*, timeout-* or oom-*)."
    exit 1
}
grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ *DONE' "$work/run.log" || true
