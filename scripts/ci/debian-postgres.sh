#!/usr/bin/env bash
# A throw-away cluster of Debian's PostgreSQL (apt-get install postgresql),
# the "external" database CI runs the production start against:
#   debian-postgres.sh start <port> <dir>   initdb + pg_ctl start as the postgres user (~2 s); prints the URL
#   debian-postgres.sh stop <dir>
# Loopback only, trust authentication, no fsync: for tests, never for data.
set -euo pipefail
command="${1:-}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bindir" ]; then
  echo "Debian's PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
as_postgres() { runuser -u postgres -- "$@"; }

case "$command" in
  start)
    port="$2"
    dir="$3"
    rm -rf "$dir"
    mkdir -p "$dir"
    chown postgres:postgres "$dir"
    chmod 700 "$dir"
    as_postgres "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      >/dev/null
    as_postgres "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "create database app" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/app"
    ;;
  stop)
    dir="$2"
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_postgres "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
  *)
    echo "usage: debian-postgres.sh start <port> <dir> | stop <dir>" >&2
    exit 2
    ;;
esac
