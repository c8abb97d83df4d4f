"""Runs the code cells of a notebook through a running Jupyter server, as a browser does: a session over the
REST API starts the notebook's kernel, then execute requests go over the kernel's websocket. Prints one JSON line
per cell: {"cell": n, "status": "ok"|"error", "mime": [...], "ename": ..., "evalue": ...}. Exit code 0 when the
server ran every cell (a failed cell is a result, not an exit code).

Usage: python3 run_through_server.py http://127.0.0.1:PORT TOKEN NOTEBOOK.ipynb KERNEL [keep]
With "keep" the session (and its kernel) stays open, as a browser tab left open does.
Only the Python standard library and tornado (which Jupyter itself runs on).
"""
import json
import sys
import urllib.request
import uuid

from tornado import ioloop, websocket

TIMEOUT = 300


def rest(base, token, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "token " + token)
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


async def run(base, token, notebook, kernel, keep):
    with open(notebook, encoding="utf-8") as f:
        cells = [c for c in json.load(f)["cells"] if c["cell_type"] == "code"]
    name = notebook.rsplit("/", 1)[-1]
    session = rest(base, token, "POST", "/api/sessions",
                   {"path": name, "type": "notebook", "kernel": {"name": kernel}})
    kernel_id = session["kernel"]["id"]
    url = base.replace("http", "ws", 1) + "/api/kernels/" + kernel_id + "/channels?token=" + token
    ws = await websocket.websocket_connect(url)
    try:
        for number, cell in enumerate(cells, 1):
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            msg_id = uuid.uuid4().hex
            await ws.write_message(json.dumps({
                "header": {"msg_id": msg_id, "username": "test", "session": uuid.uuid4().hex,
                           "msg_type": "execute_request", "version": "5.3"},
                "parent_header": {}, "metadata": {}, "channel": "shell",
                "content": {"code": source, "silent": False, "store_history": True,
                            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
            }))
            result = {"cell": number, "status": None, "mime": []}
            idle = False
            while result["status"] is None or not idle:
                raw = await ws.read_message()
                if raw is None:
                    raise RuntimeError("the server closed the kernel's websocket")
                msg = json.loads(raw)
                if msg.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind = msg["msg_type"]
                content = msg["content"]
                if kind in ("execute_result", "display_data"):
                    result["mime"].extend(content["data"].keys())
                elif kind == "error":
                    result["ename"], result["evalue"] = content["ename"], content["evalue"]
                elif kind == "execute_reply":
                    result["status"] = content["status"]
                elif kind == "status" and content["execution_state"] == "idle":
                    idle = True
            print(json.dumps(result), flush=True)
    finally:
        ws.close()
        if not keep:
            rest(base, token, "DELETE", "/api/sessions/" + session["id"])


def main():
    base, token, notebook, kernel = sys.argv[1:5]
    keep = sys.argv[5:6] == ["keep"]
    ioloop.IOLoop.current().run_sync(lambda: run(base.rstrip("/"), token, notebook, kernel, keep), timeout=TIMEOUT)


if __name__ == "__main__":
    main()
