#!/usr/bin/env bash
# One-shot registration job of kafka/docker-compose.yml (image: kafka/Dockerfile, target register: bash, curl, jq).
#
# For every file of $CONNECTOR_CONFIG_DIR (kafka/connect/*.json, mounted read-only: the same files the local stack
# registers), PUTs its "config" object to $CONNECT_URL/connectors/<name>/config, with these keys added:
#   auth.provider=PLAIN, auth.username=${env:CASSANDRA_USERNAME},
#   auth.password=${dir:/run/secrets:cassandra_password}
# The placeholders stay literal here; the Connect worker resolves them from its own environment and its secret
# file (config.providers in kafka/docker/connect-distributed.properties), so the password is never sent over REST.
# CONNECTOR_CONFIG_OVERRIDES (a JSON object, optional) is merged last, e.g. '{"tasks.max":"2"}'.
#
# PUT creates or updates, so the job can run again. Until Cassandra and its schema are ready the sink's validation
# fails (HTTP 400) and the job retries, up to REGISTER_TIMEOUT_SECONDS. It then waits for every connector and task
# to be RUNNING (restarting failed ones) and exits non-zero with the worker's trace if they are not by then.
set -euo pipefail

connect_url=${CONNECT_URL:-http://connect:8083}
config_dir=${CONNECTOR_CONFIG_DIR:-/etc/kafkapipeline/connect}
timeout_seconds=${REGISTER_TIMEOUT_SECONDS:-600}
overrides=${CONNECTOR_CONFIG_OVERRIDES:-}
[ -n "$overrides" ] || overrides='{}'

# Literal placeholders: single quotes, no shell expansion.
# shellcheck disable=SC2016
auth='{"auth.provider": "PLAIN", "auth.username": "${env:CASSANDRA_USERNAME}", "auth.password": "${dir:/run/secrets:cassandra_password}"}'

shopt -s nullglob
files=("$config_dir"/*.json)
if [ "${#files[@]}" -eq 0 ]; then
  echo "No connector configs (*.json) in $config_dir: is kafka/connect mounted?" >&2
  exit 1
fi

response=$(mktemp)
trap 'rm -f "$response"' EXIT
deadline=$((SECONDS + timeout_seconds))

names=()
for file in "${files[@]}"; do
  name=$(jq -er '.name' "$file")
  body=$(jq -e --argjson auth "$auth" --argjson overrides "$overrides" '.config + $auth + $overrides' "$file")
  while :; do
    code=$(curl -sS -o "$response" -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
      --data "$body" "$connect_url/connectors/$name/config" 2>/dev/null) || code=000
    case "$code" in
      200 | 201)
        echo "Registered $name ($(basename "$file"))"
        break
        ;;
    esac
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "Could not register $name within ${timeout_seconds}s: HTTP $code $(cat "$response")" >&2
      exit 1
    fi
    echo "Waiting to register $name: HTTP $code $(head -c 300 "$response" | tr '\n' ' ')"
    sleep 5
  done
  names+=("$name")
done

for name in "${names[@]}"; do
  while :; do
    status=$(curl -fsS "$connect_url/connectors/$name/status" 2>/dev/null) || status='{}'
    state=$(jq -r '([.connector.state // "UNASSIGNED"] + [.tasks[]?.state]) as $s
      | if any($s[]; . == "FAILED") then "FAILED"
        elif ($s | length) > 1 and all($s[]; . == "RUNNING") then "RUNNING"
        else "STARTING" end' <<<"$status")
    if [ "$state" = RUNNING ]; then
      echo "$name: connector and tasks RUNNING"
      break
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$name is not RUNNING within ${timeout_seconds}s: $state" >&2
      jq -r '.connector.trace // empty, (.tasks[]? | .trace // empty)' <<<"$status" >&2
      exit 1
    fi
    if [ "$state" = FAILED ]; then
      echo "$name: FAILED, restarting failed instances: $(jq -r '[.connector.trace, .tasks[]?.trace] | map(select(.)) | .[0] // "" | split("\n")[0]' <<<"$status")"
      curl -sS -o /dev/null -X POST "$connect_url/connectors/$name/restart?includeTasks=true&onlyFailed=true" || true
      sleep 5
    fi
    sleep 3
  done
done
echo "Connectors registered: ${names[*]}"
