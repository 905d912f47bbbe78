"""A fake upstream (the deliberately vulnerable model, served by uvicorn on a free loopback port in a thread)
and the gateway with the LLM proxy in front of it, built from a policy file written in the test's directory."""

from __future__ import annotations

import socket
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Upstream:
    """An ASGI app served by uvicorn on a free loopback port, in a thread (the vulnerable model by default)."""

    def __init__(self, app: Any = None) -> None:
        import uvicorn

        from modelward.llm.redteam.target import create_app

        self.app = app if app is not None else create_app()
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="error",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.01)

    @property
    def bodies(self) -> list[dict[str, Any]]:
        return self.app.state.bodies

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)


@pytest.fixture(scope="session")
def upstream():
    pytest.importorskip("fastapi")
    pytest.importorskip("uvicorn")
    server = Upstream()
    yield server
    server.stop()


LLM = {"models": {"vulnerable": {"prompt_per_mtok": 1000.0, "completion_per_mtok": 2000.0,
                                 "max_prompt_tokens": 2000, "max_completion_tokens": 300},
                  "hang": {}, "garbage": {}, "broken": {}},
       "timeout_s": 1.0}


class Proxy:
    def __init__(self, gateway: Any, http: Any, upstream: Upstream) -> None:
        self.gateway = gateway
        self.http = http
        self.upstream = upstream
        self.key = gateway.keys.create("app-1", "client")[1]

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}

    def chat(self, *messages: tuple[str, str], model: str = "vulnerable", **extra: Any) -> Any:
        body = {"model": model, "messages": [{"role": r, "content": c} for r, c in messages], **extra}
        return self.http.post("/v1/chat/completions", json=body, headers=self.headers())

    def audit(self) -> list[dict[str, Any]]:
        import json

        with self.gateway.audit.db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT record FROM mw_audit ORDER BY seq").scalars().all()
        return [json.loads(r) for r in rows]


@pytest.fixture
def proxy(tmp_path: Path, upstream: Upstream):
    """proxy(guards=[...], **llm settings) -> Proxy; closed at the end of the test."""
    yaml = pytest.importorskip("yaml")
    from fastapi.testclient import TestClient

    from modelward.gateway import build_gateway, create_app, load_policy
    from modelward.llm.proxy import proxy_routes

    opened, servers = [], []

    def start(guards: list[dict[str, Any]] | None = None, limits: dict[str, Any] | None = None,
              real_server: bool = False, **llm: Any) -> Proxy:
        doc = {"database": "sqlite:///gateway.db", "audit": {"signing_key": "audit.pem"},
               "llm": {**LLM, "upstream": upstream.url, **llm}, "guards": guards or []}
        if limits:
            doc["limits"] = limits
        path = tmp_path / "policy.yaml"
        path.write_text(yaml.safe_dump(doc), encoding="utf-8")
        gateway = build_gateway(load_policy(path), seed=0)
        if real_server:  # a real HTTP server (uvicorn): clients can hang up mid-stream
            import httpx

            server = Upstream(create_app(gateway, proxy_routes(gateway)))
            servers.append(server)
            return Proxy(gateway, httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=10), upstream)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            client = TestClient(create_app(gateway, proxy_routes(gateway)))
        client.__enter__()
        opened.append(client)
        return Proxy(gateway, client, upstream)

    yield start
    for client in opened:
        client.__exit__(None, None, None)
    for server in servers:
        server.stop()
