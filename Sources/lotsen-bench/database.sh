#!/usr/bin/env bash
# The journal in PostgreSQL against the file store, in the same run (docs/performance.md,
# "PostgreSQL"): a throwaway cluster (Tests/postgres-cluster.sh), then
#   - `lotsen-bench database`: single appends, eight desks at once, another desk's append;
#   - the journal moved into the database (`lotsen migrate --to`, timed);
#   - opening it with this desk's snapshot warm (`lotsen show`) against the file's open.
#   Sources/lotsen-bench/database.sh LOTSEN_BINARY JOURNAL [NAME] [RUNS]
# The master key of a sealed JOURNAL is read as `lotsen` reads it (XDG_CONFIG_HOME).
set -euo pipefail
lotsen=$1 journal=$2 name=${3:-Berg} runs=${4:-5}
here=$(cd "$(dirname "$0")" && pwd)
bench=$(dirname "$lotsen")/lotsen-bench
pg=$(mktemp -d /tmp/lotsen-pg-bench.XXXXXX)
work=$(mktemp -d /tmp/lotsen-bench-db.XXXXXX)
server=$("$here/../../Tests/postgres-cluster.sh" start "$pg")
cleanup() { "$here/../../Tests/postgres-cluster.sh" stop "$pg"; rm -rf "$pg" "$work"; }
trap cleanup EXIT
database() { sed "s|:///postgres?|:///$1?|" <<<"$server"; }
export XDG_CACHE_HOME=$work/cache

median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
times() {  # wall ms of RUNS runs of a command, one a line
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
  done
}

echo "PostgreSQL $(psql "$server" -tAc 'SHOW server_version'), a throwaway cluster on this machine (Unix socket); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
psql "$server" -qc "CREATE DATABASE bench_append" -c "CREATE DATABASE bench_open"
"$lotsen" setup --database "$(database bench_append)" >/dev/null
"$lotsen" setup --database "$(database bench_open)" >/dev/null
"$bench" database "$(database bench_append)" "$work" 1000
echo

t0=$(date +%s%N)
LOTSEN_AS=${LOTSEN_AS:-AB} "$lotsen" migrate --journal "$journal" --to "$(database bench_open)"
t1=$(date +%s%N)
echo "  moved in $(( (t1 - t0) / 1000000 )) ms"
id=$("$lotsen" find --journal "$journal" --json "$name" | grep -o '"id" *: *"[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
# Each side's snapshot written first (the file's beside it, the database's in this desk's cache).
"$lotsen" show --journal "$journal" "$id" >/dev/null
"$lotsen" show --journal "$(database bench_open)" "$id" >/dev/null
file=$(times "$lotsen" show --journal "$journal" "$id" | median)
db=$(times "$lotsen" show --journal "$(database bench_open)" "$id" | median)
echo "open with the snapshot + one card (\`lotsen show\`), median of $runs: file $file ms, PostgreSQL $db ms," \
  "ratio $(awk -v a="$db" -v b="$file" 'BEGIN { if (b == 0) b = 1; printf "%.2f", a / b }')×   goal ≤ 2×"
