#!/usr/bin/env bash
# `lotsen import participants --dry-run` on a generated spreadsheet of ROWS people
# (valid generated personnummer, never real ones) against Python's csv module reading
# the same file, each the median of RUNS new processes.
#   Sources/lotsen-bench/import.sh LOTSEN_BINARY DIR [ROWS] [RUNS]
set -euo pipefail
lotsen=$1 dir=$2 rows=${3:-100000} runs=${4:-3}
mkdir -p "$dir"
csv=$dir/import-$rows.csv journal=$dir/import-journal.jsonl
python3 - "$rows" "$csv" <<'PY'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
random.seed(1)
def check(d):
    s = 0
    for i, c in enumerate(d):
        v = int(c) * (2 if i % 2 == 0 else 1); s += v // 10 + v % 10
    return (10 - s % 10) % 10
first = ["Anna", "Erik", "Sara", "Omar", "Lina", "Ali", "Maja", "Noah", "Elsa", "Hugo"]
last = ["Berg", "Lind", "Ek", "Nguyen", "Hassan", "Åkesson", "Öberg", "Karimi", "Sjöberg", "Ali"]
seen, out = set(), ["Personnummer;Förnamn;Efternamn;Telefon;Kom via"]
while len(out) <= n:
    y, m, d, s = random.randint(1998, 2008), random.randint(1, 12), random.randint(1, 28), random.randint(0, 999)
    base = "%02d%02d%02d%03d" % (y % 100, m, d, s)
    if base in seen: continue
    seen.add(base)
    out.append("%04d%02d%02d-%03d%d;%s;%s;070-%07d;uppsökande" % (y, m, d, s, check(base), random.choice(first), random.choice(last), random.randint(0, 9999999)))
open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
rm -f "$journal"*
LOTSEN_AS=AB "$lotsen" init --journal "$journal" >/dev/null
LOTSEN_AS=AB "$lotsen" caseworker add --journal "$journal" --initials AB --name "Anna Bok" --org AF >/dev/null

# Median wall time in ms of RUNS runs, and the peak RSS in MB.
median() {
  local times=() rss=0 stats kb t0 t1
  stats=$(mktemp)
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N)
    /usr/bin/time -o "$stats" -f "%M" "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
    kb=$(tail -1 "$stats"); (( kb > rss )) && rss=$kb
  done
  rm -f "$stats"
  echo "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p") $(( rss / 1024 ))"
}
read -r py_ms _ < <(median python3 -c 'import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    sum(1 for _ in csv.reader(f, delimiter=";"))' "$csv")
read -r dry_ms dry_rss < <(LOTSEN_AS=AB median "$lotsen" import participants --journal "$journal" --dry-run "$csv")
echo "| \`lotsen import participants --dry-run\`, $rows rows (median of $runs) | $dry_ms ms | Python \`csv.reader\` $py_ms ms | $(awk -v a="$dry_ms" -v b="$py_ms" 'BEGIN { printf "%.1f×", a / b }') | $dry_rss MB |"
