"""The audit log and API keys on a real PostgreSQL (Debian's postgresql, a throwaway cluster started
here): several writers share one chain, tampering is caught, the gateway serves on it."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("psycopg")
pytest.importorskip("sqlalchemy")

from tests.gateway.conftest import rows

from modelward.gateway.audit import AuditLog
from modelward.gateway.audit_verify import verify_log
from modelward.gateway.db import Database
from modelward.gateway.keys import ApiKeyStore
from modelward.gateway.signing import load_or_create


def _as_postgres(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as the `postgres` user there."""
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if runuser is None:
            pytest.skip("running as root without runuser; cannot start PostgreSQL")
        return [runuser, "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="module")
def pg_url():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.skip("PostgreSQL is not installed (Debian package postgresql); the PostgreSQL audit log is "
                    "not tested here")
    bindir = Path(found[-1]).parent
    home = Path(tempfile.mkdtemp(prefix="modelward-pg-"))  # outside pytest's root-only folder
    data = home / "data"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(home, "postgres", "postgres")
        shutil.chown(data, "postgres", "postgres")
    init = subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-U", "modelward",
                                        "--auth=trust"]), capture_output=True, text=True)
    if init.returncode != 0:
        pytest.fail(f"initdb failed: {init.stderr[-500:]}")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(_as_postgres([str(bindir / "postgres"), "-D", str(data), "-p", str(port), "-k",
                                            str(data), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"]),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(f"host=127.0.0.1 port={port} user=modelward dbname=postgres",
                                 autocommit=True) as conn:
                conn.execute("CREATE DATABASE gateway")
            break
        except psycopg.OperationalError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("PostgreSQL did not start")
            time.sleep(0.2)
    yield f"postgresql+psycopg://modelward@127.0.0.1:{port}/gateway"
    server.terminate()
    server.wait(30)
    shutil.rmtree(home, ignore_errors=True)


def _clear(db):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM mw_audit")
        conn.exec_driver_sql("DELETE FROM mw_audit_checkpoints")


def test_several_writers_share_one_chain_on_postgres(pg_url, tmp_path):
    key = load_or_create(tmp_path / "k.pem")
    _clear(Database(pg_url))
    logs = [AuditLog(Database(pg_url), key, checkpoint_every=50, checkpoint_seconds=3600) for _ in range(3)]

    def work(log, n):
        futures = [log.append({"writer": n, "i": i}) for i in range(100)]
        assert all(f.result(60) > 0 for f in futures)

    threads = [threading.Thread(target=work, args=(log, n)) for n, log in enumerate(logs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for log in logs:
        log.close()
    db = Database(pg_url)
    result = verify_log(db, [key.public_key()])
    assert result.ok and result.entries == 300 and result.unsigned == 0, result.problems
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE mw_audit SET record = replace(record, 'writer', 'wr1ter') WHERE seq = 10")
    bad = verify_log(db, [key.public_key()])
    assert bad.first_bad is not None and (bad.first_bad.kind, bad.first_bad.seq) == ("edited", 10)


def test_api_keys_on_postgres(pg_url):
    store = ApiKeyStore(Database(pg_url), cache_s=0)
    info, key = store.create("pg-client", "client")
    assert store.verify(key).client_id == "pg-client"
    store.revoke(info.key_id)
    assert store.verify(key) is None


def test_the_gateway_serves_on_postgres(serve, pg_url):
    _clear(Database(pg_url))
    s = serve(database=pg_url)
    assert s.infer(rows(2)).status_code == 200
    r = s.http.get("/v1/audit/verify", headers=s.as_("auditor"))
    assert r.json()["ok"] and r.json()["entries"] == 1  # the call; the verification is recorded after it
