#!/usr/bin/env bash
# Installs Lotsen under DESTDIR/PREFIX: the binary, man pages (English, and Swedish under
# man/sv), completions for bash, zsh and fish, the example system config and the guides.
# Usage: install.sh BINARY DESTDIR PREFIX  (make install, and the package)
set -euo pipefail
bin=$1 dest=$2 prefix=$3
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
base="$dest$prefix"
# The pages and scripts are made by the binary itself, with no user's settings in the way.
run() { env -i LANG=C.UTF-8 HOME=/nonexistent LOTSEN_SYSTEM_CONFIG=/nonexistent "$bin" "$@"; }
install -d "$base/bin" "$base/share/man/man1" "$base/share/man/sv/man1" \
    "$base/share/bash-completion/completions" "$base/share/zsh/vendor-completions" \
    "$base/share/fish/vendor_completions.d" "$base/share/doc/lotsen/examples"
install -m 0755 "$bin" "$base/bin/lotsen"
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
run manual --lang en "$pages/en"
run manual --lang sv "$pages/sv"
for p in "$pages"/en/*.1; do gzip -9n < "$p" > "$base/share/man/man1/$(basename "$p").gz"; done
for p in "$pages"/sv/*.1; do gzip -9n < "$p" > "$base/share/man/sv/man1/$(basename "$p").gz"; done
run --generate-completion-script bash > "$base/share/bash-completion/completions/lotsen"
run --generate-completion-script zsh > "$base/share/zsh/vendor-completions/_lotsen"
run --generate-completion-script fish > "$base/share/fish/vendor_completions.d/lotsen.fish"
install -m 0644 "$here/config.example" "$base/share/doc/lotsen/examples/config"
for doc in guide.sv.md guide.en.md keys.md cli.md privacy.md; do
    [ -f "$top/docs/$doc" ] && install -m 0644 "$top/docs/$doc" "$base/share/doc/lotsen/$doc"
done
install -m 0644 "$top/README.md" "$base/share/doc/lotsen/README.md"
