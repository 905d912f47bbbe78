"""HttpAdapter against real local HTTP servers: one serving a breast-cancer model, others misbehaving."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.http import HttpAdapter, HttpContract
from modelward.core.errors import AdapterError, ConfigError, EndpointError, QueryRefused

# (request JSON, request headers) -> (status, headers, body)
Reply = tuple[int, dict[str, str], bytes]
App = Callable[[object, dict[str, str]], Reply]


@contextlib.contextmanager
def serve(app: App) -> Iterator[tuple[str, list[object]]]:
    """Run `app` behind a stdlib HTTP server on 127.0.0.1; yield its URL and the requests it got."""
    seen: list[object] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append(body)
            status, headers, payload = app(body, dict(self.headers))
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # client gave up (timeout)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/predict", seen
    finally:
        server.shutdown()
        server.server_close()


def _json(obj: object, status: int = 200) -> Reply:
    return status, {"Content-Type": "application/json"}, json.dumps(obj).encode()


@pytest.fixture(scope="module")
def cancer():
    X, y = load_breast_cancer(return_X_y=True)
    return X, make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X, y)


def test_probabilities_from_a_served_model(cancer) -> None:
    X, model = cancer

    def app(body, headers):
        if headers.get("Authorization") != "Bearer s3cret":
            return _json({"error": "unauthorised"}, 401)
        rows = np.asarray(body["inputs"])
        return _json({"probabilities": model.predict_proba(rows).tolist(), "classes": ["benign?", "x"]})

    with serve(app) as (url, seen):
        adapter = HttpAdapter(url, headers={"Authorization": "Bearer s3cret"}, batch_size=100)
        assert not isinstance(adapter, ModelAdapter)  # classes unknown yet: reported, not raised
        P = adapter.predict_proba(X)
        assert len(seen) == 6  # 569 rows in batches of 100
        np.testing.assert_allclose(P, model.predict_proba(X), rtol=1e-12)
        assert list(adapter.classes) == ["benign?", "x"]
        assert isinstance(adapter, ModelAdapter)
        assert adapter.query_count == len(X)
        with pytest.raises(EndpointError, match=r"HTTP 401.*unauthorised"):
            HttpAdapter(url, retries=3).predict_proba(X[:2])
        assert len(seen) == 7  # a 401 is not retried


def test_labels_only_endpoint_needs_classes(cancer) -> None:
    X, model = cancer

    def app(body, headers):
        return _json({"predictions": model.predict(np.asarray(body["inputs"])).tolist()})

    with serve(app) as (url, _):
        P = HttpAdapter(url, classes=[0, 1]).predict_proba(X)
        np.testing.assert_array_equal(P.argmax(axis=1), model.predict(X))
        with pytest.raises(EndpointError, match="labels only; pass classes="):
            HttpAdapter(url).predict_proba(X[:3])
        with pytest.raises(AdapterError, match="unknown until the first answer"):
            _ = HttpAdapter(url).classes


def test_custom_field_names(cancer) -> None:
    X, model = cancer

    def app(body, headers):
        return _json({"scores": model.predict_proba(np.asarray(body["instances"])).tolist()})

    contract = HttpContract(inputs="instances", probabilities="scores")
    with serve(app) as (url, _):
        P = HttpAdapter(url, contract=contract).predict_proba(X[:50])
    np.testing.assert_allclose(P, model.predict_proba(X[:50]), rtol=1e-12)


def test_5xx_and_429_are_retried_with_backoff(cancer) -> None:
    X, model = cancer
    statuses = iter([503, 429, 200])

    def app(body, headers):
        status = next(statuses)
        if status != 200:
            return _json({"error": "busy"}, status) if status == 503 else (429, {"Retry-After": "0"}, b"")
        return _json({"probabilities": model.predict_proba(np.asarray(body["inputs"])).tolist()})

    with serve(app) as (url, seen):
        P = HttpAdapter(url, retries=2, backoff_s=0.01).predict_proba(X[:5])
    assert len(seen) == 3
    np.testing.assert_allclose(P, model.predict_proba(X[:5]), rtol=1e-12)


def test_a_refusal_on_purpose_is_query_refused_and_a_rate_limit_is_not() -> None:
    with serve(lambda body, headers: _json({"detail": "guard x blocked"}, 403)) as (url, seen), \
            pytest.raises(QueryRefused, match=r"HTTP 403"):
        HttpAdapter(url, retries=1, backoff_s=0.01).predict_proba(np.zeros((1, 3)))
    assert len(seen) == 1  # a 403 is final
    # a rate limit only delays an attacker: stopping the measurement there would understate the exposure
    with serve(lambda body, headers: (429, {"Retry-After": "0"}, b"")) as (url, seen), \
            pytest.raises(EndpointError, match=r"HTTP 429") as caught:
        HttpAdapter(url, retries=1, backoff_s=0.01).predict_proba(np.zeros((1, 3)))
    assert not isinstance(caught.value, QueryRefused) and len(seen) == 2  # retried first


def test_persistent_server_error_gives_up() -> None:
    with serve(lambda body, headers: _json({"error": "boom"}, 500)) as (url, seen):
        with pytest.raises(EndpointError, match=r"/predict: HTTP 500 .*boom.*gave up after 3 attempts"):
            HttpAdapter(url + "?api_key=hidden", retries=2, backoff_s=0.01).predict_proba(np.zeros((1, 3)))
        assert len(seen) == 3
        try:
            HttpAdapter(url + "?api_key=hidden", retries=0).predict_proba(np.zeros((1, 3)))
        except EndpointError as exc:
            assert "hidden" not in str(exc)


def test_slow_server_times_out() -> None:
    def app(body, headers):
        time.sleep(1.5)
        return _json({"probabilities": [[0.5, 0.5]]})

    with serve(app) as (url, seen):
        start = time.monotonic()
        with pytest.raises(EndpointError, match=r"127\.0\.0\.1:\d+/predict: no answer within 0.3 s"):
            HttpAdapter(url, timeout=0.3, retries=2).predict_proba(np.zeros((1, 2)))
        assert time.monotonic() - start < 1.4  # a read timeout is not retried
        assert len(seen) == 1


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        ((200, {}, b"{not json"), "invalid JSON"),
        (_json([[0.5, 0.5]]), "expected a JSON object, got list"),
        (_json({"result": 1}), "neither 'probabilities' nor 'predictions'"),
        (_json({"probabilities": [[0.5, 0.5]]}), r"expected probabilities of shape \(2, 2\)"),
        (_json({"probabilities": [[0.9, 0.9], [0.5, 0.5]]}), "sum to 1.8"),
        (_json({"probabilities": [["a", "b"], [1, 0]]}), "not a table of numbers"),
        (_json({"predictions": ["a", "b"]}, 200), "'a', not one of the classes"),
        ((302, {"Location": "http://elsewhere/"}, b""), "redirect to http://elsewhere/"),
    ],
)
def test_bad_answers_are_endpoint_errors(reply: Reply, message: str) -> None:
    with serve(lambda body, headers: reply) as (url, _), pytest.raises(EndpointError, match=message):
        HttpAdapter(url, classes=[0, 1], retries=0).predict_proba(np.zeros((2, 3)))


def test_connection_refused_is_retried_then_reported() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    with pytest.raises(EndpointError, match=r"cannot connect.*gave up after 2 attempts"):
        HttpAdapter(f"http://127.0.0.1:{port}/p", retries=1, backoff_s=0.01).predict_proba(np.zeros((1, 2)))


def test_invalid_configuration() -> None:
    with pytest.raises(ConfigError, match="http:// or https://"):
        HttpAdapter("file:///etc/passwd")
    with pytest.raises(ConfigError, match="timeout must be > 0"):
        HttpAdapter("http://127.0.0.1/", timeout=0)
