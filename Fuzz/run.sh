#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and runs each in turn for SECONDS
# (default 60), never two at once. Seeds come from Fuzz/corpus/<target> (read only); what the
# fuzzer finds goes to Fuzz/.work/<target>, crashes to Fuzz/.work/artifacts/.
# Prints each target's executions, exec/s and edge coverage; exits non-zero on a finding.
# Usage: Fuzz/run.sh [SECONDS] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzHTTPParser FuzzDecoders FuzzAnalyzer)

# A failed build must stop the run: the previous binaries would otherwise fuzz old code. (A new
# source file in the root package sometimes needs `rm -rf Fuzz/.build` before SwiftPM sees it.)
mkdir -p .work
if ! swift build -c release -Xswiftc -sanitize=fuzzer,address >.work/build.log 2>&1; then
    grep -E "error" .work/build.log >&2
    echo "the fuzz targets did not build (log Fuzz/.work/build.log); try rm -rf Fuzz/.build" >&2
    exit 2
fi
bin="$(swift build -c release -Xswiftc -sanitize=fuzzer,address --show-bin-path)"

# Inputs per target: the analyzer is slow per byte, the parsers are not.
max_len() { case $1 in FuzzAnalyzer) echo 4096 ;; FuzzDecoders) echo 16384 ;; *) echo 4096 ;; esac; }

status=0
summary=()
for target in "${targets[@]}"; do
    mkdir -p ".work/$target" .work/artifacts
    log=".work/$target.log"
    echo "== $target for ${seconds}s (log $log)" >&2
    ASAN_OPTIONS=detect_leaks=0 "$bin/$target" ".work/$target" "corpus/$target" \
        -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=.work/artifacts/"$target"- -print_final_stats=1 >"$log" 2>&1
    code=$?
    runs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log")
    rate=$(awk '/stat::average_exec_per_sec/ {print $2}' "$log")
    cov=$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' || true)
    result=ok
    if [ $code -ne 0 ]; then
        result="FINDING (exit $code): $(ls -t .work/artifacts/"$target"-* 2>/dev/null | head -1)"
        status=1
    fi
    summary+=("$(printf '%-15s %6ss  runs %-10s exec/s %-7s %s  %s' "$target" "$seconds" "${runs:-?}" "${rate:-?}" "$cov" "$result")")
done
printf '%s\n' "${summary[@]}"
exit $status
