#!/usr/bin/env bash
# Output is deterministic whatever the thread timing (issue 9): builds every bundled sample RUNS times
# (default 200) in every format, JOBS builds at once (default: twice the cores, so builds contend for
# them and the sections' parallel conversion is scheduled differently each time), and compares every
# file byte for byte with the first build. Prints, per sample and pass, how many builds matched; exits 1
# on any difference and keeps the differing files under $OUT.
#
# Two passes: the formats made in process (html, txt, model-json, docx, xlsx) RUNS times; the PDF (each
# build lays the bid out and exports it with LibreOffice, some 10-25 s) PAGED_RUNS times (default RUNS).
#   .ci/determinism.sh [RUNS]       (make determinism; RUNS, PAGED_RUNS, JOBS, BIDKIT, OUT, SAMPLES override)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-${RUNS:-200}}
jobs=${JOBS:-$(( $(nproc) * 2 ))}
bidkit=${BIDKIT:-.build/debug/bidkit}
out=${OUT:-.build/determinism}
paged_runs=${PAGED_RUNS:-$runs}
read -r -a samples <<< "${SAMPLES:-Samples/substation-video-tender Samples/erp-proposal-en}"
[ -x "$bidkit" ] || { echo "determinism: $bidkit not built (make build)" >&2; exit 2; }
rm -rf "$out"
status=0
# pass NAME FORMATS RUNS: every sample RUNS times in FORMATS.
pass() {
    local label=$1 formats=$2 count=$3
    [ "$count" -gt 0 ] || return 0
    for sample in "${samples[@]}"; do
        local name dir start files bad
        name=$(basename "$sample")
        dir="$out/$label/$name"
        "$bidkit" build "$sample" --format "$formats" --out "$dir/reference" >/dev/null
        start=$(date +%s)
        # Each build into its own folder, compared with the reference, removed when identical.
        seq 1 "$count" | bidkit=$bidkit sample=$sample formats=$formats dir=$dir xargs -P "$jobs" -I{} bash -c '
            "$bidkit" build "$sample" --format "$formats" --out "$dir/{}" >/dev/null 2>"$dir/{}.err" || { echo "build {} failed"; exit 0; }
            for f in "$dir"/reference/*; do
                cmp -s "$f" "$dir/{}/$(basename "$f")" || echo "build {} differs: $(basename "$f")"
            done | grep . && exit 0
            rm -rf "$dir/{}" "$dir/{}.err"' > "$dir.differences" || true
        files=$(ls "$dir/reference" | wc -l)
        bad=$(grep -c . "$dir.differences" || true)
        echo "$name: $count builds x $files files ($formats), $jobs at once, $(( $(date +%s) - start )) s: $bad differences"
        if [ "$bad" -gt 0 ]; then head -20 "$dir.differences"; status=1; fi
    done
}
pass unpaged html,txt,model-json,docx,xlsx "$runs"
pass paged pdf "$paged_runs"
exit $status
