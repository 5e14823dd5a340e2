#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for `make test`: `start DIR` makes one in DIR (initdb),
# listening only on a Unix socket in DIR, and prints its connection URI; `stop DIR`
# stops it; `crash DIR` stops it at once (`-m immediate`), and `start DIR` starts it
# again on the same data. Tests make a database of their own in it each (LotsenTestSupport).
#
# Local connections are trusted: the tests connect as the roles they make (a caseworker's,
# an administrator's) to see what the database refuses to each. Nothing listens on TCP.
set -euo pipefail
command=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL's server is not installed (apt-get install postgresql)" >&2; exit 1; }
# initdb refuses to run as root: the cluster is the postgres user's then.
run=()
if [ "$(id -u)" = 0 ]; then run=(runuser -u postgres --); fi
port=5499

case $command in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    # Other users reach the socket in it (the shared desk's gateway runs as `lotsen`);
    # the data directory inside stays the server's, 0700.
    chmod 0755 "$dir"
    # Started again after a crash (a test's own cluster): the same data directory.
    if [ ! -d "$dir/data" ]; then
        "${run[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-k $dir -c listen_addresses= -p $port -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql:///postgres?host=$dir&port=$port&user=postgres"
    ;;
stop)
    "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
crash)
    # As a power cut would: no checkpoint, clients cut off mid-transaction.
    "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
*)
    echo "usage: $0 start|stop|crash DIR" >&2
    exit 2
    ;;
esac
