#!/bin/sh
# Copies a built bidkit into PREFIX (called by `make install`; tests call it on the debug build):
#   PREFIX/bin/bidkit                         the executable
#   PREFIX/lib/bidkit/plugins/*.so            the renderer plugins (PluginSearchPath: <exe>/../lib/bidkit/plugins)
#   PREFIX/share/bidkit/templates/<name>/     the bid templates (TemplateLocator: <exe>/../share/bidkit/templates)
#   PREFIX/share/man/man1/bidkit.1            the man page, when MANPAGE names one (ArgumentParser's generate-manual)
#   PREFIX/share/{bash-completion,zsh,fish}/… shell completions written by the installed binary itself
# Usage: .ci/install.sh BIN_DIR PREFIX [MANPAGE]   (DESTDIR is honoured, as packagers expect)
set -eu
bin=$1
prefix=$2
manpage=${3:-}
root="${DESTDIR:-}$prefix"
src=$(cd "$(dirname "$0")/.." && pwd)

install -d "$root/bin" "$root/lib/bidkit/plugins" "$root/share/bidkit/templates" \
  "$root/share/bash-completion/completions" "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d"
install -m 755 "$bin/bidkit" "$root/bin/bidkit"
for plugin in "$bin"/libBidKit*Renderer.so; do install -m 644 "$plugin" "$root/lib/bidkit/plugins/"; done
for template in "$src"/Templates/*/; do
  name=$(basename "$template")
  rm -rf "$root/share/bidkit/templates/$name"
  cp -R "$template" "$root/share/bidkit/templates/$name"
done
if [ -n "$manpage" ]; then
  install -d "$root/share/man/man1"
  install -m 644 "$manpage" "$root/share/man/man1/bidkit.1"
fi
"$root/bin/bidkit" --generate-completion-script bash > "$root/share/bash-completion/completions/bidkit"
"$root/bin/bidkit" --generate-completion-script zsh > "$root/share/zsh/site-functions/_bidkit"
"$root/bin/bidkit" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/bidkit.fish"
echo "installed $root/bin/bidkit, plugins in $root/lib/bidkit/plugins, templates in $root/share/bidkit/templates"
[ -z "$manpage" ] || echo "man page: $root/share/man/man1/bidkit.1 (man bidkit)"
echo "completions: bash ($root/share/bash-completion/completions/bidkit), zsh (_bidkit), fish (bidkit.fish)"
