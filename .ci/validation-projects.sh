# Sourced by the validate-*.sh scripts that check both samples and a fresh project from every template:
# builds BidKit (debug) and sets BIDKIT and PROJECTS. Usage: validation_projects NAME OUT
validation_projects() {
  local name=$1 out=$2 template tname
  if ! swift build >"$out/swift-build.log" 2>&1; then
    tail -40 "$out/swift-build.log"; echo "$name: swift build failed"; exit 1
  fi
  BIDKIT="$ROOT/.build/debug/bidkit"
  PROJECTS=("$ROOT/Samples/substation-video-tender" "$ROOT/Samples/erp-proposal-en")
  for template in "$ROOT"/Templates/*/; do
    tname=$(basename "$template")
    [ -f "$template/template.yaml" ] || continue
    "$BIDKIT" init "$out/templates/$tname" --template "$tname" --tender-number "TPL-2026-001" \
      --buyer "模板招标人 Template Buyer" >/dev/null </dev/null
    PROJECTS+=("$out/templates/$tname")
  done
}
