#!/usr/bin/env bash
# Builds the Debian package from a release binary (no network): the binary with the Swift
# runtime inside, man pages in English and Swedish, completions for bash, zsh and fish,
# the example system config, the guides. Usage: deb.sh BINARY OUTDIR
set -euo pipefail
bin=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
# The version is the binary's own (Sources/lotsen/Support/Version.swift, one place).
version=$(env -i LANG=C.UTF-8 "$bin" --version | awk '{print $1}')
arch=$(dpkg --print-architecture)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
"$here/install.sh" "$bin" "$root" /usr
# Libraries the binary needs, as the packages that hold them on this system.
# Only the libraries the binary names itself (theirs bring their own dependencies).
depends=$(objdump -p "$bin" | awk '/NEEDED/{print $2}' | while read -r name; do
    lib=$(ldd "$bin" | awk -v n="$name" '$1 == n {print $3}')
    if [ -n "$lib" ]; then dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true; fi
done | cut -d: -f1 | sort -u | grep -v '^libc6$' | paste -sd, | sed 's/,/, /g')
mkdir -p "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: lotsen
Version: $version
Architecture: $arch
Maintainer: Lotsen <lotsen@example.se>
Depends: libc6${depends:+, $depends}
Section: misc
Priority: optional
Description: participants, plans and meetings of a municipal joint programme
 Lotsen is a terminal application for the caseworkers who run a municipality's
 joint programme with Arbetsförmedlingen for young people out of work: the
 participant list, the Slussen -> Kanalen -> Havet stage board, SMART-goal action
 plans and the weekly joint planning session, over an append-only, hash-chained,
 encrypted journal.
CONTROL
install -m 0755 "$here/postinst" "$root/DEBIAN/postinst"
mkdir -p "$out"
deb="$out/lotsen_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
echo "$deb"
