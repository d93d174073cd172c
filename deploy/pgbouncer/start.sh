#!/bin/sh
# The PgBouncer image's start: writes the configuration and the user list to /tmp/pgbouncer (the
# root filesystem is read-only; /tmp is a tmpfs or emptyDir), then runs PgBouncer in the
# foreground, logging to stderr. One database entry per service, named after it: a service
# connects to pgbouncer:6432/<name> as its role baeumteo_<name>, so each pool is one pair of
# database and user (docs/scaling.md). Everything comes from the environment:
#   PGBOUNCER_SERVER_HOST (required), _PORT (5432), _DBNAME (baeumteo)   where the services' data is
#   PGBOUNCER_<NAME>_HOST, _PORT, _DBNAME     one service's own server instead (NAME: LEARNERS, ...)
#   PGBOUNCER_DEFAULT_POOL_SIZE (10), PGBOUNCER_<NAME>_POOL_SIZE    server connections per service
#   PGBOUNCER_RESERVE_POOL_SIZE (0), PGBOUNCER_<NAME>_RESERVE_POOL  extra ones when clients wait
#   PGBOUNCER_RESERVE_POOL_TIMEOUT (2 s), PGBOUNCER_QUERY_WAIT_TIMEOUT (10 s), PGBOUNCER_MAX_CLIENT_CONN (500)
#   PGBOUNCER_SERVER_TLS_SSLMODE (prefer), PGBOUNCER_SERVER_TLS_CA_FILE   TLS to PostgreSQL
#   BAEUMTEO_DB_PASSWORD_LEARNERS, _COURSES, _CONTENT, _HISTORY, _NOTIFICATIONS   the roles' passwords
set -eu
dir=/tmp/pgbouncer
umask 077
mkdir -p "$dir"

fail() {
  echo "pgbouncer: cannot start: $1" >&2
  exit 78
}
# A value goes into pgbouncer.ini as it is: nothing that could end it or start another setting.
setting() { # variable, default
  eval "value=\${$1:-$2}"
  case "$value" in
    '') fail "$1 is required" ;;
    *[!A-Za-z0-9._:/-]*) fail "$1 must be a host name, path or number, got '$value'" ;;
  esac
  printf %s "$value"
}
upper() { printf %s "$1" | tr '[:lower:]' '[:upper:]'; }
names="learners courses content history notifications"

# Plain passwords: PgBouncer answers the services' SCRAM with them and logs in to PostgreSQL as
# the same role with the same password. Only the five service roles: nobody else is pooled.
for name in $names; do
  variable="BAEUMTEO_DB_PASSWORD_$(upper "$name")"
  eval "password=\${$variable:-}"
  [ -n "$password" ] || fail "$variable is required (the baeumteo_$name role's password)"
  printf '"baeumteo_%s" "%s"\n' "$name" "$(printf %s "$password" | sed 's/"/""/g')"
done >"$dir/userlist.txt"

# Every value is read (and checked) by an assignment first: a failed check then stops the script.
host="$(setting PGBOUNCER_SERVER_HOST '')"
port="$(setting PGBOUNCER_SERVER_PORT 5432)"
dbname="$(setting PGBOUNCER_SERVER_DBNAME baeumteo)"
pool="$(setting PGBOUNCER_DEFAULT_POOL_SIZE 10)"
reserve="$(setting PGBOUNCER_RESERVE_POOL_SIZE 0)"
databases='[databases]'
for name in $names; do
  service="PGBOUNCER_$(upper "$name")"
  h="$(setting "${service}_HOST" "$host")"
  p="$(setting "${service}_PORT" "$port")"
  d="$(setting "${service}_DBNAME" "$dbname")"
  size="$(setting "${service}_POOL_SIZE" "$pool")"
  extra="$(setting "${service}_RESERVE_POOL" "$reserve")"
  databases="$databases
$name = host=$h port=$p dbname=$d pool_size=$size reserve_pool=$extra"
done
max_client_conn="$(setting PGBOUNCER_MAX_CLIENT_CONN 500)"
reserve_timeout="$(setting PGBOUNCER_RESERVE_POOL_TIMEOUT 2)"
wait_timeout="$(setting PGBOUNCER_QUERY_WAIT_TIMEOUT 10)"
sslmode="$(setting PGBOUNCER_SERVER_TLS_SSLMODE prefer)"
ca_file=""
if [ -n "${PGBOUNCER_SERVER_TLS_CA_FILE:-}" ]; then
  ca_file="server_tls_ca_file = $(setting PGBOUNCER_SERVER_TLS_CA_FILE '')"
fi

cat >"$dir/pgbouncer.ini" <<INI
$databases

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
unix_socket_dir =
pidfile =
logfile =
auth_type = scram-sha-256
auth_file = $dir/userlist.txt
; Transaction mode: the services keep no session state (README, "Behind PgBouncer").
pool_mode = transaction
max_client_conn = $max_client_conn
reserve_pool_timeout = $reserve_timeout
; A client waits this long for a server connection, then fails instead of queueing on.
query_wait_timeout = $wait_timeout
server_tls_sslmode = $sslmode
$ca_file
INI

exec pgbouncer "$dir/pgbouncer.ini"
