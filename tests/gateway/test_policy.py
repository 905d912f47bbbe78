"""The policy file: a valid one loads; every mistake is a ConfigError naming the file and the field."""

from __future__ import annotations

import pytest
from tests.gateway.conftest import write_policy

from modelward.core.errors import ConfigError
from modelward.gateway.policy import load_policy


def test_a_valid_policy_loads_with_paths_resolved(tmp_path, model_dir):
    policy = load_policy(write_policy(tmp_path, model_dir, limits={"roles": {"client": {"per_second": 5}}},
                                      output={"client": {"mode": "label"}},
                                      guards=[{"id": "robustness.adversarial-detector", "params": {"mode": "flag"}}]))
    (model,) = policy.models
    assert model.versions["2"].name == "model-v2.joblib" and model.active == "1"
    assert policy.database == f"sqlite:///{tmp_path.resolve() / 'gateway.db'}"
    assert policy.limits.for_client("x", "client").per_second == 5
    assert policy.limits.for_client("x", "operator").per_second == policy.limits.default.per_second
    assert policy.output_for("client").mode == "label" and policy.output_for("admin").mode == "probabilities"
    assert policy.guards[0].params == {"mode": "flag"}


@pytest.mark.parametrize("sections, message", [
    ({"limits": {"rate": {"per_secnd": 3}}}, "limits.rate.per_secnd: unknown field; did you mean 'per_second'"),
    ({"limits": {"rate": {"per_second": "fast"}}}, "limits.rate.per_second: expected a number > 0, got 'fast'"),
    ({"limits": {"rate": {"per_second": 0}}}, "limits.rate.per_second: expected a number > 0"),
    ({"limits": {"max_batch_rows": 2.5}}, "limits.max_batch_rows: expected an integer"),
    ({"limits": {"roles": {"root": {}}}}, "limits.roles.root: expected a role"),
    ({"output": {"client": {"mode": "everything"}}}, "output.client.mode: expected one of"),
    ({"output": {"client": {"decimals": 99}}}, "output.client.decimals: expected an integer from 0 to 15"),
    ({"validation": {"on_violation": "ignore"}}, "validation.on_violation: expected one of reject, clip, flag"),
    ({"auth": {"api_keys": False}}, "enables neither api_keys nor jwt"),
    ({"auth": {"jwt": {"jwks": "missing.json", "issuer": "i", "audience": "a"}}}, "auth.jwt.jwks: no such file"),
    ({"guards": [{"id": "x", "parms": {}}]}, "guards[0].parms: unknown field; did you mean 'params'"),
    ({"require_signature": "yes"}, "require_signature: expected true or false"),
    ({"state": "mysql://x"}, "state: expected a redis:// URL"),
    ({"models": []}, "models: expected a non-empty list"),
    ({"models": [{"name": "a b", "path": "x"}]}, "models[0].name: expected letters"),
    ({"models": [{"name": "m", "path": "nope.joblib"}]}, "models[0].path: no such file"),
    ({"version": 2}, "version: expected 1"),
])
def test_mistakes_name_the_field(tmp_path, model_dir, sections, message):
    with pytest.raises(ConfigError) as info:
        load_policy(write_policy(tmp_path, model_dir, **sections))
    assert str(tmp_path / "policy.yaml") in str(info.value) and message in str(info.value)


@pytest.mark.parametrize("text, message", [
    ("models: [\n", "not valid YAML"),
    ("a: &x [1]\nb: *x\n", "anchors and aliases are not allowed"),
    ("- 1\n- 2\n", "expected a mapping, got a list"),
    ("models:\n  - !!python/object/apply:os.system ['true']\n", "not valid YAML"),
])
def test_hostile_or_broken_yaml(tmp_path, text, message):
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_policy(path)


def test_a_huge_policy_is_refused_before_parsing(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("# " + "x" * (1024**2))
    with pytest.raises(ConfigError, match="at most"):
        load_policy(path)


def test_a_missing_policy(tmp_path):
    with pytest.raises(ConfigError, match="no such policy file"):
        load_policy(tmp_path / "nope.yaml")
