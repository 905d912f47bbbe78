"""A real model (logistic regression on breast cancer, saved with joblib and loaded through the scanner),
its reference rows, and a gateway built from a policy file written in the test's directory."""

from __future__ import annotations

import csv
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest

pytest.importorskip("fastapi")
pytest.importorskip("sqlalchemy")
yaml = pytest.importorskip("yaml")

from sklearn.datasets import load_breast_cancer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from modelward.gateway.policy import load_policy  # noqa: E402

DATA = load_breast_cancer()
NAMES = [n.replace(" ", "_") for n in DATA.feature_names]
ROLES = ("admin", "operator", "client", "auditor")


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> Path:
    import joblib

    d = tmp_path_factory.mktemp("model")
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(DATA.data, DATA.target)
    joblib.dump(model, d / "model.joblib")
    other = make_pipeline(StandardScaler(), LogisticRegression(C=0.01, max_iter=1000)).fit(DATA.data, DATA.target)
    joblib.dump(other, d / "model-v2.joblib")
    with (d / "ref.csv").open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([*NAMES, "target"])
        for x, y in zip(DATA.data[:300], DATA.target[:300], strict=True):
            writer.writerow([*x.tolist(), int(y)])
    return d


def write_policy(directory: Path, model_dir: Path, **sections: Any) -> Path:
    doc: dict[str, Any] = {
        "models": [{"name": "cancer", "versions": {"1": str(model_dir / "model.joblib"),
                                                   "2": str(model_dir / "model-v2.joblib")},
                    "active": "1", "reference": str(model_dir / "ref.csv"), "target": "target"}],
        "database": "sqlite:///gateway.db",
        "audit": {"signing_key": "audit.pem", "checkpoint_every": 5},
    }
    doc.update(sections)
    path = directory / "policy.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def rows(n: int = 3, start: int = 0) -> np.ndarray:
    return DATA.data[start:start + n].copy()


def v2_body(X: np.ndarray, **extra: Any) -> dict[str, Any]:
    return {"inputs": [{"name": "input-0", "shape": list(X.shape), "datatype": "FP64", "data": X.ravel().tolist()}],
            **extra}


def v1_body(X: np.ndarray) -> dict[str, Any]:
    return {"rows": [dict(zip(NAMES, x.tolist(), strict=True)) for x in X]}


class Served:
    """A running gateway (in-process HTTP client) with one API key per role."""

    def __init__(self, gateway: Any, client: Any) -> None:
        self.gateway = gateway
        self.http = client
        self.keys = {role: gateway.keys.create(f"{role}-1", role)[1] for role in ROLES}

    def as_(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[role]}"}

    def infer(self, X: np.ndarray, role: str = "client", headers: dict[str, str] | None = None) -> Any:
        return self.http.post("/v2/models/cancer/infer", json=v2_body(X), headers={**self.as_(role), **(headers or {})})


@pytest.fixture
def serve(tmp_path, model_dir):
    """serve(**policy sections) -> Served; closed (audit head signed) at the end of the test."""
    from fastapi.testclient import TestClient

    from modelward.gateway import build_gateway, create_app

    opened = []

    def start(**sections: Any) -> Served:
        policy = load_policy(write_policy(tmp_path, model_dir, **sections))
        gateway = build_gateway(policy, seed=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            client = TestClient(create_app(gateway))
        client.__enter__()
        opened.append(client)
        return Served(gateway, client)

    yield start
    for client in opened:
        client.__exit__(None, None, None)


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A real redis-server (Debian's), started for the module on a free port."""
    import shutil
    import socket
    import subprocess
    import time

    pytest.importorskip("redis")
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (Debian package redis-server); state shared by replicas not tested")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(tmp_path_factory.mktemp("redis"))],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(10)
