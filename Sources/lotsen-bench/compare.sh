#!/usr/bin/env bash
# Lotsen against reference tools on the same journal, in the same run: each figure is
# the median of N runs of a new process, with the best and the worst beside it; goals
# are judged on the median, so that one lucky run does not meet them.
#   Sources/lotsen-bench/compare.sh LOTSEN_BINARY JOURNAL [NAME] [RUNS]
# Prints one markdown table row per measure. Used by `make bench`; see docs/performance.md.
set -euo pipefail
lotsen=$1 journal=$2 name=${3:-Berg} runs=${4:-5}

# Wall times in ms of RUNS runs of a command: "median best worst peak-RSS-MB". Runs
# alternate with nothing else; the machine's load is printed above the table.
measure() {
  local times=() rss=0 stats kb t0 t1
  stats=$(mktemp)
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N)
    # Not /dev/null: GNU grep stops at the first match when its output goes nowhere.
    /usr/bin/time -o "$stats" -f "%M" "$@" >"$stats.out" 2>&1 || true
    t1=$(date +%s%N)
    kb=$(tail -1 "$stats")
    times+=($(( (t1 - t0) / 1000 )))
    (( kb > rss )) && rss=$kb
  done
  rm -f "$stats" "$stats.out"
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "$(( $(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted") / 1000 )) $(( $(head -1 <<<"$sorted") / 1000 )) $(( $(tail -1 <<<"$sorted") / 1000 )) $((rss / 1024))"
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
read -r gm gb gw _ < <(measure grep -c "$name" "$journal")
read -r fm fb fw frss < <(measure "$lotsen" find --journal "$journal" "$name")
echo "| \`lotsen find $name\` (new process) | $(cell "$fm" "$fb" "$fw") | \`grep -c $name\` $(cell "$gm" "$gb" "$gw") | $(ratio "$fm" "$gm") | $frss MB |"

id=$("$lotsen" find --journal "$journal" --json "$name" | grep -o '"id" *: *"[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
read -r om ob ow orss < <(measure "$lotsen" show --journal "$journal" "$id")
echo "| open from the snapshot + one card (\`lotsen show\`) | $(cell "$om" "$ob" "$ow") | — | — | $orss MB |"

bench=$(dirname "$lotsen")/lotsen-bench
if [[ -x $bench ]]; then
  read -r sm sb sw srss < <(measure "$bench" first-screen "$journal")
  echo "| open to the first screen, list drawn at 80×24 (\`lotsen-bench first-screen\`) | $(cell "$sm" "$sb" "$sw") | — | — | $srss MB |"
fi

read -r pm pb pw _ < <(measure python3 -c 'import json,sys
for l in open(sys.argv[1], "rb"): json.loads(l)' "$journal")
read -r rm rb rw rrss < <(LOTSEN_NO_SNAPSHOT=1 measure "$lotsen" show --journal "$journal" "$id")
echo "| full replay, no snapshot (\`LOTSEN_NO_SNAPSHOT=1 lotsen show\`) | $(cell "$rm" "$rb" "$rw") | Python \`json.loads\` per line $(cell "$pm" "$pb" "$pw") | $(ratio "$rm" "$pm") | $rrss MB |"

# The first open of a copy without its snapshot (after an upgrade or a lost cache): the
# journal, its head and its key store only; the replay and the snapshot written each run.
first=$(mktemp -d)
cp "$journal" "$first/journal.jsonl"
for f in head keys; do if [[ -f $journal.$f ]]; then cp "$journal.$f" "$first/journal.jsonl.$f"; fi; done
# `exec`: the peak RSS measured is lotsen's, not the shell's that removed the snapshot.
read -r xm xb xw xrss < <(measure bash -c 'rm -f "$1"/journal.jsonl.snapshot "$1"/journal.jsonl.checked; exec "$2" find --journal "$1/journal.jsonl" "$3"' \
  _ "$first" "$lotsen" "$name")
rm -rf "$first"
echo "| first open without a snapshot, snapshot written (\`lotsen find\` on a copy of journal, head and keys) | $(cell "$xm" "$xb" "$xw") | Python \`json.loads\` per line $(cell "$pm" "$pb" "$pw") | $(ratio "$xm" "$pm") | $xrss MB |"

read -r cm cb cw _ < <(measure openssl dgst -sha256 "$journal")
read -r vm vb vw vrss < <(measure "$lotsen" verify --journal "$journal")
echo "| \`lotsen verify\` (throughput vs reference) | $(cell "$vm" "$vb" "$vw") | \`openssl dgst -sha256\` $(cell "$cm" "$cb" "$cw") | $(ratio "$cm" "$vm") | $vrss MB |"
