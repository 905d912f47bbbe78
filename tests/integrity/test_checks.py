import joblib
import numpy as np
import pytest
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

from modelward import __version__
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.core.context import AssessContext, Dataset
from modelward.core.findings import Severity
from modelward.core.render.json import to_json
from modelward.core.report import InputRecord, Metadata, Report
from modelward.integrity.checks import SignatureCheck, TamperCheck
from modelward.integrity.fingerprint import fingerprint_model
from modelward.integrity.signer import KeySigner
from modelward.integrity.signing import sign_model

X, Y = load_iris(return_X_y=True)


@pytest.fixture
def fitted():
    return LogisticRegression(max_iter=500).fit(X, Y)


def ctx_for(model, artifacts=()):
    adapter = SklearnAdapter(model, input_spec=InputSpec.infer(X))
    return AssessContext(adapter, Dataset(X, Y, tuple(f"f{i}" for i in range(4))), artifacts=tuple(map(str, artifacts)))


def test_a_model_in_memory_is_not_verified_never_clean(fitted):
    (sig,) = SignatureCheck().run(ctx_for(fitted))
    (tamper,) = TamperCheck().run(ctx_for(fitted))
    assert sig.severity == Severity.INFO and "not verified" in sig.title
    assert tamper.severity == Severity.INFO and "not verified" in tamper.title


def test_signature_outcomes_follow_the_evidence(fitted, tmp_path, ec_key):
    k, _, pub = ec_key
    path = tmp_path / "model.joblib"
    joblib.dump(fitted, path)
    (unsigned,) = SignatureCheck(public_keys=(str(pub),)).run(ctx_for(fitted, [path]))
    assert unsigned.title == "Model is not signed" and unsigned.severity == Severity.HIGH
    sign_model(path, KeySigner(k))
    (signed,) = SignatureCheck(public_keys=(str(pub),)).run(ctx_for(fitted, [path]))
    assert signed.title == "Signature verified; no clean scan is attested" and signed.severity == Severity.MEDIUM
    report = tmp_path / "scan.json"
    report.write_text(to_json(Report(Metadata(__version__, "scan", inputs=(InputRecord.of_file(path, "model"),)))))
    sign_model(path, KeySigner(k), attest=[report])
    (scanned,) = SignatureCheck(public_keys=(str(pub),), require=("scan-clean",)).run(ctx_for(fitted, [path]))
    assert "a clean scan of these bytes is attested" in scanned.title and scanned.severity == Severity.LOW
    fitted.coef_[0, 0] += 1
    joblib.dump(fitted, path)
    (tampered,) = SignatureCheck(public_keys=(str(pub),)).run(ctx_for(fitted, [path]))
    assert tampered.title == "Model files differ from their signature" and tampered.severity == Severity.CRITICAL
    assert tampered.evidence.measurements["files_differing"] == 1


def test_tamper_names_changed_parameters_against_a_reference(fitted, tmp_path):
    st = pytest.importorskip("safetensors.numpy")
    w = {"fc.weight": np.ones((4, 4), np.float32), "fc.bias": np.zeros(4, np.float32)}
    st.save_file(w, tmp_path / "good.safetensors")
    st.save_file(w, tmp_path / "now.safetensors")
    same = TamperCheck(reference=str(tmp_path / "good.safetensors"), model_path=str(tmp_path / "now.safetensors"))
    (ok,) = same.run(ctx_for(fitted))
    assert ok.title == "Parameters match the reference version" and ok.severity == Severity.LOW
    w["fc.weight"][1, 2] = 7
    st.save_file(w, tmp_path / "now.safetensors")
    (bad,) = same.run(ctx_for(fitted))
    assert bad.title == "1 tensor(s) differ from the reference version" and bad.severity == Severity.HIGH
    assert "fc.weight: 1 of 16 values changed" in bad.description


def test_tamper_compares_behaviour_with_the_signed_fingerprint(fitted, tmp_path, ec_key):
    k, _, pub = ec_key
    path = tmp_path / "model.joblib"
    joblib.dump(fitted, path)
    sign_model(path, KeySigner(k), fingerprint=fingerprint_model(SklearnAdapter(fitted), X, n=60))
    (same,) = TamperCheck(public_keys=(str(pub),)).run(ctx_for(fitted, [path]))
    assert same.title == "Behaviour matches the signed fingerprint"
    fitted.coef_[2] *= -1
    (changed,) = TamperCheck(public_keys=(str(pub),)).run(ctx_for(fitted, [path]))
    assert changed.title == "Behaviour differs from the signed fingerprint" and changed.severity == Severity.HIGH
    assert changed.evidence.measurements["agreement"] < 1


def test_assess_puts_signing_state_in_the_register(fitted, tmp_path, ec_key):
    import modelward

    k, _, pub = ec_key
    path = tmp_path / "model.joblib"
    joblib.dump(fitted, path)
    sign_model(path, KeySigner(k))
    report = modelward.assess(path, (X, Y), only=["integrity"], params={"public_keys": str(pub)})
    titles = {f.check_id: f.title for f in report.findings}
    assert titles["integrity.signature"] == "Signature verified; no clean scan is attested"
    lines = {r["threat"]: r for r in report.to_dict()["risk_register"]}
    assert lines["supply-chain"]["basis"] == "measured" and lines["supply-chain"]["likelihood"] == 2
    assert lines["insider-threat"]["basis"] == "default"  # nothing to compare with: not verified, default risk
