#!/usr/bin/env bash
# Lotsen against reference tools on the same journal, in the same run: each figure is
# the median of N runs of a new process, with the best and the worst beside it; goals
# are judged on the median, so that one lucky run does not meet them. Each measure and
# its reference are run in turn, round by round (`together`): on a shared host the
# machine's speed moves from minute to minute, and measured in blocks one after the
# other a ratio compared two minutes rather than two programs (seen: the first open at
# 0.69x of Python in blocks and 0.56x in turns, the same binary in the same half hour).
#   Sources/lotsen-bench/compare.sh LOTSEN_BINARY JOURNAL [NAME] [RUNS]
# Prints one markdown table row per measure. Used by `make bench`; see docs/performance.md.
set -euo pipefail
lotsen=$1 journal=$2 name=${3:-Berg} runs=${4:-5}
times=$(mktemp -d)
trap 'rm -rf "$times"' EXIT

# One run of a command, its wall time in ms and peak RSS in kB appended to file $1.
once() {
  local file=$1 t0 t1
  shift
  t0=$(date +%s%N)
  # Not /dev/null: GNU grep stops at the first match when its output goes nowhere.
  /usr/bin/time -o "$times/stats" -f "%M" "$@" >"$times/out" 2>&1 || true
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(tail -1 "$times/stats")" >>"$file"
}

# "median best worst peak-RSS-MB" of the runs in file $1.
summary() {
  local sorted
  sorted=$(cut -d' ' -f1 "$1" | sort -n)
  echo "$(sed -n "$(( ($(wc -l <<<"$sorted") + 1) / 2 ))p" <<<"$sorted") $(head -1 <<<"$sorted") $(tail -1 <<<"$sorted") $(( $(cut -d' ' -f2 "$1" | sort -n | tail -1) / 1024 ))"
}

# RUNS rounds of every command given (separated by `--`), one run of each per round;
# each command's runs go to $times/<its position>.
together() {
  local commands=() i
  rm -f "$times"/[0-9]*
  for _ in $(seq "$runs"); do
    i=0 commands=()
    for word in "$@" --; do
      if [[ $word == -- ]]; then once "$times/$i" "${commands[@]}"; i=$((i + 1)) commands=(); else commands+=("$word"); fi
    done
  done
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) b = 1; printf "%.2f×", a / b }'; }
cell() { echo "$1 ms ($2–$3)"; }

records=$(wc -l <"$journal")
size_mb=$(( $(stat -c %s "$journal") / 1048576 ))
echo "Journal: $journal — $records records, $size_mb MiB; $runs runs each; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| measure | Lotsen, median (best–worst) | reference, median (best–worst) | ratio of medians | peak RSS |"
echo "|---|---|---|---|---|"

"$lotsen" find --journal "$journal" "$name" >/dev/null 2>&1 || true   # writes the snapshot if missing
together grep -c "$name" "$journal" -- "$lotsen" find --journal "$journal" "$name"
read -r gm gb gw _ < <(summary "$times/0")
read -r fm fb fw frss < <(summary "$times/1")
echo "| \`lotsen find $name\` (new process) | $(cell "$fm" "$fb" "$fw") | \`grep -c $name\` $(cell "$gm" "$gb" "$gw") | $(ratio "$fm" "$gm") | $frss MB |"

id=$("$lotsen" find --journal "$journal" --json "$name" | grep -o '"id" *: *"[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
together "$lotsen" show --journal "$journal" "$id"
read -r om ob ow orss < <(summary "$times/0")
echo "| open from the snapshot + one card (\`lotsen show\`) | $(cell "$om" "$ob" "$ow") | — | — | $orss MB |"

bench=$(dirname "$lotsen")/lotsen-bench
if [[ -x $bench ]]; then
  together "$bench" first-screen "$journal"
  read -r sm sb sw srss < <(summary "$times/0")
  echo "| open to the first screen, list drawn at 80×24 (\`lotsen-bench first-screen\`) | $(cell "$sm" "$sb" "$sw") | — | — | $srss MB |"
fi

# The first open of a copy without its snapshot (after an upgrade or a lost cache): the
# journal, its head and its key store only; the replay and the snapshot written each run.
first=$(mktemp -d)
cp "$journal" "$first/journal.jsonl"
for f in head keys; do if [[ -f $journal.$f ]]; then cp "$journal.$f" "$first/journal.jsonl.$f"; fi; done
# Python's loop, the full replay and the first open in turn. `exec`: the peak RSS
# measured is lotsen's, not the shell's that removed the snapshot.
together python3 -c 'import json,sys
for l in open(sys.argv[1], "rb"): json.loads(l)' "$journal" \
  -- env LOTSEN_NO_SNAPSHOT=1 "$lotsen" show --journal "$journal" "$id" \
  -- bash -c 'rm -f "$1"/journal.jsonl.snapshot "$1"/journal.jsonl.checked; exec "$2" find --journal "$1/journal.jsonl" "$3"' \
     _ "$first" "$lotsen" "$name"
rm -rf "$first"
read -r pm pb pw _ < <(summary "$times/0")
read -r rm rb rw rrss < <(summary "$times/1")
read -r xm xb xw xrss < <(summary "$times/2")
echo "| full replay, no snapshot (\`LOTSEN_NO_SNAPSHOT=1 lotsen show\`) | $(cell "$rm" "$rb" "$rw") | Python \`json.loads\` per line $(cell "$pm" "$pb" "$pw") | $(ratio "$rm" "$pm") | $rrss MB |"
echo "| first open without a snapshot, snapshot written (\`lotsen find\` on a copy of journal, head and keys) | $(cell "$xm" "$xb" "$xw") | Python \`json.loads\` per line $(cell "$pm" "$pb" "$pw") | $(ratio "$xm" "$pm") | $xrss MB |"

together openssl dgst -sha256 "$journal" -- "$lotsen" verify --journal "$journal"
read -r cm cb cw _ < <(summary "$times/0")
read -r vm vb vw vrss < <(summary "$times/1")
echo "| \`lotsen verify\` (throughput vs reference) | $(cell "$vm" "$vb" "$vw") | \`openssl dgst -sha256\` $(cell "$cm" "$cb" "$cw") | $(ratio "$cm" "$vm") | $vrss MB |"
