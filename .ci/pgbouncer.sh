#!/usr/bin/env bash
# Starts Debian's PgBouncer in transaction mode in front of the local PostgreSQL, as production
# pools connections: `.ci/pgbouncer.sh <dir> <port>` writes its config under <dir>, starts it in
# the background and waits until it answers. Services connect through it as their own roles
# (trust authentication here, as on the local PostgreSQL); migrations keep connecting directly.
set -euo pipefail
dir="$1"
port="${2:-6432}"
mkdir -p "$dir"
cat >"$dir/pgbouncer.ini" <<INI
[databases]
* = host=127.0.0.1 port=5432

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/userlist.txt
pool_mode = transaction
admin_users = postgres
max_client_conn = 1000
default_pool_size = 10
server_idle_timeout = 5
max_db_connections = 40
server_reset_query =
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
INI
: >"$dir/userlist.txt"
for role in postgres baeumteo_learners baeumteo_courses baeumteo_content baeumteo_history baeumteo_notifications; do
  echo "\"$role\" \"\"" >>"$dir/userlist.txt"
done
chmod 0777 "$dir" && chmod 0644 "$dir/pgbouncer.ini" "$dir/userlist.txt"
if [ "$(id -u)" = 0 ]; then user=(-u postgres); else user=(); fi
pgbouncer -d "${user[@]}" "$dir/pgbouncer.ini"
for _ in $(seq 1 50); do
  pg_isready -q -h 127.0.0.1 -p "$port" && exit 0
  sleep 0.1
done
echo "pgbouncer did not start; its log:" >&2
cat "$dir/pgbouncer.log" >&2 || true
exit 1
