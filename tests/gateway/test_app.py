"""The gateway over HTTP: the endpoints, and the attacks of the issue, each a test."""

from __future__ import annotations

import numpy as np
import pytest
from tests.gateway.conftest import DATA, NAMES, rows, v1_body, v2_body

from modelward.gateway.app import PUBLIC, ROUTES


def test_health_answers_without_credentials_and_nothing_else_does(serve):
    s = serve()
    assert s.http.get("/v2/health/live").json() == {"live": True}
    assert s.http.get("/v2/health/ready").status_code == 200
    for route in ROUTES:
        path = route.path.replace("{name}", "cancer").replace("{version}", "1").replace("{key_id}", "x")
        r = s.http.request(route.method, path, json={})
        assert r.status_code == 401, (route.method, path)
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
    assert {r.path for r in ROUTES}.isdisjoint(PUBLIC)
    assert s.http.get("/docs").status_code == 404 and s.http.get("/openapi.json").status_code == 404


def test_oip_v2_inference_matches_the_model(serve):
    s = serve(output={"operator": {"mode": "probabilities", "decimals": None}})
    X = rows(4)
    r = s.infer(X, role="operator", headers={"X-Request-Id": "req-1"})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["model_name"] == "cancer" and doc["model_version"] == "1"
    label, proba = doc["outputs"]
    expected = s.gateway.models.get("cancer").adapter.predict_proba(X)
    assert label["data"] == expected.argmax(axis=1).tolist()
    assert proba["shape"] == [4, 2]
    np.testing.assert_allclose(np.reshape(proba["data"], (4, 2)), expected, atol=1e-12)
    assert r.headers["X-Request-Id"] == "req-1"


def test_v2_accepts_one_tensor_per_feature(serve):
    s = serve()
    X = rows(2)
    body = {"inputs": [{"name": n, "shape": [2], "datatype": "FP32", "data": X[:, j].tolist()}
                       for j, n in enumerate(NAMES)]}
    r = s.http.post("/v2/models/cancer/infer", json=body, headers=s.as_("client"))
    assert r.status_code == 200, r.text


def test_v1_predict_rows_as_objects(serve):
    s = serve(output={"client": {"mode": "probabilities", "decimals": 2}})
    r = s.http.post("/v1/models/cancer/predict", json=v1_body(rows(2)), headers=s.as_("client"))
    assert r.status_code == 200, r.text
    (first, _second) = r.json()["predictions"]
    assert set(first["probabilities"]) == {"0", "1"}
    assert all(round(p, 2) == p for p in first["probabilities"].values())
    kserve = s.http.post("/v1/models/cancer/predict", json={"instances": rows(2).tolist()}, headers=s.as_("client"))
    assert kserve.json()["predictions"] == r.json()["predictions"]


@pytest.mark.parametrize("body, needle", [
    (b"{not json", "not valid JSON"),
    (b"[1, 2]", "JSON object"),
    (b'{"inputs": []}', "non-empty list"),
    (b'{"inputs": [{"name": "x", "shape": [1, 29], "datatype": "FP64", "data": []}]}', "holds 29 values"),
    (b'{"inputs": [{"name": "x", "shape": [1, 2], "datatype": "FP64", "data": [1, 2]}]}', "30 features"),
    (b'{"inputs": [{"name": "x", "shape": [1, 30], "datatype": "BYTES", "data": []}]}', "numeric type"),
    (b'{"inputs": [{"name": "x", "shape": [2, 1], "datatype": "FP64", "data": [[1], [true]]}]}', "only numbers"),
    (b'{"inputs": [{"name": "x", "shape": [2, 2], "datatype": "FP64", "data": [[1, 2, 3], [4]]}]}', "same length"),
    (b'{"inputs": [{"name": "x", "shape": "2", "datatype": "FP64", "data": []}]}', "shape must be"),
    (b'{"inputs": [{"name": "x", "shape": [1, 30], "datatype": "FP64", "data": [' + b"1e999," * 29 + b"1]}]}",
     "finite"),
    (b"[" * 100_000, "not valid JSON"),
])
def test_malformed_bodies_get_422_with_a_precise_message(serve, body, needle):
    s = serve()
    r = s.http.post("/v2/models/cancer/infer", content=body, headers=s.as_("client"))
    assert r.status_code == 422, r.text
    assert needle in r.json()["message"]


