#!/usr/bin/env bash
# Fuzzing the readers of untrusted input: revision files, the SQL splitter, the settings files,
# Workbench models (zip and XML) and DDL files read as SQLite. The seeds are in Fuzz/corpus/TARGET.
#
#   scripts/fuzz.sh quick [SECONDS]   (make test) the plain debug build replays each seed corpus and
#                                     feeds it mutations for SECONDS (default 12) per target
#   scripts/fuzz.sh full [RUNS]       (make fuzz) a release build with -sanitize=fuzzer (libFuzzer,
#                                     coverage-guided) runs RUNS inputs (default 1000000) per target;
#                                     what it learns is kept in .build-fuzz/corpus, never in Fuzz/corpus
#
# A crash, trap or hang stops the run with a non-zero exit and leaves the input as crash-* or
# timeout-* in the working directory; replay it with: strata-fuzz TARGET FILE
set -euo pipefail
cd "$(dirname "$0")/.."
TARGETS="revision splitter settings workbench ddl"
mode=${1:-quick}

case "$mode" in
quick)
    seconds=${2:-12}
    bin=.build/debug/strata-fuzz
    [ -x "$bin" ] || swift build --product strata-fuzz
    for t in $TARGETS; do
        "$bin" "$t" "Fuzz/corpus/$t" -max_total_time="$seconds" -timeout=20
    done
    ;;
full)
    runs=${2:-1000000}
    swift build -c release --product strata-fuzz --build-path .build-fuzz \
        -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld -Xlinker --export-dynamic
    bin=.build-fuzz/release/strata-fuzz
    # libFuzzer's own crash handler writes the input out; Swift's backtracer would take the signal first.
    export SWIFT_BACKTRACE=enable=no
    for t in $TARGETS; do
        mkdir -p ".build-fuzz/corpus/$t"
        start=$(date +%s)
        "$bin" "$t" ".build-fuzz/corpus/$t" "Fuzz/corpus/$t" -runs="$runs" -timeout=20 -rss_limit_mb=4096 \
            -max_len=65536 -print_final_stats=1 2> ".build-fuzz/$t.log" || { tail -40 ".build-fuzz/$t.log"; exit 1; }
        echo "$t: $(grep -E '^Done|stat::number_of_executed_units' ".build-fuzz/$t.log" | tr '\n' ' ') in $(( $(date +%s) - start )) s"
    done
    ;;
*) echo "usage: scripts/fuzz.sh quick [SECONDS] | full [RUNS]" >&2; exit 2 ;;
esac
