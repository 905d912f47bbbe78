"""The gateway's cost, measured with wrk on loopback, interleaved A/B against a bare FastAPI endpoint.

    .venv/bin/python bench/gateway/run.py                 # 5 rounds x 5 s per point
    .venv/bin/python bench/gateway/run.py --rounds 1 --seconds 2 --models lr   # a quick look

For each model (logistic regression; 50-tree random forest; both on breast_cancer, one row per call)
and concurrency (1, 8, 64), the servers are run one after the other in each round (bare FastAPI +
scikit-learn, the fully secured gateway, an empty FastAPI endpoint), so a noisy neighbour on the
shared cores hits them alike. Each server is one uvicorn worker in its own process; server CPU time
per request comes from /proc/PID/stat. The table shows the median over rounds of p50, p99 and req/s.
MLServer (1.7, its scikit-learn runtime, inference in the main process) runs alongside when
bench/.venv-mlserver holds it. Also: the in-process model call, and the audit log's cost per record.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open(os.getenv("BENCH_BODY")); wrk.body = f:read("*a"); f:close()
local key = os.getenv("BENCH_KEY")
if key and key ~= "" then wrk.headers["Authorization"] = "Bearer " .. key end
"""


def make_models(work: Path) -> dict[str, Path]:
    import joblib
    from sklearn.datasets import load_breast_cancer
    from sklearn.dummy import DummyClassifier
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    data = load_breast_cancer()
    models = {"lr": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
              "rf": RandomForestClassifier(n_estimators=50, random_state=0),
              "empty": DummyClassifier(strategy="prior")}
    paths = {}
    for name, model in models.items():
        model.fit(data.data, data.target)
        paths[name] = work / f"{name}.joblib"
        joblib.dump(model, paths[name])
    names = [n.replace(" ", "_") for n in data.feature_names]
    with (work / "ref.csv").open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([*names, "target"])
        for x, y in zip(data.data, data.target, strict=True):
            writer.writerow([*x.tolist(), int(y)])
    (work / "row.json").write_text(json.dumps({"inputs": [data.data[0].tolist()]}))
    (work / "row-v2.json").write_text(json.dumps({"inputs": [
        {"name": "input-0", "shape": [1, 30], "datatype": "FP64", "data": data.data[0].tolist()}]}))
    (work / "row-mlserver.json").write_text(json.dumps({"inputs": [
        {"name": "input-0", "shape": [1, 30], "datatype": "FP64", "data": data.data[0].tolist()}],
        "outputs": [{"name": "predict_proba"}]}))
    return paths


def write_policy(work: Path, model: Path, sklearn_path: bool = False) -> Path:
    """Every feature on: API-key auth, RBAC, rate limit and budget (high enough not to refuse the bench),
    schema validation (reject), output hardening (rounded to 3 decimals, Laplace noise), audit log.
    `sklearn_path`: no fast path, no batching, predict_proba in the event loop (as the bare endpoint
    calls it)."""
    import yaml

    policy = {
        "models": [{"name": "m", "path": str(model), "reference": str(work / "ref.csv"), "target": "target"}],
        "database": f"sqlite:///{work / (model.stem + '-audit.db')}",
        "audit": {"signing_key": str(work / "audit.pem"), "checkpoint_every": 1000, "checkpoint_seconds": 5},
        "limits": {"rate": {"per_second": 1e6, "burst": 1_000_000, "daily_rows": 1_000_000_000}},
        "output": {"client": {"mode": "probabilities", "decimals": 3, "noise": 0.01}},
        "fast_path": not sklearn_path, "batching": not sklearn_path,
    }
    if sklearn_path:
        policy["inline_ms"] = 1e6  # predict_proba in the event loop, as the bare endpoint calls it
    if sklearn_path:
        policy["database"] = f"sqlite:///{work / (model.stem + '-sklearn-audit.db')}"
    path = work / f"policy-{model.stem}{'-sklearn' if sklearn_path else ''}.yaml"
    path.write_text(yaml.safe_dump(policy))
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


MLSERVER = HERE.parent / ".venv-mlserver" / "bin" / "mlserver"


def mlserver_dir(work: Path, name: str, model: Path) -> Path:
    """An MLServer model repository for `model` (its scikit-learn runtime, inference in the main process)."""
    folder = work / f"mlserver-{name}"
    (folder / "m").mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps({"parallel_workers": 0, "metrics_port": free_port(),
                                                      "grpc_port": free_port(), "debug": False}))
    (folder / "m" / "model-settings.json").write_text(json.dumps({
        "name": "m", "implementation": "mlserver_sklearn.SKLearnModel", "parameters": {"uri": str(model)}}))
    return folder


