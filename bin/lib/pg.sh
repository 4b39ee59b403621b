# Sourced by bin/eval and bench/run: a throwaway PostgreSQL cluster on a unix socket in a temp
# folder, for comparing Tolk with PostgreSQL full-text search.
#
#   pg_start NAME PORT [-c setting=value ...]   sets PG_DIR (socket folder) and PG_BIN
#   pg_stop                                     stops it and removes the folder (call on exit)

as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_start() {
  local name=$1 port=$2
  shift 2
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [[ -z "$PG_BIN" ]]; then
    echo "$name: PostgreSQL not installed (apt-get install -y postgresql)" >&2; exit 2
  fi
  PG_DIR=$(mktemp -d "/tmp/tolk-$name-pg.XXXXXX")
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$PG_DIR"; fi
  if ! as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
     || ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
        -o "-k $PG_DIR -p $port -c listen_addresses='' $*" start >/dev/null 2>&1; then
    tail -3 "$PG_DIR"/*.log >&2 2>/dev/null || true
    echo "$name: PostgreSQL could not start in $PG_DIR (port $port busy? set PG_PORT)" >&2
    exit 2
  fi
  # Tolk's Java side (not the postgres user) connects through the socket folder.
  if [[ $(id -u) -eq 0 ]]; then chmod 777 "$PG_DIR"; fi
}

pg_stop() {
  [[ -n "${PG_DIR:-}" ]] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
