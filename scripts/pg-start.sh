#!/usr/bin/env bash
# Starts a throwaway Debian PostgreSQL cluster on 127.0.0.1:$PGPORT (default 54329) with a temporary
# data folder and prints its URL. For tests only: durability is off (fsync=off). Run as root; the
# server runs as the `postgres` user. Needs Debian's `postgresql` package.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${PGPORT:-54329}
PGDATA=${PGDATA:-/tmp/tinhgon-pgdata-$PGPORT}
rm -rf "$PGDATA"
install -d -o postgres -g postgres "$PGDATA"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
echo "postgresql://postgres@127.0.0.1:$PGPORT/postgres"
