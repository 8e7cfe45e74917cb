#!/usr/bin/env bash
# Output is deterministic whatever the thread timing (issue 9): builds every bundled sample RUNS times
# (default 200) in every format, JOBS builds at once (default: twice the cores, so builds contend for
# them and the sections' parallel conversion is scheduled differently each time), and compares every
# file byte for byte with the first build. Prints, per sample, how many builds matched; exits 1 on any
# difference and keeps the differing files under $OUT.
#   .ci/determinism.sh [RUNS]       (make determinism; RUNS=… JOBS=… BIDKIT=… OUT=… override)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-${RUNS:-200}}
jobs=${JOBS:-$(( $(nproc) * 2 ))}
bidkit=${BIDKIT:-.build/debug/bidkit}
out=${OUT:-.build/determinism}
formats=docx,html,txt,model-json
samples=(Samples/substation-video-tender Samples/erp-proposal-en)
[ -x "$bidkit" ] || { echo "determinism: $bidkit not built (make build)" >&2; exit 2; }
rm -rf "$out"
status=0
for sample in "${samples[@]}"; do
    name=$(basename "$sample")
    "$bidkit" build "$sample" --format "$formats" --out "$out/$name/reference" >/dev/null
    export bidkit sample formats dir="$out/$name"
    start=$(date +%s)
    # Each build into its own folder, then compared and removed when identical.
    seq 1 "$runs" | xargs -P "$jobs" -I{} bash -c '
        "$bidkit" build "$sample" --format "$formats" --out "$dir/{}" >/dev/null 2>"$dir/{}.err" || { echo "build {} failed"; exit 0; }
        for f in "$dir"/reference/*; do
            cmp -s "$f" "$dir/{}/$(basename "$f")" || echo "build {} differs: $(basename "$f")"
        done | grep . && exit 0
        rm -rf "$dir/{}" "$dir/{}.err"' > "$out/$name.differences" || true
    files=$(ls "$out/$name/reference" | wc -l)
    bad=$(grep -c . "$out/$name.differences" || true)
    echo "$name: $runs builds x $files files ($formats), $jobs at once, $(( $(date +%s) - start )) s: $bad differences"
    if [ "$bad" -gt 0 ]; then head -20 "$out/$name.differences"; status=1; fi
done
exit $status
