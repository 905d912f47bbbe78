"""HttpAdapter speaking OIP v2 and KServe v1, with credentials, against `modelward serve` itself (a real
uvicorn server on loopback) and against answers shaped like MLServer's and Triton's."""

from __future__ import annotations

import socket
import threading
import time

import numpy as np
import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")

from tests.gateway.conftest import model_dir, rows, write_policy  # noqa: E402, F401

from modelward.core.adapters.http import HttpAdapter, protocol_for  # noqa: E402
from modelward.core.adapters.protocols import decode_v2  # noqa: E402
from modelward.core.errors import EndpointError  # noqa: E402


@pytest.fixture
def gateway_url(tmp_path, model_dir):  # noqa: F811
    from modelward.gateway import build_gateway, create_app, load_policy

    policy = load_policy(write_policy(tmp_path, model_dir, output={
        "client": {"mode": "probabilities", "decimals": None}, "operator": {"mode": "label"},
        "auditor": {"mode": "top_k", "top_k": 1, "decimals": None}}))
    gateway = build_gateway(policy)
    keys = {role: gateway.keys.create(f"{role}-x", role)[1] for role in ("client", "operator")}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(gateway), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", keys, gateway.models.get("cancer").adapter
    server.should_exit = True
    thread.join(10)


def test_protocol_from_the_url():
    assert protocol_for("/v2/models/m/infer") == "v2"
    assert protocol_for("/v1/models/m:predict") == "kserve-v1"
    assert protocol_for("/v1/models/m/predict") == "json"
    assert protocol_for("/score") == "json"


def test_oip_v2_through_the_gateway_with_a_key(gateway_url):
    url, keys, model = gateway_url
    adapter = HttpAdapter(f"{url}/v2/models/cancer/infer", token=keys["client"])
    X = rows(7)
    np.testing.assert_allclose(adapter.predict_proba(X), model.predict_proba(X), atol=1e-12)
    assert adapter.classes.tolist() == [0, 1]
    with pytest.raises(EndpointError, match="401"):
        HttpAdapter(f"{url}/v2/models/cancer/infer", token="mwk_bad", retries=0).predict_proba(X)


def test_the_token_can_come_from_the_environment(gateway_url, monkeypatch):
    url, keys, _ = gateway_url
    monkeypatch.setenv("MODELWARD_HTTP_TOKEN", keys["client"])
    assert HttpAdapter(f"{url}/v2/models/cancer/infer").predict_proba(rows(1)).shape == (1, 2)


def test_kserve_v1_through_the_gateway(gateway_url):
    url, keys, model = gateway_url
    adapter = HttpAdapter(f"{url}/v1/models/cancer/predict", token=keys["client"], classes=[0, 1],
                          protocol="kserve-v1")
    X = rows(3)
    np.testing.assert_allclose(adapter.predict_proba(X), model.predict_proba(X), atol=1e-12)


def test_label_only_answers_become_one_hot(gateway_url):
    url, keys, model = gateway_url
    adapter = HttpAdapter(f"{url}/v2/models/cancer/infer", token=keys["operator"], classes=[0, 1])
    X = rows(5)
    P = adapter.predict_proba(X)
    assert set(np.unique(P)) <= {0.0, 1.0}
    np.testing.assert_array_equal(P.argmax(axis=1), model.predict(X))


def test_mlserver_and_triton_shaped_answers():
    mlserver = {"model_name": "m", "outputs": [
        {"name": "predict_proba", "shape": [2, 3], "datatype": "FP64", "data": [0.2, 0.3, 0.5, 0.6, 0.3, 0.1]}]}
    decoded = decode_v2(mlserver, 2, None, "x")
    np.testing.assert_allclose(decoded.proba, [[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]])
    triton = {"outputs": [{"name": "output-0", "shape": [2], "datatype": "INT64", "data": [1, 0]}]}
    assert decode_v2(triton, 2, None, "x").labels.tolist() == [1, 0]
    top1 = {"outputs": [{"name": "label", "shape": [1], "datatype": "INT64", "data": [2]},
                        {"name": "top_k_classes", "shape": [1, 1], "datatype": "INT64", "data": [2]},
                        {"name": "top_k_probabilities", "shape": [1, 1], "datatype": "FP64", "data": [0.8]}]}
    np.testing.assert_allclose(decode_v2(top1, 1, [0, 1, 2], "x").proba, [[0.1, 0.1, 0.8]])
    with pytest.raises(EndpointError, match="no output holds 3 rows"):
        decode_v2(mlserver, 3, None, "x")
