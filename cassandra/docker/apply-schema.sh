#!/usr/bin/env bash
# One-shot schema job of cassandra/docker-compose.yml (runs in the cassandra image, with its cqlsh).
#
# 1. Waits until Cassandra accepts a login, as $CASSANDRA_USERNAME or, on a fresh node, as the default superuser.
# 2. On a fresh node: creates the role $CASSANDRA_USERNAME (superuser, login) with $CASSANDRA_PASSWORD, then
#    disables the default `cassandra` superuser (random password, no login). If CASSANDRA_USERNAME is `cassandra`,
#    it only changes that role's password.
# 3. Applies every file of cassandra/schema/*.cql in name order (the same files the local stack applies; mounted
#    read-only at $SCHEMA_DIR). Every statement is IF NOT EXISTS, so running the job again is harmless.
set -euo pipefail

host=${CASSANDRA_HOST:-cassandra}
port=${CASSANDRA_PORT:-9042}
user=${CASSANDRA_USERNAME:?CASSANDRA_USERNAME is not set (see .env.example)}
password=${CASSANDRA_PASSWORD:?CASSANDRA_PASSWORD is not set (see .env.example)}
schema_dir=${SCHEMA_DIR:-/opt/kafkapipeline/schema}
wait_seconds=${SCHEMA_WAIT_SECONDS:-300}

case "$password" in
  CHANGE_ME*)
    echo "CASSANDRA_PASSWORD is still the placeholder of .env.example: set a password of your own in .env." >&2
    exit 64
    ;;
esac

# cqlsh as the given role; extra arguments are cqlsh's (-e STATEMENT or -f FILE).
cql() {
  local role=$1 secret=$2
  shift 2
  cqlsh "$host" "$port" -u "$role" -p "$secret" --connect-timeout=10 --request-timeout=60 "$@"
}

# A CQL string literal: single quotes doubled.
literal() {
  printf "'%s'" "${1//\'/\'\'}"
}

can_login() {
  cql "$1" "$2" -e "SELECT release_version FROM system.local" >/dev/null 2>&1
}

echo "Waiting for Cassandra at $host:$port (up to ${wait_seconds}s)..."
deadline=$((SECONDS + wait_seconds))
login=""
while [ -z "$login" ]; do
  if can_login "$user" "$password"; then
    login=app
  elif can_login cassandra cassandra; then
    login=default
  elif [ "$SECONDS" -ge "$deadline" ]; then
    echo "Cannot log in to Cassandra at $host:$port as '$user' within ${wait_seconds}s." >&2
    echo "If the node is up and CASSANDRA_PASSWORD was changed after the first start, either change the role's" >&2
    echo "password with cqlsh (ALTER ROLE ... WITH PASSWORD) or start from an empty volume (docker compose down -v)." >&2
    exit 1
  else
    sleep 3
  fi
done

if [ "$login" = default ]; then
  if [ "$user" = cassandra ]; then
    echo "First start: setting the password of role 'cassandra'"
    cql cassandra cassandra -e "ALTER ROLE cassandra WITH PASSWORD = $(literal "$password")"
  else
    echo "First start: creating role '$user' and disabling the default superuser 'cassandra'"
    cql cassandra cassandra -e "CREATE ROLE IF NOT EXISTS $(literal "$user") WITH PASSWORD = $(literal "$password") AND SUPERUSER = true AND LOGIN = true"
    disabled=$(head -c 32 /dev/urandom | base64 | tr -d '\n')
    cql "$user" "$password" -e "ALTER ROLE cassandra WITH PASSWORD = $(literal "$disabled") AND SUPERUSER = false AND LOGIN = false"
  fi
fi

shopt -s nullglob
files=("$schema_dir"/*.cql)
if [ "${#files[@]}" -eq 0 ]; then
  echo "No schema files (*.cql) in $schema_dir: is cassandra/schema mounted?" >&2
  exit 1
fi
for file in "${files[@]}"; do
  echo "Applying $(basename "$file")"
  cql "$user" "$password" -f "$file"
done
tables=$(cql "$user" "$password" -e "SELECT table_name FROM system_schema.tables WHERE keyspace_name = 'kafkapipeline'" \
  | sed -n 's/^ *\([a-z_][a-z0-9_]*\) *$/\1/p' | grep -v '^table_name$' | sort | tr '\n' ' ')
echo "Schema applied (${#files[@]} files from cassandra/schema); tables of kafkapipeline: $tables"
