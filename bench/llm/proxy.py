"""Proxy bench: the LLM proxy's overhead per call, and the red-team attack success rates with and without it.

    .venv/bin/python bench/llm/proxy.py [--calls 400] [--attempts 20]

Starts, as separate processes on loopback ports, the deliberately vulnerable upstream
(`modelward.llm.redteam.target`) and `modelward serve --llm UPSTREAM` twice: bare (no guards) and guarded
(prompt injection, tool policy, exfiltration, prompt leakage). Then:
- overhead: the same non-streaming chat call, sequentially, to the upstream directly and through each
  proxy (keep-alive client; calls interleaved in rounds so drift on a shared machine hits all three alike);
  p50 and p99 latency and their differences;
- streaming: the time to the last byte of a streamed answer, direct and through the guarded proxy;
- red team: the eight probe families directly and through the guarded proxy.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, seconds: float = 240) -> None:
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def _upstream(port: int) -> subprocess.Popen[bytes]:
    code = ("import uvicorn; from modelward.llm.redteam.target import create_app; "
            f"uvicorn.run(create_app(), host='127.0.0.1', port={port}, log_level='error', access_log=False)")
    return subprocess.Popen([PYTHON, "-c", code], cwd=ROOT)


def _proxy(directory: Path, upstream: str, port: int,
           guards: list[dict[str, object]]) -> tuple[subprocess.Popen[bytes], str]:
    import yaml

    from modelward.gateway import build_gateway, load_policy

    directory.mkdir(parents=True, exist_ok=True)
    tools = directory / "tools.json"
    tools.write_text(json.dumps({"tools": {"lookup_order": {"arguments": {"order_id": {"kind": "plain"}}}}}))
    policy = {"database": "sqlite:///gateway.db", "audit": {"signing_key": "audit.pem"},
              "limits": {"rate": {"per_second": 100000, "burst": 100000}},
              "llm": {"upstream": upstream, "models": {"vulnerable": {"max_prompt_tokens": 4000,
                                                                      "max_completion_tokens": 512}},
                      "budgets": {"default": {"requests_per_day": 10**9, "tokens_per_day": 10**12,
                                              "usd_per_day": 10**6, "concurrency": 64}}},
              "guards": [g if g.get("id") != "llm.tool-policy" else {**g, "params": {"policy": str(tools)}}
                         for g in guards]}
    (directory / "policy.yaml").write_text(yaml.safe_dump(policy))
    gateway = build_gateway(load_policy(directory / "policy.yaml"))
    key = gateway.keys.create("bench", "client")[1]
    gateway.audit.close()
    process = subprocess.Popen([PYTHON, "-m", "modelward", "serve", "--llm", upstream, "--policy",
                                str(directory / "policy.yaml"), "--port", str(port)], cwd=ROOT,
                               stderr=subprocess.DEVNULL)
    return process, key


def _latencies(targets: dict[str, tuple[str, dict[str, str]]], calls: int) -> dict[str, np.ndarray]:
    import httpx

    body = {"model": "vulnerable", "max_tokens": 64,
            "messages": [{"role": "system", "content": "You are a shop assistant."},
                         {"role": "user", "content": "Do you sell running shoes in size 44?"}]}
    clients = {name: httpx.Client(base_url=url, headers=headers, timeout=30)
               for name, (url, headers) in targets.items()}
    out: dict[str, list[float]] = {name: [] for name in targets}
    for round_ in range(calls // 20 + 5):
        for name, client in clients.items():
            for _ in range(20):
                start = time.perf_counter()
                r = client.post("/chat/completions", json=body)
                elapsed = time.perf_counter() - start
                assert r.status_code == 200, (name, r.status_code, r.text[:200])
                if round_ >= 5:  # the first rounds warm the caches and connections
                    out[name].append(elapsed)
    return {name: np.array(v) * 1000 for name, v in out.items()}


def _stream_ms(url: str, headers: dict[str, str], calls: int = 50) -> float:
    import httpx

    body = {"model": "vulnerable", "stream": True, "max_tokens": 256,
            "messages": [{"role": "user", "content": "Say hello and tell me about running shoes, please."}]}
    times = []
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        for _ in range(calls):
            start = time.perf_counter()
            with client.stream("POST", "/chat/completions", json=body) as r:
                for _ in r.iter_bytes():
                    pass
            times.append(time.perf_counter() - start)
    return float(np.percentile(np.array(times) * 1000, 50))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=400)
    ap.add_argument("--attempts", type=int, default=20)
    args = ap.parse_args()
    guards = [{"id": "llm.prompt-injection"}, {"id": "llm.tool-policy"}, {"id": "llm.exfiltration"},
              {"id": "llm.prompt-leakage"}]
    processes = []
    try:
        up_port, bare_port, guarded_port = _port(), _port(), _port()
        processes.append(_upstream(up_port))
        upstream = f"http://127.0.0.1:{up_port}/v1"
        _wait(f"http://127.0.0.1:{up_port}/v1/models")
        with tempfile.TemporaryDirectory() as tmp:
            bare, bare_key = _proxy(Path(tmp) / "bare", upstream, bare_port, [])
            guarded, guarded_key = _proxy(Path(tmp) / "guarded", upstream, guarded_port, guards)
            processes += [bare, guarded]
            _wait(f"http://127.0.0.1:{bare_port}/v2/health/live")
            _wait(f"http://127.0.0.1:{guarded_port}/v2/health/live")
            targets = {"upstream directly": (upstream, {}),
                       "through the proxy, no guards": (f"http://127.0.0.1:{bare_port}/v1",
                                                        {"Authorization": f"Bearer {bare_key}"}),
                       "through the proxy, 4 guards": (f"http://127.0.0.1:{guarded_port}/v1",
                                                       {"Authorization": f"Bearer {guarded_key}"})}
            lat = _latencies(targets, args.calls)
            base = lat["upstream directly"]
            print(f"non-streaming chat calls, sequential, {len(base)} per target (ms)")
            print(f"{'target':32s}{'p50':>8s}{'p99':>8s}{'+p50':>8s}{'+p99':>8s}")
            for name, v in lat.items():
                p50, p99 = np.percentile(v, 50), np.percentile(v, 99)
                print(f"{name:32s}{p50:8.2f}{p99:8.2f}{p50 - np.percentile(base, 50):8.2f}"
                      f"{p99 - np.percentile(base, 99):8.2f}")
            direct_stream = _stream_ms(upstream, {})
            guarded_stream = _stream_ms(*targets["through the proxy, 4 guards"])
            print(f"streamed answer (256 tokens asked), time to the last byte, p50: direct {direct_stream:.2f} ms, "
                  f"through the guarded proxy (buffer mode) {guarded_stream:.2f} ms")
            from modelward.llm.redteam.assess import assess_llm

            report = assess_llm(upstream, model="vulnerable", proxy=targets["through the proxy, 4 guards"][0],
                                proxy_token=guarded_key, params={"attempts": str(args.attempts)})
            rates: dict[str, dict[str, str]] = {}
            for f in report.findings:
                m = f.evidence.measurements
                rates.setdefault(f.check_id.removeprefix("llm.probe."), {})[str(m["label"])] = (
                    f"{m['successes']}/{m['sent']} ({m['attack_success_rate']:.0%})")
            print(f"red team, {args.attempts} attacks per family: attack success rate")
            print(f"{'family':22s}{'direct':>16s}{'through the proxy':>20s}")
            for family, r in rates.items():
                print(f"{family:22s}{r.get('direct', '-'):>16s}{r.get('through the guard proxy', '-'):>20s}")
    finally:
        for p in processes:
            p.terminate()
        for p in processes:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
