#!/usr/bin/env bash
# Stops the cluster started by pg-start.sh and deletes its data folder.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${PGPORT:-54329}
PGDATA=${PGDATA:-/tmp/tinhgon-pgdata-$PGPORT}
if [ -d "$PGDATA" ]; then
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null || true
  rm -rf "$PGDATA"
fi
