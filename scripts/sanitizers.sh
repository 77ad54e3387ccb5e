#!/usr/bin/env bash
# The whole test suite under ThreadSanitizer, then AddressSanitizer, one after the other, each in
# its own scratch directory (.build-tsan, .build-asan) so the normal build stays as it is.
# A report fails the run: TSan and ASan abort the test process on their first finding.
# Usage: scripts/sanitizers.sh [thread|address]...
set -uo pipefail
cd "$(dirname "$0")/.."
kinds=("$@")
[ ${#kinds[@]} -eq 0 ] && kinds=(thread address)
status=0
for kind in "${kinds[@]}"; do
    scratch=.build-${kind:0:1}san
    echo "== swift test --sanitize=$kind (scratch $scratch)"
    export TSAN_OPTIONS="halt_on_error=0 second_deadlock_stack=1 suppressions=$PWD/scripts/tsan.supp"
    export ASAN_OPTIONS="halt_on_error=1 detect_leaks=0"
    mkdir -p "$scratch"
    log=$scratch/sanitizers.log
    swift test --sanitize="$kind" --scratch-path "$scratch" >"$log" 2>&1
    code=$?
    grep -E "Test run with|Executed .* tests|error:|WARNING: ThreadSanitizer|ERROR: AddressSanitizer|SUMMARY" "$log" | tail -20
    if [ $code -ne 0 ] || grep -qE "WARNING: ThreadSanitizer|ERROR: AddressSanitizer" "$log"; then
        echo "== $kind: FAILED (exit $code, see $log)"; status=1
    else
        echo "== $kind: clean"
    fi
done
exit $status
