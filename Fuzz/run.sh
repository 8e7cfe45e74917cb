#!/usr/bin/env bash
# Runs every fuzz target (Sources/Fuzz<Name>/) for SECONDS seconds each and prints runs and crashes per
# target. Usage: Fuzz/run.sh SECONDS [Name…]. Seeds come from Corpus/<Name>/ (read only); inputs libFuzzer
# finds go to .build/fuzz/corpus/<Name>/, crashes to .build/fuzz/crashes/<Name>/. After a crash the target
# is started again until its time is used, so one run reports every distinct crash it hit.
# Exit status 1 when any target crashed (each crash is then a Tests/BadInputs case to write).
# Corpus/<Name>.flags, when present, holds extra libFuzzer flags for that target (e.g. -max_len=8192).
set -uo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for dir in Sources/Fuzz*/; do name=$(basename "$dir"); targets+=("${name#Fuzz}"); done
fi
# The manifest lists Sources/Fuzz*/ at evaluation time, so its result must not come from SwiftPM's shared
# manifest cache (keyed by the manifest's text, which does not change when a target folder is added):
# a cached evaluation from before a target existed silently leaves that target unbuilt.
build=(swift build -c debug -Xswiftc -sanitize=fuzzer,address --manifest-cache none)
nice "${build[@]}" 2>&1 | grep -E "error|warning: unre|Compiling Fuzz|Build complete" || true
bin=$("${build[@]}" --show-bin-path)
failed=0
for name in "${targets[@]}"; do
  work=.build/fuzz/corpus/$name crashes=.build/fuzz/crashes/$name
  mkdir -p "$work" "$crashes" "Corpus/$name"
  if [ ! -x "$bin/Fuzz$name" ]; then
    echo "Fuzz$name: not built ($bin/Fuzz$name is missing; see the build output above)"
    failed=1
    continue
  fi
  runs=0 crashed=0 start=$(date +%s)
  while :; do
    left=$(( seconds - ($(date +%s) - start) ))
    [ "$left" -gt 0 ] || break
    log=$(mktemp)
    flags=()
    [ -f "Corpus/$name.flags" ] && read -r -a flags < "Corpus/$name.flags"
    # Leak checking is off: Foundation leaks a buffer per read of an empty file (FoundationEssentials.readBytesFromFile).
    ASAN_OPTIONS=detect_leaks=0 nice "$bin/Fuzz$name" "$work" "Corpus/$name" -max_total_time="$left" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -detect_leaks=0 -artifact_prefix="$crashes/" "${flags[@]}" >"$log" 2>&1
    status=$?
    n=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    runs=$(( runs + ${n:-0} ))
    if [ $status -ne 0 ]; then
      crashed=$(( crashed + 1 ))
      grep -E "^==[0-9]+==ERROR|Fatal error|SUMMARY|Test unit written|ALARM|out-of-memory" "$log" | head -5 | sed "s/^/  $name: /"
    fi
    rm -f "$log"
    [ $status -eq 0 ] && break
  done
  echo "Fuzz$name: $runs runs, $crashed crashes in ${seconds}s (crash inputs in Fuzz/$crashes)"
  [ $crashed -eq 0 ] || failed=1
done
exit $failed
