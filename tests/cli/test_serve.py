"""`modelward serve`, `api-keys` and `audit verify` for real: a server process on loopback, killed with
SIGKILL under load, whose audit chain still verifies with every acknowledged request in it."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("sqlalchemy")

from tests.gateway.conftest import model_dir, rows, v2_body, write_policy  # noqa: F401

MODELWARD = [sys.executable, "-m", "modelward"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MODELWARD, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def _start(policy: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([*MODELWARD, "serve", "--policy", str(policy), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v2/health/ready", timeout=1).read()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("the server did not become ready within 60 s")


def _post(port: int, key: str, rid: str) -> int:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/v2/models/cancer/infer",
                                 data=json.dumps(v2_body(rows(2))).encode(),
                                 headers={"Authorization": f"Bearer {key}", "X-Request-Id": rid,
                                          "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return int(r.status)
    except urllib.error.HTTPError as e:
        return int(e.code)
    except OSError:
        return -1


def test_api_keys_cli_and_audit_verify(tmp_path, model_dir):  # noqa: F811
    policy = write_policy(tmp_path, model_dir)
    created = _run("api-keys", "create", "alice", "--policy", str(policy), "--role", "operator", "--json", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    key = json.loads(created.stdout)
    listed = _run("api-keys", "list", "--policy", str(policy), "--json", cwd=tmp_path)
    assert key["key"] not in listed.stdout and key["key_id"] in listed.stdout
    assert _run("api-keys", "revoke", key["key_id"], "--policy", str(policy), cwd=tmp_path).returncode == 0
    assert _run("api-keys", "revoke", "nope", "--policy", str(policy), cwd=tmp_path).returncode == 2
    ok = _run("audit", "verify", "--policy", str(policy), cwd=tmp_path)
    assert ok.returncode == 0 and "intact: 2 entries" in ok.stdout
    import sqlite3

    with sqlite3.connect(tmp_path / "gateway.db") as conn:
        conn.execute("UPDATE mw_audit SET record = replace(record, 'alice', 'eve') WHERE seq = 1")
    bad = _run("audit", "verify", "--policy", str(policy), cwd=tmp_path)
    assert bad.returncode == 1 and "first bad entry 1" in bad.stderr


def test_serve_refuses_a_policy_with_an_error(tmp_path, model_dir):  # noqa: F811
    policy = write_policy(tmp_path, model_dir, limits={"rate": {"per_secnd": 3}})
    r = _run("serve", "--policy", str(policy), "--check", cwd=tmp_path)
    assert r.returncode == 2 and "limits.rate.per_secnd: unknown field; did you mean 'per_second'" in r.stderr
    policy = write_policy(tmp_path, model_dir, require_signature=True)
    r = _run("serve", "--policy", str(policy), "--check", cwd=tmp_path)
    # an unsigned model: refused by the installed verifier, or for want of one
    assert r.returncode == 2 and ("signature not verified" in r.stderr or "no signature verifier" in r.stderr)


@pytest.mark.slow
def test_sigkill_under_load_loses_no_acknowledged_request(tmp_path, model_dir):  # noqa: F811
    policy = write_policy(tmp_path, model_dir, limits={"rate": {"per_second": 1e6, "burst": 1_000_000}})
    key = json.loads(_run("api-keys", "create", "load", "--policy", str(policy), "--json", cwd=tmp_path).stdout)["key"]
    port = _free_port()
    server = _start(policy, port)
    acknowledged: list[str] = []
    stop = threading.Event()

    def client(n: int) -> None:
        i = 0
        while not stop.is_set() and i < 2000:
            rid = f"c{n}-{i}"
            if _post(port, key, rid) == 200:
                acknowledged.append(rid)
            i += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    while len(acknowledged) < 60:
        time.sleep(0.02)
    os.kill(server.pid, signal.SIGKILL)
    server.wait(10)
    stop.set()
    for t in threads:
        t.join(30)
    r = _run("audit", "verify", "--policy", str(policy), "--json", cwd=tmp_path)
    result = json.loads(r.stdout)
    assert r.returncode == 0 and result["ok"], result
    import sqlite3

    with sqlite3.connect(tmp_path / "gateway.db") as conn:
        logged = {row[0] for row in conn.execute("SELECT json_extract(record, '$.request_id') FROM mw_audit")}
    missing = set(acknowledged) - logged
    assert not missing, f"{len(missing)} acknowledged requests missing from the audit log"