class Server:
    def __init__(self, factory: str, env: dict[str, str], mlserver: Path | None = None) -> None:
        self.port = free_port()
        if mlserver is not None:
            (mlserver / "settings.json").write_text(json.dumps(
                {**json.loads((mlserver / "settings.json").read_text()), "http_port": self.port}))
            command = [str(MLSERVER), "start", str(mlserver)]
        else:
            command = [sys.executable, "-m", "uvicorn", "--factory", f"apps:{factory}", "--port", str(self.port),
                       "--log-level", "error", "--no-access-log"]
        self.proc = subprocess.Popen(command, cwd=HERE, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(self.proc.stderr.read().decode() if self.proc.stderr else "") from None
                time.sleep(0.1)
        raise RuntimeError(f"{factory} did not start")

    def cpu_s(self) -> float:
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if match is None:
        return float("nan")
    value, unit = match.groups()
    return float(value) * {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}[unit]


def wrk(url: str, concurrency: int, seconds: float, body: Path, key: str, lua: Path) -> dict[str, float]:
    duration = f"{max(1, round(seconds))}s"
    out = subprocess.run(["wrk", "-t", str(min(concurrency, 2)), "-c", str(concurrency), "-d", duration,
                          "--latency", "-s", str(lua), url],
                         env={**os.environ, "BENCH_BODY": str(body), "BENCH_KEY": key},
                         capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s+(50|99)\.?0*%\s+(\S+)\s*$", out, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
            "p50": _ms(latency["50"]) if "50" in latency else float("nan"),
            "p99": _ms(latency["99"]) if "99" in latency else float("nan"),
            "requests": float(re.search(r"(\d+) requests in", out).group(1)),  # type: ignore[union-attr]
            "non2xx": float(errors.group(1)) if errors else 0.0}


def in_process(paths: dict[str, Path], n: int = 2000) -> dict[str, float]:
    """Microseconds per one-row predict_proba call, in the process (no HTTP)."""
    import joblib
    from sklearn.datasets import load_breast_cancer

    row = load_breast_cancer().data[:1]
    out = {}
    for name, path in paths.items():
        model = joblib.load(path)
        model.predict_proba(row)
        t = time.perf_counter()
        for _ in range(n):
            model.predict_proba(row)
        out[name] = (time.perf_counter() - t) / n * 1e6
    return out


def compiled_cost(paths: dict[str, Path], n: int = 20000) -> dict[str, float]:
    import joblib
    from sklearn.datasets import load_breast_cancer

    from modelward.gateway.fastpath import compile_model

    data = load_breast_cancer().data
    out = {}
    for name, path in paths.items():
        fn = compile_model(joblib.load(path), data).predict_proba
        if fn is None:
            continue
        t = time.perf_counter()
        for _ in range(n):
            fn(data[:1])
        out[name] = round((time.perf_counter() - t) / n * 1e6, 1)
    return out


def audit_cost(work: Path, n: int = 3000) -> dict[str, float]:
    """Microseconds per audit record: one at a time (each waits for its commit) and in bursts (group
    commit), for synchronous=normal and full."""
    from modelward.gateway.audit import AuditLog
    from modelward.gateway.db import Database
    from modelward.gateway.signing import load_or_create

    record = {"time": time.time(), "kind": "request", "request_id": "x" * 32, "route": "POST /v2/models/{name}/infer",
              "client": "bench", "role": "client", "auth": "api-key", "credential": "0" * 16, "status": 200,
              "input_sha256": "0" * 64, "output_sha256": "0" * 64, "ms": 1.0, "model": "m", "version": "1", "rows": 1}
    out = {}
    import asyncio

    inline = AuditLog(Database(f"sqlite:///{work / 'audit-inline.db'}"), load_or_create(work / "a.pem"))

    async def one_by_one(k: int) -> None:
        for _ in range(k):
            await inline.record(record)

    async def burst(k: int) -> None:
        await asyncio.gather(*[inline.record(record) for _ in range(k)])

    for label, run in (("normal, event loop: one at a time", one_by_one), ("normal, event loop: bursts of 64", burst)):
        t = time.perf_counter()
        for _ in range(n // 64 if run is burst else 1):
            asyncio.run(run(64 if run is burst else n))
        out[label] = (time.perf_counter() - t) / (n // 64 * 64 if run is burst else n) * 1e6
    inline.close()
    for sync in ("normal", "full"):
        log = AuditLog(Database(f"sqlite:///{work / f'audit-{sync}.db'}", sync), load_or_create(work / "a.pem"),
                       inline=False)
        t = time.perf_counter()
        for _ in range(n // 5):
            log.write(record)
        out[f"{sync}, writer thread: one at a time"] = (time.perf_counter() - t) / (n // 5) * 1e6
        t = time.perf_counter()
        futures = [log.append(record) for _ in range(n)]
        for f in futures:
            f.result()
        out[f"{sync}, writer thread: group commit"] = (time.perf_counter() - t) / n * 1e6
        log.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", default="1,8,64")
    parser.add_argument("--models", default="lr,rf")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--no-mlserver", action="store_true",
                        help="leave MLServer out (it runs when bench/.venv-mlserver has it: see README)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="modelward-bench-gateway-"))
    paths = make_models(work)
    lua = work / "post.lua"
    lua.write_text(LUA)
    chosen = args.models.split(",")
    levels = [int(c) for c in args.concurrency.split(",")]

    servers: dict[str, tuple[Server, str, Path, str]] = {}

    def gateway(label: str, policy: Path) -> None:
        server = Server("gateway", {"BENCH_POLICY": str(policy)})
        key = subprocess.run([sys.executable, "-m", "modelward", "api-keys", "create", "bench", "--policy",
                              str(policy)], capture_output=True, text=True, check=True).stdout.strip()
        servers[label] = (server, "/v2/models/m/infer", work / "row-v2.json", key)

    for name in chosen:
        servers[f"bare-{name}"] = (Server("bare", {"BENCH_MODEL": str(paths[name])}), "/predict",
                                   work / "row.json", "")
        if MLSERVER.exists() and not args.no_mlserver:
            servers[f"mlserver-{name}"] = (Server("", {}, mlserver_dir(work, name, paths[name])),
                                           "/v2/models/m/infer", work / "row-mlserver.json", "")
        gateway(f"gw-{name}-sklearn", write_policy(work, paths[name], sklearn_path=True))
        gateway(f"gw-{name}", write_policy(work, paths[name]))
    servers["empty"] = (Server("empty", {}), "/predict", work / "row.json", "")
    gateway("gw-empty", write_policy(work, paths["empty"]))

    results: dict[tuple[str, int], list[dict[str, float]]] = {}
    try:
        for r in range(args.rounds):
            for c in levels:
                for label, (server, path, body, key) in servers.items():
                    before = server.cpu_s()
                    got = wrk(f"http://127.0.0.1:{server.port}{path}", c, args.seconds, body, key, lua)
                    got["cpu_us"] = (server.cpu_s() - before) / max(got["requests"], 1) * 1e6
                    results.setdefault((label, c), []).append(got)
                    print(f"round {r + 1} c={c:<3} {label:<12} {got['rps']:8.0f} req/s  p50 {got['p50']:6.2f} ms  "
                          f"p99 {got['p99']:6.2f} ms  cpu {got['cpu_us']:6.0f} us/req  non-2xx {got['non2xx']:.0f}",
                          flush=True)
    finally:
        for server, *_ in servers.values():
            server.stop()

    def med(label: str, c: int, key: str) -> float:
        return statistics.median(x[key] for x in results[(label, c)])

    print("\n| server | conc. | req/s | p50 ms | p99 ms | server CPU us/req |")
    print("| --- | --- | --- | --- | --- | --- |")
    for c in levels:
        for label in servers:
            print(f"| {label} | {c} | {med(label, c, 'rps'):.0f} | {med(label, c, 'p50'):.2f} | "
                  f"{med(label, c, 'p99'):.2f} | {med(label, c, 'cpu_us'):.0f} |")
    print("\n| gateway vs bare (same round) | conc. | p99 overhead ms | req/s ratio | CPU overhead us/req |")
    print("| --- | --- | --- | --- | --- |")
    pairs_of = [(f"gw-{n}{suffix}", f"bare-{n}") for n in chosen for suffix in ("-sklearn", "")]
    for gw, bare in [*pairs_of, ("gw-empty", "empty")]:
        for c in levels:
            pairs = list(zip(results[(gw, c)], results[(bare, c)], strict=True))
            p99 = statistics.median(g["p99"] - b["p99"] for g, b in pairs)
            ratio = statistics.median(g["rps"] / b["rps"] for g, b in pairs)
            cpu = statistics.median(g["cpu_us"] - b["cpu_us"] for g, b in pairs)
            print(f"| {gw} vs {bare} | {c} | {p99:+.2f} | {ratio:.2f} | {cpu:+.0f} |")
    print("\nin-process predict_proba, one row (us/call):",
          {k: round(v, 1) for k, v in in_process({n: paths[n] for n in chosen}).items()})
    print("in-process compiled fast path, one row (us/call):", compiled_cost({n: paths[n] for n in chosen}))
    print("audit log (us/record):", {k: round(v, 1) for k, v in audit_cost(work).items()})
    if args.json:
        args.json.write_text(json.dumps({f"{k[0]}@{k[1]}": v for k, v in results.items()}, indent=1))


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
