#!/usr/bin/env bash
# Lotsen against reference tools on the same journal, in the same run: each figure is
# the best of N runs of a new process, so that a busy moment does not decide it.
#   Sources/lotsen-bench/compare.sh LOTSEN_BINARY JOURNAL [NAME] [RUNS]
# Prints one markdown table row per measure. Used by `make bench`; see docs/performance.md.
set -euo pipefail
lotsen=$1 journal=$2 name=${3:-Berg} runs=${4:-5}

# Best wall time in ms of a command, and its peak RSS in MB.
best() {
  local best_us=999999999 rss=0 stats
  stats=$(mktemp)
  for _ in $(seq "$runs"); do
    local t0 t1 kb
    t0=$(date +%s%N)
    # Not /dev/null: GNU grep stops at the first match when its output goes nowhere.
    /usr/bin/time -o "$stats" -f "%M" "$@" >"$stats.out" 2>&1 || true
    t1=$(date +%s%N)
    kb=$(tail -1 "$stats")
    (( (t1 - t0) / 1000 < best_us )) && best_us=$(( (t1 - t0) / 1000 ))
    (( kb > rss )) && rss=$kb
  done
  rm -f "$stats" "$stats.out"
  echo "$(( best_us / 1000 )) $((rss / 1024))"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) b = 1; printf "%.2f×", a / b }'; }

records=$(wc -l <"$journal")
size_mb=$(( $(stat -c %s "$journal") / 1048576 ))
echo "Journal: $journal — $records records, $size_mb MiB"
echo
echo "| measure | Lotsen | reference | ratio | peak RSS |"
echo "|---|---|---|---|---|"

"$lotsen" find --journal "$journal" "$name" >/dev/null 2>&1 || true   # writes the snapshot if missing
read -r grep_ms _ < <(best grep -c "$name" "$journal")
read -r find_ms find_rss < <(best "$lotsen" find --journal "$journal" "$name")
echo "| \`lotsen find $name\` (new process) | $find_ms ms | \`grep -c $name\` $grep_ms ms | $(ratio "$find_ms" "$grep_ms") | $find_rss MB |"

id=$("$lotsen" find --journal "$journal" --json "$name" | grep -o '"id" *: *"[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
read -r open_ms open_rss < <(best "$lotsen" show --journal "$journal" "$id")
echo "| open from the snapshot + one card (\`lotsen show\`) | $open_ms ms | — | — | $open_rss MB |"

bench=$(dirname "$lotsen")/lotsen-bench
if [[ -x $bench ]]; then
  read -r first_ms first_rss < <(best "$bench" first-screen "$journal")
  echo "| open to the first screen, list drawn at 80×24 (\`lotsen-bench first-screen\`) | $first_ms ms | — | — | $first_rss MB |"
fi

read -r py_ms _ < <(best python3 -c 'import json,sys
for l in open(sys.argv[1], "rb"): json.loads(l)' "$journal")
read -r replay_ms replay_rss < <(LOTSEN_NO_SNAPSHOT=1 best "$lotsen" show --journal "$journal" "$id")
echo "| full replay, no snapshot (\`LOTSEN_NO_SNAPSHOT=1 lotsen show\`) | $replay_ms ms | Python \`json.loads\` per line $py_ms ms | $(ratio "$replay_ms" "$py_ms") | $replay_rss MB |"

read -r ssl_ms _ < <(best openssl dgst -sha256 "$journal")
read -r verify_ms verify_rss < <(best "$lotsen" verify --journal "$journal")
echo "| \`lotsen verify\` (throughput vs reference) | $verify_ms ms | \`openssl dgst -sha256\` $ssl_ms ms | $(ratio "$ssl_ms" "$verify_ms") | $verify_rss MB |"
