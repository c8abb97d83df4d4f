#!/usr/bin/env bash
# Entrypoint of the JVM service images (docker/java-service.Dockerfile, target service): runs the main class the
# image was built for (build arg MAIN_CLASS) with the image's jars, JAVA_OPTS and the container's arguments. The
# service reads its settings from the environment (see its module's README).
#
# Secrets come as files (compose `secrets:`, the service's <NAME>_FILE settings). Compose creates no file for a
# secret whose value is empty, so a <NAME>_FILE under the secrets folder that does not exist means "NAME is not
# set" (e.g. OPENWEATHER_API_KEY left empty: the producer replays its recordings) and is dropped here.
set -euo pipefail

main=${KAFKAPIPELINE_MAIN_CLASS:?KAFKAPIPELINE_MAIN_CLASS is not set: build the image with the build arg MAIN_CLASS}
lib=${KAFKAPIPELINE_LIB:-/opt/kafkapipeline/lib}
secrets=${KAFKAPIPELINE_SECRETS_DIR:-/run/secrets}

while IFS= read -r name; do
  file=${!name}
  if [[ $file == "$secrets"/* && ! -e $file ]]; then
    echo "${name%_FILE} is not set (its secret is empty, so $file does not exist)" >&2
    unset "$name"
  fi
done < <(compgen -e | grep '_FILE$' || true)

read -r -a java_opts <<<"${JAVA_OPTS:-}"
exec java "${java_opts[@]}" -cp "$lib/*" "$main" "$@"
