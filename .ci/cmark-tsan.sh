#!/usr/bin/env bash
# Builds cmark-gfm with -fsanitize=thread into $1 (libcmark-gfm.so.* and libcmark-gfm-extensions.so.*,
# the system libraries' sonames), so a thread-sanitized test run sees into it: put $1 on
# LD_LIBRARY_PATH. The system library is not instrumented, and its process-wide state (extension
# registry, inline special-character table) is where parallel Markdown conversion lost content
# (issue 9): without this copy TSan cannot see that race at all.
#
# Sources: PyPI's cmarkgfm 2022.10.27 bundles cmark-gfm 0.29.0.gfm.6, the version Debian bookworm
# ships. When the system library is another version, or the download fails, it says so and exits 1
# (the caller goes on with the system library).
set -euo pipefail
out=${1:?usage: cmark-tsan.sh OUT_DIR}
want=0.29.0.gfm.6
have=$(pkg-config --modversion libcmark-gfm 2>/dev/null || echo unknown)
if [ "$have" != "$want" ]; then
    echo "cmark-tsan: system cmark-gfm is $have, the instrumented copy would be $want: skipped" >&2
    exit 1
fi
if [ -f "$out/libcmark-gfm.so.$want" ] && [ -f "$out/libcmark-gfm-extensions.so.$want" ]; then exit 0; fi
src=$out/src
mkdir -p "$src"
if ! python3 -m pip download --quiet --no-deps --no-binary :all: --dest "$src" cmarkgfm==2022.10.27 >&2; then
    echo "cmark-tsan: could not download the cmarkgfm sources from PyPI: skipped" >&2
    exit 1
fi
tar -xzf "$src"/cmarkgfm-2022.10.27.tar.gz -C "$src"
root=$src/cmarkgfm-2022.10.27
grep -q "\"$want\"" "$root/generated/unix/cmark-gfm_version.h" || { echo "cmark-tsan: unexpected sources" >&2; exit 1; }
cm=$root/third_party/cmark
cc=${CC:-clang}
flags=(-O1 -g -fsanitize=thread -fPIC -shared -I"$root/generated/unix" -I"$cm/src")
"$cc" "${flags[@]}" -Wl,-soname,libcmark-gfm.so.$want -o "$out/libcmark-gfm.so.$want" $(ls "$cm"/src/*.c | grep -v /main.c)
"$cc" "${flags[@]}" -I"$cm/extensions" -Wl,-soname,libcmark-gfm-extensions.so.$want -o "$out/libcmark-gfm-extensions.so.$want" \
    "$cm"/extensions/*.c -L"$out" -l:libcmark-gfm.so.$want
echo "cmark-tsan: instrumented cmark-gfm $want in $out" >&2
