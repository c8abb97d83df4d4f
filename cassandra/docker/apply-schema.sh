#!/usr/bin/env bash
# One-shot schema job of cassandra/docker-compose.yml (runs in the cassandra image, with its cqlsh).
#
# Every step checks the state it is responsible for and acts only when that state is missing, so the job can run
# again at any time, also after it died half-way (a crash between two steps leaves nothing undone on the next run):
# 1. Waits until Cassandra accepts a login, as $CASSANDRA_USERNAME or as the default superuser cassandra/cassandra.
# 2. The role: when $CASSANDRA_USERNAME cannot log in but the default superuser can, creates the role (superuser,
#    login) with the password, or sets the password of the role if it exists already. If CASSANDRA_USERNAME is
#    `cassandra`, it only sets that role's password.
# 3. The default superuser: whenever system_auth.roles says `cassandra` can log in (and CASSANDRA_USERNAME is
#    another role), disables it as $CASSANDRA_USERNAME: random password, no superuser, no login.
# 4. Applies every file of cassandra/schema/*.cql in name order (the same files the local stack applies; mounted
#    read-only at $SCHEMA_DIR). Every statement is IF NOT EXISTS, so applying them again is harmless.
#
# The password is CASSANDRA_PASSWORD, or the content of the file named by CASSANDRA_PASSWORD_FILE (compose secret).
set -euo pipefail

host=${CASSANDRA_HOST:-cassandra}
port=${CASSANDRA_PORT:-9042}
user=${CASSANDRA_USERNAME:?CASSANDRA_USERNAME is not set (see .env.example)}
schema_dir=${SCHEMA_DIR:-/opt/kafkapipeline/schema}
wait_seconds=${SCHEMA_WAIT_SECONDS:-300}

password=${CASSANDRA_PASSWORD:-}
if [ -z "$password" ] && [ -n "${CASSANDRA_PASSWORD_FILE:-}" ] && [ -f "$CASSANDRA_PASSWORD_FILE" ]; then
  password=$(<"$CASSANDRA_PASSWORD_FILE")
fi
if [ -z "$password" ]; then
  echo "CASSANDRA_PASSWORD is not set: set it in .env (see .env.example)." >&2
  exit 64
fi
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

# Step 1: a login that works, "app" or "default"; gives up after wait_seconds.
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

# Step 2: the role and its password, through the default superuser while that one can still log in.
if [ "$login" = default ]; then
  if [ "$user" = cassandra ]; then
    echo "Setting the password of role 'cassandra'"
    cql cassandra cassandra -e "ALTER ROLE cassandra WITH PASSWORD = $(literal "$password")"
  else
    echo "Creating role '$user' (superuser, login) as the default superuser 'cassandra'"
    cql cassandra cassandra -e "CREATE ROLE IF NOT EXISTS $(literal "$user") WITH PASSWORD = $(literal "$password") AND SUPERUSER = true AND LOGIN = true"
    if ! can_login "$user" "$password"; then
      echo "Role '$user' existed with another password: setting the password of .env"
      cql cassandra cassandra -e "ALTER ROLE $(literal "$user") WITH PASSWORD = $(literal "$password") AND SUPERUSER = true AND LOGIN = true"
    fi
  fi
  # Cassandra caches credentials for a few seconds: wait until the role's new password is accepted.
  deadline=$((SECONDS + 60))
  until can_login "$user" "$password"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "Role '$user' was set up but cannot log in within 60s." >&2
      exit 1
    fi
    sleep 2
  done
fi

# Step 3: the default superuser, disabled whenever it can still log in (whatever happened in step 2 or before).
if [ "$user" != cassandra ]; then
  default_login=$(cql "$user" "$password" -e "SELECT can_login FROM system_auth.roles WHERE role = 'cassandra'")
  if grep -qE '^[[:space:]]*True[[:space:]]*$' <<<"$default_login"; then
    echo "Disabling the default superuser 'cassandra' (random password, no superuser, no login)"
    disabled=$(head -c 32 /dev/urandom | base64 | tr -d '\n')
    cql "$user" "$password" -e "ALTER ROLE cassandra WITH PASSWORD = $(literal "$disabled") AND SUPERUSER = false AND LOGIN = false"
  fi
fi

# Step 4: the schema.
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
  | sed -n 's/^ *\([a-z_][a-z0-9_]*\) *$/\1/p' | sed '/^table_name$/d' | sort | tr '\n' ' ')
echo "Schema applied (${#files[@]} files from cassandra/schema); tables of kafkapipeline: $tables"
