"""Where the LLM proxy's time goes per call, in one process and without sockets: the gateway app and the
vulnerable upstream are both driven through httpx's ASGI transport, so what is measured is the proxy's own
work (the gateway's envelope, the proxy's checks, the guards, JSON) and not the network or the scheduler.

    .venv/bin/python bench/llm/profile_proxy.py [--calls 2000] [--guards] [--profile 25]

Prints p50 / p99 of a non-streaming chat call through the proxy minus the same call to the upstream app
alone, the load average, and (with --profile N) the N functions with the most cumulative time.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

BODY = {"model": "vulnerable", "max_tokens": 64,
        "messages": [{"role": "system", "content": "You are a shop assistant."},
                     {"role": "user", "content": "Do you sell running shoes in size 44?"}]}
GUARDS = [{"id": "llm.prompt-injection"}, {"id": "llm.tool-policy"}, {"id": "llm.exfiltration"},
          {"id": "llm.prompt-leakage"}]


def _build(directory: Path, guards: bool) -> tuple[Any, Any, str]:
    import httpx
    import yaml

    from modelward.gateway import build_gateway, create_app, load_policy
    from modelward.llm.proxy.policy import parse_llm_policy
    from modelward.llm.proxy.service import LlmProxy
    from modelward.llm.redteam.target import create_app as target_app

    tools = directory / "tools.json"
    tools.write_text(json.dumps({"tools": {"lookup_order": {"arguments": {"order_id": {"kind": "plain"}}}}}))
    chosen = [g if g["id"] != "llm.tool-policy" else {**g, "params": {"policy": str(tools)}} for g in GUARDS]
    policy = {"database": "sqlite:///gateway.db", "audit": {"signing_key": "audit.pem"},
              "limits": {"rate": {"per_second": 100000, "burst": 100000}},
              "llm": {"upstream": "http://upstream.test/v1",
                      "models": {"vulnerable": {"max_prompt_tokens": 4000, "max_completion_tokens": 512}},
                      "budgets": {"default": {"requests_per_day": 10**9, "tokens_per_day": 10**12,
                                              "usd_per_day": 10**6, "concurrency": 64}}},
              "guards": chosen if guards else []}
    (directory / "policy.yaml").write_text(yaml.safe_dump(policy))
    gateway = build_gateway(load_policy(directory / "policy.yaml"))
    key = gateway.keys.create("bench", "client")[1]
    upstream = target_app()
    llm = parse_llm_policy(gateway.policy.llm, gateway.policy.source,
                           ("admin", "operator", "client", "auditor"))
    proxy = LlmProxy(gateway, llm)
    proxy.upstream._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=upstream),
                                               base_url="http://upstream.test")
    proxy.upstream._lean_address = None  # no sockets here: the upstream app answers through httpx's ASGI transport
    app = create_app(gateway, proxy.routes())
    return app, upstream, key


async def _time(client: Any, calls: int, headers: dict[str, str]) -> tuple[np.ndarray, float]:
    """Wall milliseconds of each call, and the process's CPU milliseconds per call (which the machine's
    load barely changes: the work done, not the waiting)."""
    out = []
    cpu = 0.0
    for i in range(calls + 50):
        start, start_cpu = time.perf_counter(), time.process_time()
        r = await client.post("/v1/chat/completions", json=BODY, headers=headers)
        elapsed = time.perf_counter() - start
        assert r.status_code == 200, r.text[:300]
        if i >= 50:
            out.append(elapsed)
            cpu += time.process_time() - start_cpu
    return np.array(out) * 1000, 1000 * cpu / calls


async def _main(args: argparse.Namespace) -> None:
    import httpx

    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        app, upstream, key = _build(Path(tmp), args.guards)
        via = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://proxy.test")
        direct = httpx.AsyncClient(transport=httpx.ASGITransport(app=upstream), base_url="http://upstream.test")
        auth = {"Authorization": f"Bearer {key}"}
        base, base_cpu = await _time(direct, args.calls, {})
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
        through, through_cpu = await _time(via, args.calls, auth)
        if args.profile:
            profiler.disable()
        load = os.getloadavg()
        print(f"in-process, {args.calls} calls, guards {'on' if args.guards else 'off'}; load average "
              f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        for name, v in (("upstream app alone", base), ("through the proxy", through)):
            print(f"{name:22s} p50 {np.percentile(v, 50):6.2f} ms  p99 {np.percentile(v, 99):6.2f} ms")
        print(f"{'proxy overhead':22s} p50 {np.percentile(through, 50) - np.percentile(base, 50):+6.2f} ms  "
              f"p99 {np.percentile(through, 99) - np.percentile(base, 99):+6.2f} ms")
        print(f"CPU per call: upstream app alone {base_cpu:.2f} ms, through the proxy {through_cpu:.2f} ms "
              f"(+{through_cpu - base_cpu:.2f} ms of work per call{', profiler on' if args.profile else ''})")
        if args.profile:
            stats = pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative")
            stats.print_stats("modelward", args.profile)  # the proxy's and the gateway's own functions
            stats.sort_stats("tottime").print_stats(args.profile)
        await via.aclose()
        await direct.aclose()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--guards", action="store_true")
    ap.add_argument("--profile", type=int, default=0, help="print the N functions with the most cumulative time")
    asyncio.run(_main(ap.parse_args()))


if __name__ == "__main__":
    main()
