#!/usr/bin/env bash
# Binaries against each other and against Python's json.loads, in alternating rounds: on
# a machine whose speed moves from minute to minute, measures taken in blocks one after
# the other compare the minutes, not the binaries. Each round runs the Python loop, then
# each binary's full replay (LOTSEN_NO_SNAPSHOT=1 lotsen show), then each binary's first
# open of a copy without its snapshot (lotsen find). Prints medians, the ratio to Python's
# median of the same rounds, CPU time and the peak RSS; see docs/performance.md.
#   Sources/lotsen-bench/alternate.sh JOURNAL ROUNDS BINARY...
set -euo pipefail
journal=$1 rounds=$2
shift 2
copy=$(mktemp -d) out=$(mktemp -d)
trap 'rm -rf "$copy" "$out"' EXIT
cp "$journal" "$copy/journal.jsonl"
for f in head keys; do if [[ -f $journal.$f ]]; then cp "$journal.$f" "$copy/journal.jsonl.$f"; fi; done
"$1" find --journal "$journal" Berg >/dev/null 2>&1 || true   # a snapshot for the id lookup
id=$("$1" find --journal "$journal" --json Berg | grep -o '"id" *: *"[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')

timed() { local file=$1; shift; /usr/bin/time -o "$out/t" -f "%e %U %S %M" "$@" >/dev/null 2>&1 || true; cat "$out/t" >>"$file"; }
for _ in $(seq "$rounds"); do
  timed "$out/python" python3 -c 'import json,sys
for l in open(sys.argv[1], "rb"): json.loads(l)' "$journal"
  for i in $(seq $#); do
    timed "$out/replay$i" env LOTSEN_NO_SNAPSHOT=1 "${!i}" show --journal "$journal" "$id"
    rm -f "$copy/journal.jsonl.snapshot" "$copy/journal.jsonl.checked"
    timed "$out/first$i" "${!i}" find --journal "$copy/journal.jsonl" Berg
  done
done

median() { awk "{print \$$2}" "$1" | sort -n | awk '{v[NR]=$1} END {print v[int((NR + 1) / 2)]}'; }
cpu() { awk '{print $2 + $3}' "$1" | sort -n | awk '{v[NR]=$1} END {print v[int((NR + 1) / 2)]}'; }
python=$(median "$out/python" 1)
echo "Python json.loads: median $python s of $rounds rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq $#); do
  for what in replay first; do
    m=$(median "$out/$what$i" 1)
    echo "${!i} $what: median $m s, CPU $(cpu "$out/$what$i") s, peak $(( $(sort -n -k4 "$out/$what$i" | tail -1 | cut -d' ' -f4) / 1024 )) MB, $(awk -v a="$m" -v b="$python" 'BEGIN { printf "%.2f", a / b }')× Python"
  done
done
