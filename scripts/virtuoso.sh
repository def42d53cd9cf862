#!/usr/bin/env bash
# Start or stop a throwaway Virtuoso open-source server for the SPARQL backend tests.
#
#   scripts/virtuoso.sh start   # database in $CANCU_VIRTUOSO_DIR (default /tmp/cancu-virtuoso),
#                               # HTTP on 127.0.0.1:${CANCU_VIRTUOSO_HTTP_PORT:-8890}, waits until ready
#   scripts/virtuoso.sh stop    # stops it (by the pid it wrote) and deletes the database dir
#
# The planner's cost estimate is no limit here (MaxQueryCostEstimationTime = 0: off): on a near-empty
# database it priced cancu's task query at 1,000 to 460,000 s at random and refused it, while it runs in
# milliseconds; MaxQueryExecutionTime still stops a query that really runs long.
#
# The SPARQL endpoint is http://127.0.0.1:8890/sparql and the Graph Store Protocol
# endpoint http://127.0.0.1:8890/sparql-graph-crud; the anonymous user SPARQL gets
# SPARQL_UPDATE and write permission on all graphs (a throwaway test server only).
set -euo pipefail

DIR="${CANCU_VIRTUOSO_DIR:-${TMPDIR:-/tmp}/cancu-virtuoso}"
HTTP_PORT="${CANCU_VIRTUOSO_HTTP_PORT:-8890}"
SQL_PORT="${CANCU_VIRTUOSO_SQL_PORT:-1111}"
INI_SRC="${CANCU_VIRTUOSO_INI:-/etc/virtuoso-opensource-7/virtuoso.ini}"
[ -f "$INI_SRC" ] || INI_SRC=/usr/share/virtuoso-opensource-7/virtuoso.ini

isql() { isql-vt "127.0.0.1:$SQL_PORT" dba "${CANCU_VIRTUOSO_DBA_PASSWORD:-dba}" "$@"; }

ready() { curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT/sparql?query=ASK%7B%7D" 2>/dev/null; }

start() {
  command -v virtuoso-t >/dev/null || { echo "virtuoso-t not installed (apt-get install virtuoso-opensource)" >&2; exit 1; }
  if [ -f "$DIR/virtuoso.pid" ] && kill -0 "$(cat "$DIR/virtuoso.pid")" 2>/dev/null && ready; then
    echo "virtuoso already running (pid $(cat "$DIR/virtuoso.pid")) on port $HTTP_PORT"; return 0
  fi
  rm -rf "$DIR"; mkdir -p "$DIR"
  # Copy the packaged ini, pointing every file at the throwaway dir and binding loopback only.
  sed -e "s#/var/lib/virtuoso-opensource-7/db/#$DIR/#g" \
      -e "s#^\(\s*ServerRoot\s*=\).*#\1 $DIR#" \
      -e "s#^\(\s*ResultSetMaxRows\s*=\).*#\1 1000000#" \
      -e "s#^\(\s*MaxQueryExecutionTime\s*=\).*#\1 120#" \
      -e "s#^\(\s*MaxQueryCostEstimationTime\s*=\).*#\1 0#" \
      -e "s#^\(\s*NumberOfBuffers\s*=\).*#\1 170000#" \
      -e "s#^\(\s*MaxDirtyBuffers\s*=\).*#\1 130000#" \
      -e "s#^\(\s*DirsAllowed\s*=\).*#\1 ., $DIR, /usr/share/virtuoso-opensource-7/vad#" \
      "$INI_SRC" > "$DIR/virtuoso.ini"
  # ServerPort appears in [Parameters] (SQL) then [HTTPServer] (HTTP): rewrite them in order.
  awk -v sql="127.0.0.1:$SQL_PORT" -v http="127.0.0.1:$HTTP_PORT" '
    /^\[HTTPServer\]/ {sec="http"} /^\[Parameters\]/ {sec="sql"}
    /^[ \t]*ServerPort[ \t]*=/ { if (sec=="sql") {print "ServerPort = " sql; next} if (sec=="http") {print "ServerPort = " http; next} }
    {print}' "$DIR/virtuoso.ini" > "$DIR/virtuoso.ini.new" && mv "$DIR/virtuoso.ini.new" "$DIR/virtuoso.ini"
  (cd "$DIR" && nohup virtuoso-t +configfile "$DIR/virtuoso.ini" +foreground > "$DIR/stdout.log" 2>&1 & echo $! > "$DIR/virtuoso.pid")
  for _ in $(seq 1 120); do
    if isql "EXEC=status();" >/dev/null 2>&1; then break; fi
    kill -0 "$(cat "$DIR/virtuoso.pid")" 2>/dev/null || { echo "virtuoso exited:" >&2; tail -20 "$DIR"/*.log >&2; exit 1; }
    sleep 0.5
  done
  isql <<'SQL' >"$DIR/grants.log" 2>&1
GRANT SPARQL_UPDATE TO "SPARQL";
GRANT EXECUTE ON DB.DBA.SPARQL_INSERT_DICT_CONTENT TO "SPARQL";
GRANT EXECUTE ON DB.DBA.SPARQL_DELETE_DICT_CONTENT TO "SPARQL";
GRANT EXECUTE ON DB.DBA.L_O_LOOK TO "SPARQL";
GRANT EXECUTE ON DB.DBA.SPARUL_RUN TO "SPARQL";
GRANT EXECUTE ON DB.DBA.SPARQL_CONSTRUCT_ACC TO "SPARQL";
GRANT EXECUTE ON DB.DBA.SPARQL_CONSTRUCT_FIN TO "SPARQL";
GRANT EXECUTE ON DB.DBA.TTLP_MT TO "SPARQL";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);
SQL
  for _ in $(seq 1 60); do ready && break; sleep 0.5; done
  ready || { echo "virtuoso HTTP endpoint did not come up on port $HTTP_PORT" >&2; exit 1; }
  echo "virtuoso ready: http://127.0.0.1:$HTTP_PORT/sparql (pid $(cat "$DIR/virtuoso.pid"), db $DIR)"
}

stop() {
  if [ -f "$DIR/virtuoso.pid" ]; then
    pid="$(cat "$DIR/virtuoso.pid")"
    if kill -0 "$pid" 2>/dev/null; then
      isql "EXEC=shutdown();" >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$DIR"
  echo "virtuoso stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
