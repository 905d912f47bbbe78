"""Loading served models: the signature check (through the gateway's verifier interface) before the
scanner, fail closed without a verifier; version switches and rollback re-verify."""

from __future__ import annotations

import pytest
from tests.gateway.conftest import write_policy

from modelward.core.errors import ConfigError, ModelLoadError
from modelward.gateway.models import ModelRegistry
from modelward.gateway.policy import load_policy
from modelward.gateway.verifier import SignatureCheck


class Verifier:
    """Verifies the files it was told are signed; records what it was asked."""

    def __init__(self, signed):
        self.signed = set(signed)
        self.asked = []

    def __call__(self, path):
        self.asked.append(path.name)
        ok = path.name in self.signed
        return SignatureCheck(ok, "signed by release-key" if ok else "no signature for this file")


def test_require_signature_without_a_verifier_fails_closed(tmp_path, model_dir):
    policy = load_policy(write_policy(tmp_path, model_dir, require_signature=True))
    with pytest.raises(ModelLoadError, match="no signature verifier is installed"):
        ModelRegistry(policy, None)


def test_an_unsigned_model_is_refused_and_a_signed_one_served(tmp_path, model_dir):
    policy = load_policy(write_policy(tmp_path, model_dir, require_signature=True))
    with pytest.raises(ModelLoadError, match="signature not verified: no signature for this file"):
        ModelRegistry(policy, Verifier([]))
    verifier = Verifier(["model.joblib"])
    registry = ModelRegistry(policy, verifier)
    assert registry.get("cancer").signature == "verified: signed by release-key"
    with pytest.raises(ModelLoadError, match="signature not verified"):
        registry.activate("cancer", "2")  # version 2 is not signed: the active one stays
    assert registry.get("cancer").version == "1"
    verifier.signed.add("model-v2.joblib")
    assert registry.activate("cancer", "2").version == "2"
    assert registry.rollback("cancer").version == "1"
    assert verifier.asked == ["model.joblib", "model-v2.joblib", "model-v2.joblib", "model.joblib"]


def test_the_scanner_refuses_a_malicious_model_file(tmp_path, model_dir):
    import pickle

    class Evil:
        def __reduce__(self):
            import os

            return (os.system, ("echo owned",))

    bad = tmp_path / "evil.pkl"
    bad.write_bytes(pickle.dumps(Evil()))
    policy = load_policy(write_policy(tmp_path, model_dir, models=[
        {"name": "evil", "path": str(bad), "reference": str(model_dir / "ref.csv"), "target": "target"}]))
    with pytest.raises(ModelLoadError):
        ModelRegistry(policy, None)


def test_rollback_without_history_and_unknown_versions(tmp_path, model_dir):
    registry = ModelRegistry(load_policy(write_policy(tmp_path, model_dir)), None)
    with pytest.raises(ConfigError, match="no earlier version"):
        registry.rollback("cancer")
    with pytest.raises(ConfigError, match="has no version '7'"):
        registry.activate("cancer", "7")
