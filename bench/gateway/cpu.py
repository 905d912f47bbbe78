"""Server CPU time per request, measured in the process: each app is driven through its ASGI interface
(no socket, no HTTP parsing: uvicorn's share, the same for every app, is left out), and the CPU time
of the whole process (every thread: the audit writer's too) is divided by the requests served. CPU time
does not grow when other work shares the cores, so unlike req/s it can be compared across runs on a
loaded machine.

    .venv/bin/python bench/gateway/cpu.py                    # 3 rounds x 3000 requests per app
    .venv/bin/python bench/gateway/cpu.py --profile gw-empty # where the gateway's time goes (cProfile)
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import make_models, write_policy  # noqa: E402


def _apps(work: Path) -> dict[str, tuple[Any, str, bytes, str]]:
    """label -> (ASGI app, path, body, API key)."""
    import apps

    paths = make_models(work)
    row = (work / "row.json").read_bytes()
    row_v2 = (work / "row-v2.json").read_bytes()
    out: dict[str, tuple[Any, str, bytes, str]] = {}
    os.environ["BENCH_MODEL"] = str(paths["lr"])
    out["bare-lr"] = (apps.bare(), "/predict", row, "")
    out["empty"] = (apps.empty(), "/predict", row, "")
    for label, model, sklearn_path in (("gw-lr", "lr", False), ("gw-lr-sklearn", "lr", True),
                                       ("gw-empty", "empty", False)):
        policy = write_policy(work, paths[model], sklearn_path=sklearn_path)
        key = subprocess.run([sys.executable, "-m", "modelward", "api-keys", "create", "bench", "--policy",
                              str(policy)], capture_output=True, text=True, check=True).stdout.strip()
        os.environ["BENCH_POLICY"] = str(policy)
        out[label] = (apps.gateway(), "/v2/models/m/infer", row_v2, key)
    return out


async def _drive(app: Any, path: str, body: bytes, key: str, n: int) -> int:
    """Send `n` requests, one at a time, through the app's ASGI interface; returns the 200s."""
    headers = [(b"host", b"127.0.0.1"), (b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]
    if key:
        headers.append((b"authorization", f"Bearer {key}".encode()))
    ok = 0
    for _ in range(n):
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
                 "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
                 "headers": headers, "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
        sent = False
        status = 0

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            await asyncio.sleep(3600)
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]

        await app(scope, receive, send)
        ok += status == 200
    return ok


async def _lifespan(app: Any) -> None:
    """Start the app (its lifespan), as uvicorn would, so that it is measured as served."""
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    await queue.put({"type": "lifespan.startup"})
    started = asyncio.Event()

    async def receive() -> dict[str, Any]:
        return await queue.get()

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "lifespan.startup.complete":
            started.set()

    asyncio.get_running_loop().create_task(app({"type": "lifespan", "asgi": {"version": "3.0"}}, receive, send))
    await asyncio.wait_for(started.wait(), 30)


async def _drive_many(app: Any, path: str, body: bytes, key: str, n: int, concurrency: int) -> int:
    """`n` requests from `concurrency` clients at once (each sends its next when answered)."""
    parts = [n // concurrency + (i < n % concurrency) for i in range(concurrency)]
    return sum(await asyncio.gather(*(_drive(app, path, body, key, k) for k in parts)))


def measure(apps: dict[str, tuple[Any, str, bytes, str]], rounds: int, n: int,
            concurrency: int) -> dict[str, list[float]]:
    """CPU us per request, per app, per round (apps interleaved within each round)."""
    out: dict[str, list[float]] = {label: [] for label in apps}

    async def run() -> None:
        for app, *_ in apps.values():
            await _lifespan(app)
        for app, path, body, key in apps.values():
            await _drive(app, path, body, key, 200)  # warm up
        for _ in range(rounds):
            for label, (app, path, body, key) in apps.items():
                cpu = time.process_time()
                ok = await _drive_many(app, path, body, key, n, concurrency)
                spent = time.process_time() - cpu
                if ok != n:
                    raise RuntimeError(f"{label}: {n - ok} of {n} requests not answered 200")
                out[label].append(spent / n * 1e6)

    asyncio.run(run())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8, help="clients sending at once")
    parser.add_argument("--profile", metavar="APP", help="profile this app instead (cProfile, top 30 by own time)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="modelward-bench-gateway-cpu-"))
    apps = _apps(work)
    load = os.getloadavg()
    if args.profile:
        app, path, body, key = apps[args.profile]
        profiler = cProfile.Profile()

        async def run() -> None:
            await _lifespan(app)
            await _drive(app, path, body, key, 200)
            profiler.enable()
            await _drive_many(app, path, body, key, args.requests, args.concurrency)
            profiler.disable()

        asyncio.run(run())
        stats = pstats.Stats(profiler).sort_stats(os.environ.get("BENCH_SORT", "tottime"))
        stats.print_stats(int(os.environ.get("BENCH_TOP", "30")))
        return
    figures = measure(apps, args.rounds, args.requests, args.concurrency)
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; after: "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"\n{args.requests} requests per app and round, {args.concurrency} at once")
    print("| app | CPU us/request (median of rounds) | rounds |")
    print("| --- | --- | --- |")
    for label, values in figures.items():
        print(f"| {label} | {statistics.median(values):.0f} | {', '.join(f'{v:.0f}' for v in values)} |")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
