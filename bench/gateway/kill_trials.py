"""SIGKILL trials: start `modelward serve`, load it from 4 client threads, kill -9 it at a random moment,
then check that the audit chain verifies and that every request the clients saw acknowledged (200)
is in the log. Repeated N times on the same database (each restart continues the chain).

    .venv/bin/python bench/gateway/kill_trials.py --trials 100
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import free_port, make_models, write_policy  # noqa: E402

MODELWARD = [sys.executable, "-m", "modelward"]


def _post(port: int, key: str, rid: str, body: bytes) -> int:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/v2/models/m/infer", data=body,
                                 headers={"Authorization": f"Bearer {key}", "X-Request-Id": rid,
                                          "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return int(r.status)
    except urllib.error.HTTPError as e:
        return int(e.code)
    except OSError:
        return -1


def trial(n: int, policy: Path, key: str, body: bytes, rng: random.Random) -> tuple[int, int]:
    """One kill; returns (acknowledged requests, requests acknowledged but missing from the log)."""
    port = free_port()
    server = subprocess.Popen([*MODELWARD, "serve", "--policy", str(policy), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v2/health/ready", timeout=1).read()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("the server did not start") from None
            time.sleep(0.05)
    acked: list[str] = []
    stop = threading.Event()

    def client(c: int) -> None:
        i = 0
        while not stop.is_set():
            rid = f"t{n}-c{c}-{i}"
            if _post(port, key, rid, body) == 200:
                acked.append(rid)
            i += 1

    threads = [threading.Thread(target=client, args=(c,)) for c in range(4)]
    for t in threads:
        t.start()
    time.sleep(rng.uniform(0.3, 1.5))
    os.kill(server.pid, signal.SIGKILL)
    server.wait()
    stop.set()
    for t in threads:
        t.join()
    with sqlite3.connect(policy.parent / "m-audit.db") as conn:  # the policy's database (run.write_policy)
        logged = {r[0] for r in conn.execute("SELECT json_extract(record, '$.request_id') FROM mw_audit")}
    return len(acked), len(set(acked) - logged)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=100)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="modelward-kill-"))
    model = make_models(work)["lr"]
    (work / "m.joblib").write_bytes(model.read_bytes())
    policy = write_policy(work, work / "m.joblib")
    body = (work / "row-v2.json").read_bytes()
    key = subprocess.run([*MODELWARD, "api-keys", "create", "kill", "--policy", str(policy)],
                         capture_output=True, text=True, check=True).stdout.strip()
    rng = random.Random(0)
    total_acked = total_missing = 0
    for n in range(args.trials):
        acked, missing = trial(n, policy, key, body, rng)
        total_acked += acked
        total_missing += missing
        print(f"trial {n + 1}: {acked} acknowledged, {missing} missing", flush=True)
    verify = subprocess.run([*MODELWARD, "audit", "verify", "--policy", str(policy), "--json"],
                            capture_output=True, text=True)
    result = json.loads(verify.stdout)
    print(f"\n{args.trials} SIGKILL trials: {total_acked} acknowledged requests, {total_missing} missing from the "
          f"audit log; chain verifies: {result['ok']} ({result['entries']} entries, {result['checkpoints']} "
          f"checkpoints, {result['unsigned']} after the last checkpoint)")


if __name__ == "__main__":
    main()
