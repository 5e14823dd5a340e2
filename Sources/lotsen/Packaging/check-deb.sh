#!/usr/bin/env bash
# Installs the package in a clean Debian root (debootstrap, minbase) as a new
# administrator would, then follows the guide's first steps as a caseworker:
# lotsen --version, lotsen demo, lotsen find, lotsen doctor, the screens, man, completion.
# Usage: check-deb.sh PACKAGE ROOTDIR [SUITE]. Needs root and Debian's mirror.
set -euo pipefail
deb=$(readlink -f "$1") root=$2 suite=${3:-bookworm}
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }
if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase "$suite" "$root" http://deb.debian.org/debian >/dev/null
fi
# The screens need a terminal inside: /dev (with /dev/pts) and /proc, unmounted after.
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
mount -t proc proc "$root/proc"
trap 'umount -R "$root/dev" 2>/dev/null || umount -l "$root/dev"; umount "$root/proc"' EXIT
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=xterm-256color "$@"; }
cp "$deb" "$root/tmp/lotsen.deb"
# A root kept from an earlier check is made new again: no lotsen of the same version
# (apt would keep it and check the old binary) and no login that has run it before.
in_root sh -c 'dpkg --purge lotsen >/dev/null 2>&1; userdel -r anna 2>/dev/null; true'
in_root apt-get install -y -qq /tmp/lotsen.deb man-db bash-completion >/dev/null
in_root lotsen --version
in_root useradd -m anna
as_anna() { in_root su - anna -c "$*"; }
as_anna "lotsen demo >/dev/null && lotsen find berg | head -3"
as_anna "lotsen doctor || true"
# The screens start and draw the list (script gives them a terminal), then F10 quits.
as_anna "cd && (sleep 2; printf '\033[21~') | script -qec 'lotsen --as AB' /dev/null | grep -a -c Deltagare"
in_root sh -c 'MANWIDTH=80 man lotsen-meeting-new | head -5'
# In Swedish with å, ä and ö (not transliterated to a and o).
swedish=$(in_root sh -c 'MANWIDTH=80 man -L sv lotsen-meeting-new | head -5')
echo "$swedish"
grep -q "Skapa ett möte" <<<"$swedish"
in_root bash -c 'source /usr/share/bash-completion/completions/lotsen && type _lotsen >/dev/null && echo completion-loaded'
echo "package checked in $root"
