# Timing helpers for the bench scripts: sourced, not run.

seconds() { # prints the wall-clock milliseconds the command took
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

median() { python3 -c 'import sys, statistics; print(f"{statistics.median(int(x) for x in sys.argv[1:]) / 1000:.3f}")' "$@"; }
ratio() { python3 -c 'import sys; print(f"{float(sys.argv[1]) / float(sys.argv[2]):.2f}x")' "$1" "$2"; }
