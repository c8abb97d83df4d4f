#!/usr/bin/env bash
# Command of the data-vis image: Jupyter Lab on 0.0.0.0:8888, notebooks in $NOTEBOOK_DIR (mounted data-vis/notebooks).
# Token authentication only: Jupyter reads the token from JUPYTER_TOKEN, which must be set (there is no default
# token, and an empty one would turn authentication off).
set -euo pipefail

token=${JUPYTER_TOKEN:-}
if [ -z "${token//[[:space:]]/}" ]; then
  echo "JUPYTER_TOKEN is not set: set it in .env (see .env.example). Jupyter does not start without a token." >&2
  exit 64
fi
case "$token" in
  CHANGE_ME*)
    echo "JUPYTER_TOKEN is still the placeholder of .env.example: set a token of your own in .env." >&2
    exit 64
    ;;
esac
exec jupyter lab --no-browser --ip=0.0.0.0 --port=8888 \
  --ServerApp.root_dir="${NOTEBOOK_DIR:-/home/jupyter/notebooks}" "$@"