def test_schema_violation_names_row_feature_and_range(serve):
    s = serve()
    X = rows(3)
    X[2, 0] = 1e6
    r = s.infer(X)
    assert r.status_code == 422
    (v,) = r.json()["detail"]
    assert (v["row"], v["feature"], v["value"]) == (2, NAMES[0], 1e6)
    assert v["expected"].startswith("a number in [")


def test_schema_clip_and_flag_modes(serve):
    s = serve(validation={"on_violation": "clip"})
    X = rows(1)
    X[0, 0] = 1e6
    assert s.infer(X).status_code == 200
    record = s.gateway.audit.db.engine.connect().exec_driver_sql(
        "SELECT record FROM mw_audit ORDER BY seq DESC LIMIT 1").scalar()
    assert '"mode":"clip"' in record and '"violations":1' in record


def test_v1_missing_unknown_and_non_numeric_features(serve):
    s = serve()
    row = dict(zip(NAMES, rows(1)[0].tolist(), strict=True))
    del row[NAMES[3]]
    row["surprise"] = 1
    row[NAMES[0]] = "12"
    r = s.http.post("/v1/models/cancer/predict", json={"rows": [row]}, headers=s.as_("client"))
    assert r.status_code == 422
    found = {(d["feature"], d["expected"]) for d in r.json()["detail"]}
    assert ("surprise", "no such feature") in found
    assert (NAMES[3], "a value (the feature is missing)") in found
    assert (NAMES[0], "a finite number") in found


def test_oversized_body_and_batch_are_413(serve):
    s = serve(limits={"max_body_bytes": 4096, "max_batch_rows": 5})
    big = b'{"inputs": [' + b" " * 5000 + b"]}"
    assert s.http.post("/v2/models/cancer/infer", content=big, headers=s.as_("client")).status_code == 413

    def chunks():
        for _ in range(10):
            yield b" " * 1000

    streamed = s.http.post("/v2/models/cancer/infer", content=chunks(), headers=s.as_("client"))
    assert streamed.status_code == 413
    declared_small = {"inputs": [{"name": "x", "shape": [1_000_000, 30], "datatype": "FP64", "data": []}]}
    r = s.http.post("/v2/models/cancer/infer", json=declared_small, headers=s.as_("client"))
    assert r.status_code == 413 and "1000000 rows" in r.json()["message"]
    assert s.http.post("/v1/models/cancer/predict", json=v1_body(rows(6)), headers=s.as_("client")).status_code == 413
    assert s.infer(rows(5)).status_code == 200


def test_role_escalation_is_403(serve):
    s = serve()
    for role in ("client", "operator", "auditor"):
        r = s.http.post("/v1/admin/api-keys", json={"client_id": "mallory", "role": "admin"}, headers=s.as_(role))
        assert r.status_code == 403, role
    assert s.http.get("/v1/audit/verify", headers=s.as_("client")).status_code == 403
    assert s.http.post("/v1/admin/models/cancer/rollback", headers=s.as_("client")).status_code == 403
    assert s.infer(rows(1), role="auditor").status_code == 403
    assert all(k.role != "admin" or k.client_id == "admin-1" for k in s.gateway.keys.list())


def test_a_flood_from_one_client_is_429_while_others_are_served(serve):
    s = serve(limits={"rate": {"per_second": 0.5, "burst": 3}})
    codes = [s.infer(rows(1)).status_code for _ in range(6)]
    assert codes[:3] == [200, 200, 200] and set(codes[3:]) == {429}
    r = s.infer(rows(1))
    assert int(r.headers["Retry-After"]) >= 1
    assert s.infer(rows(1), role="operator").status_code == 200


def test_daily_row_budget_is_429_and_counts_rows(serve):
    s = serve(limits={"rate": {"daily_rows": 10}})
    assert s.infer(rows(8)).status_code == 200
    r = s.infer(rows(3))
    assert r.status_code == 429 and "daily budget" in r.json()["message"]
    assert s.infer(rows(2)).status_code == 200  # the refused rows were not charged


def test_output_hardening_per_role(serve):
    s = serve(output={"client": {"mode": "label"}, "operator": {"mode": "top_k", "top_k": 1, "decimals": 1}})
    client = s.infer(rows(2)).json()["outputs"]
    assert [o["name"] for o in client] == ["label"]
    operator = s.infer(rows(2), role="operator").json()["outputs"]
    assert [o["name"] for o in operator] == ["label", "top_k_classes", "top_k_probabilities"]
    assert all(round(p, 1) == p for p in operator[2]["data"])


