#!/usr/bin/env bash
# Command of the data-vis image: Jupyter Lab on 0.0.0.0:8888, notebooks in $NOTEBOOK_DIR (mounted data-vis/notebooks).
# Token authentication only: the token is JUPYTER_TOKEN or the content of the file named by JUPYTER_TOKEN_FILE (the
# compose secret), and it must be set (there is no default token, and an empty one would turn authentication off).
# The container runs as the owner of data-vis/notebooks (JUPYTER_UID:JUPYTER_GID in .env), whatever that uid is.
set -euo pipefail

token=${JUPYTER_TOKEN:-}
if [ -z "${token//[[:space:]]/}" ] && [ -n "${JUPYTER_TOKEN_FILE:-}" ] && [ -f "$JUPYTER_TOKEN_FILE" ]; then
  token=$(<"$JUPYTER_TOKEN_FILE")
fi
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

notebooks=${NOTEBOOK_DIR:-/home/jupyter/notebooks}
if [ ! -w "$notebooks" ]; then
  echo "$notebooks (data-vis/notebooks) is not writable for uid $(id -u) (its owner is uid $(stat -c %u "$notebooks")):" \
    "set JUPYTER_UID and JUPYTER_GID in .env to your uid and gid (id -u, id -g)." >&2
  exit 65
fi
# A uid without a home of its own in the image (any JUPYTER_UID but 1000): Jupyter's runtime files go to /tmp.
if [ ! -w "${HOME:-/}" ]; then
  export HOME=${TMPDIR:-/tmp}/jupyter-home
  mkdir -p "$HOME"
fi

export JUPYTER_TOKEN=$token
exec jupyter lab --no-browser --ip=0.0.0.0 --port=8888 --ServerApp.root_dir="$notebooks" "$@"
