#!/usr/bin/env bash
# Fuzzes with libFuzzer, one target after the other: the CSV reader and the import decoder (corpus fuzz/corpus),
# then the command line's dates, months and paths (corpus fuzz/corpus-arguments).
#
#   fuzz/run.sh [SECONDS]     for SECONDS (default 60), seeded at random
#   fuzz/run.sh --runs N      for N inputs, seeded alike every time (the test suite's short run)
#
# Each starts from its corpus (seeds and every crash found so far) and keeps what it learns under .build/fuzz
# (a --runs run learns into a temporary folder, so it is the same every time).
# A crash is saved in the target's corpus as crash-<hash>: commit it, and FuzzCorpusTests will run it for ever after.
# Exits non-zero if it found one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--runs" ]; then
    limit=(-runs="${2:?--runs needs a count}" -seed=1)
    learned=$(mktemp -d)
    trap 'rm -rf "$learned"' EXIT
    mkdir -p "$learned/import" "$learned/arguments"
    echo "Fuzzing $2 inputs"
else
    limit=(-max_total_time="${1:-60}")
    learned=.build/fuzz/learned
    echo "Fuzzing for ${1:-60}s"
fi
work=.build/fuzz
mkdir -p "$work" "$learned"

sources=$(find Sources/CaseloadCore -name '*.swift' | sort)
status=0
for target in import arguments; do
    if [ "$target" = import ]; then
        inputs="$sources Tests/CaseloadCoreTests/ImportInvariants.swift fuzz/ImportFuzzer.swift"
        corpus=fuzz/corpus
    else
        inputs="$sources fuzz/ArgumentFuzzer.swift"
        corpus=fuzz/corpus-arguments
    fi
    binary="$work/$target-fuzzer"
    mkdir -p "$learned/$target"
    if [ ! -x "$binary" ] || [ -n "$(find $inputs -newer "$binary")" ]; then
        echo "Building $binary"
        swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name CaseloadFuzz \
            $inputs -o "$binary" 2> "$work/build.log" || { cat "$work/build.log"; exit 2; }
    fi
    echo "Target: $target"
    "$binary" "$learned/$target" "$corpus" "${limit[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=1024 \
        -artifact_prefix="$corpus/" -print_final_stats=1 2> "$work/run-$target.log" || {
        tail -40 "$work/run-$target.log"
        echo "The fuzzer found a crash; it is in $corpus/ (crash-*, timeout-* or oom-*)."
        status=1
        continue
    }
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ *DONE' "$work/run-$target.log" || true
done
exit $status
