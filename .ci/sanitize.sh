#!/usr/bin/env bash
# `swift test` under a sanitizer, in its own build folder:   .ci/sanitize.sh address|thread [FILTER]
#
# - Plugins are shared libraries the host dlopens; the sanitizer runtime is linked into the executable
#   (bidkit, the test runner), so it is exported for them (-Xlinker --export-dynamic), else dlopen fails
#   with "undefined symbol: __tsan_external_write".
# - thread: cmark-gfm is a system library the sanitizer cannot see into; an instrumented copy of the
#   same version (.ci/cmark-tsan.sh) goes on LD_LIBRARY_PATH for the test run and every bidkit the
#   tests start. Any TSan report fails the run (TSAN_OPTIONS halt_on_error, exitcode).
# FILTER: a `swift test --filter` expression; empty runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: sanitize.sh address|thread [FILTER]}
filter=${2:-}
case "$mode" in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
    *) echo "sanitize.sh: unknown sanitizer '$mode' (address or thread)" >&2; exit 2 ;;
esac
args=(--scratch-path "$scratch" --sanitize="$mode" -Xlinker --export-dynamic)
[ -n "$filter" ] && args+=(--filter "$filter")
if [ "$mode" = thread ]; then
    if .ci/cmark-tsan.sh "$PWD/$scratch/cmark-tsan"; then
        export LD_LIBRARY_PATH="$PWD/$scratch/cmark-tsan${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    fi
    export TSAN_OPTIONS="halt_on_error=1 exitcode=66 ${TSAN_OPTIONS:-}"
else
    export ASAN_OPTIONS="detect_leaks=0 ${ASAN_OPTIONS:-}"
fi
echo "==> swift test ${args[*]}"
swift test "${args[@]}"
