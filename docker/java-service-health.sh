#!/usr/bin/env bash
# Healthcheck of the JVM service images (docker/java-service.Dockerfile): healthy while the service's JVM runs its
# main class and holds an open connection to a broker of KAFKA_BROKER_URL. Producers refresh their metadata every
# 5 minutes and consumers fetch all the time, so the connection stays open as long as the service works; a JVM
# that lost Kafka, or one that was replaced by something else, is unhealthy. Prints why when it is not.
set -euo pipefail

proc=${KAFKAPIPELINE_PROC_DIR:-/proc}
main=${KAFKAPIPELINE_MAIN_CLASS:?KAFKAPIPELINE_MAIN_CLASS is not set}
brokers=${KAFKA_BROKER_URL:?KAFKA_BROKER_URL is not set}

# The JVM: a process with the main class as one of its arguments. Read with bash alone, so that no helper process
# of this check (whose arguments would name the class too) is taken for it.
running=""
for cmdline in "$proc"/[0-9]*/cmdline; do
  args=()
  mapfile -d '' args <"$cmdline" 2>/dev/null || continue
  for arg in "${args[@]}"; do
    if [ "$arg" = "$main" ]; then
      running=${cmdline%/cmdline}
      break 2
    fi
  done
done
if [ -z "$running" ]; then
  echo "no process runs $main"
  exit 1
fi

# Broker ports of KAFKA_BROKER_URL (host:port,host:port) as /proc/net/tcp writes them: 4 hex digits.
ports=()
IFS=, read -r -a addresses <<<"$brokers"
for address in "${addresses[@]}"; do
  ports+=("$(printf '%04X' "${address##*:}")")
done

# /proc/net/tcp and tcp6: "sl local_address rem_address st ..."; rem_address is HEXIP:PORT, st 01 is ESTABLISHED.
tables=()
for table in "$proc"/net/tcp "$proc"/net/tcp6; do
  if [ -r "$table" ]; then
    tables+=("$table")
  fi
done
if [ "${#tables[@]}" -gt 0 ] && awk -v ports=" ${ports[*]} " '
    $4 == "01" { split($3, remote, ":"); if (index(ports, " " remote[2] " ") > 0) { found = 1 } }
    END { exit !found }' "${tables[@]}"; then
  exit 0
fi
echo "$main runs (${running##*/}) but has no open connection to Kafka ($brokers)"
exit 1