def test_api_keys_through_the_admin_api(serve):
    s = serve()
    r = s.http.post("/v1/admin/api-keys", json={"client_id": "bob", "role": "client"}, headers=s.as_("admin"))
    assert r.status_code == 201
    key, key_id = r.json()["key"], r.json()["key_id"]
    assert s.http.post("/v2/models/cancer/infer", json=v2_body(rows(1)), headers={"X-API-Key": key}).status_code == 200
    listed = s.http.get("/v1/admin/api-keys", headers=s.as_("admin")).json()["keys"]
    assert key not in str(listed) and key_id in str(listed)
    assert s.http.delete(f"/v1/admin/api-keys/{key_id}", headers=s.as_("admin")).status_code == 200
    r = s.http.post("/v2/models/cancer/infer", json=v2_body(rows(1)), headers={"X-API-Key": key})
    assert r.status_code == 401
    bad = s.http.post("/v1/admin/api-keys", json={"client_id": "x y", "role": "root"}, headers=s.as_("admin"))
    assert bad.status_code == 422


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Basic dXNlcjpwYXNz"},
    {"Authorization": "Bearer "},
    {"Authorization": "Bearer mwk_0000000000000000_" + "A" * 43},
    {"X-API-Key": "mwk_short"},
    {"Authorization": "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."},
])
def test_missing_wrong_and_forged_credentials_are_401(serve, headers):
    s = serve()
    r = s.http.post("/v2/models/cancer/infer", json=v2_body(rows(1)), headers=headers)
    assert r.status_code == 401


def test_a_tampered_key_secret_is_refused(serve):
    s = serve()
    key = s.keys["client"]
    forged = key[:-1] + ("A" if key[-1] != "A" else "B")
    assert s.http.post("/v2/models/cancer/infer", json=v2_body(rows(1)),
                       headers={"X-API-Key": forged}).status_code == 401


def test_activate_a_version_and_roll_back(serve):
    s = serve()
    r = s.http.post("/v1/admin/models/cancer/activate", json={"version": "2"}, headers=s.as_("operator"))
    assert r.status_code == 200 and r.json()["active"] == "2"
    assert s.infer(rows(1)).json()["model_version"] == "2"
    assert s.http.post("/v1/admin/models/cancer/activate", json={"version": "9"},
                       headers=s.as_("operator")).status_code == 409
    r = s.http.post("/v1/admin/models/cancer/rollback", headers=s.as_("operator"))
    assert r.json()["active"] == "1"
    assert s.infer(rows(1)).json()["model_version"] == "1"


def test_every_call_is_in_the_audit_log_and_it_verifies(serve):
    s = serve()
    s.infer(rows(2))
    s.http.post("/v2/models/cancer/infer", content=b"{", headers=s.as_("client"))
    s.http.post("/v2/models/cancer/infer", json=v2_body(rows(1)))
    r = s.http.get("/v1/audit/verify", headers=s.as_("auditor"))
    assert r.status_code == 200 and r.json()["ok"] is True
    assert r.json()["entries"] == 3  # the verification itself is recorded after it ran
    statuses = [row[0] for row in s.gateway.audit.db.engine.connect().exec_driver_sql(
        "SELECT json_extract(record, '$.status') FROM mw_audit ORDER BY seq")]
    assert statuses == [200, 422, 401, 200]


def test_unknown_model_is_404(serve):
    s = serve()
    r = s.http.post("/v2/models/nope/infer", json=v2_body(rows(1)), headers=s.as_("client"))
    assert r.status_code == 404
    assert s.http.get("/v2/models/cancer", headers=s.as_("client")).json()["parameters"]["classes"] == [0, 1]


def test_openapi_documents_the_inference_bodies(serve):
    s = serve()
    spec = s.http.get("/v1/openapi.json", headers=s.as_("client")).json()
    infer = spec["paths"]["/v2/models/{name}/infer"]["post"]
    assert "inputs" in infer["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert {"401", "403", "413", "422", "429"} <= set(infer["responses"])


def test_data_is_breast_cancer():
    assert DATA.data.shape[1] == len(NAMES) == 30


def test_what_exists_at_start_is_frozen_while_serving_and_released_at_shutdown(serve):
    import gc

    s = serve()
    assert s.http.get("/v2/health/live").status_code == 200
    assert gc.get_freeze_count() > 1000  # the app, its model and its policy: out of the collector's way
    s.http.__exit__(None, None, None)
    assert gc.get_freeze_count() == 0
