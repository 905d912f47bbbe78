"""Evidence from reports and served policies closes the loop: verified controls lower residual risk,
measured findings set it, and unreadable or stale evidence is an error, never a pass."""

import json
from datetime import date

from modelward.core.findings import Evidence, Finding, Location, Severity
from modelward.core.render.json import to_json
from modelward.core.report import InputRecord, Metadata, Report
from modelward.governance import load_system, threat_model, to_report

SYSTEM = """
version: 1
system: {name: s, domain: analytics}
components:
  - {id: data, type: dataset, source: internal, personal_data: true}
  - {id: train, type: training}
  - {id: model, type: model, format: joblib, artifact: model.joblib, reports: [%s]}
  - {id: api, type: inference-api, exposure: public, auth: api-key, outputs: probabilities, serves: [model]%s}
flows: [{from: data, to: train}, {from: train, to: model}]
"""


def _report(path, command, findings=(), model_bytes=b"model"):
    inputs = (InputRecord("model.joblib", __import__("hashlib").sha256(model_bytes).hexdigest(), "model"),)
    path.write_text(to_json(Report(Metadata("0.1.0", command, inputs=inputs), findings=tuple(findings))))


def _setup(tmp_path, reports, policy=""):
    (tmp_path / "model.joblib").write_bytes(b"model")
    path = tmp_path / "system.yaml"
    path.write_text(SYSTEM % (", ".join(reports), f", policy: {policy}" if policy else ""))
    return threat_model(load_system(path), today=date(2026, 12, 1))


def _t(model, component, threat):
    return next(t for t in model.threats if t.component == component and t.threat == threat)


def test_a_clean_scan_of_these_bytes_verifies_artifact_scanning(tmp_path):
    _report(tmp_path / "scan.json", "scan model.joblib")
    model = _setup(tmp_path, ["scan.json"])
    supply = _t(model, "model", "supply-chain")
    assert [(c.mitigation, c.basis) for c in supply.controls] == [("artifact-scanning", "verified")]
    assert supply.residual_likelihood == supply.likelihood - 1 and not model.problems()


def test_a_scan_of_other_bytes_is_stale_and_an_error(tmp_path):
    _report(tmp_path / "scan.json", "scan model.joblib", model_bytes=b"an older model")
    model = _setup(tmp_path, ["scan.json"])
    assert _t(model, "model", "supply-chain").controls == ()
    assert any("stale" in p for p in model.problems())
    report = to_report(model)
    assert report.errors and report.exit_code(Severity.CRITICAL) == 2


def test_a_measured_finding_sets_the_residual_risk_and_names_its_check(tmp_path):
    finding = Finding("privacy.membership-inference", "membership-inference", Severity.LOW, "MI AUC 0.52",
                      location=Location(file="model.joblib"),
                      evidence=Evidence("LiRA", {"auc": 0.52}, likelihood=1, impact=3))
    _report(tmp_path / "assess.json", "assess", [finding])
    model = _setup(tmp_path, ["assess.json"])
    mi = _t(model, "model", "membership-inference")
    assert (mi.residual_likelihood, mi.residual_impact, mi.residual_basis) == (1, 3, "measured")
    assert "privacy.membership-inference" in mi.residual_reason


def test_a_malicious_scan_finding_is_critical_whatever_the_model_declares(tmp_path):
    finding = Finding("scan.pickle", "supply-chain", Severity.CRITICAL, "os.system on load",
                      evidence=Evidence("pickle VM", {}, likelihood=5, impact=5))
    _report(tmp_path / "scan.json", "scan", [finding])
    model = _setup(tmp_path, ["scan.json"])
    assert _t(model, "model", "supply-chain").residual_level == "critical"
    assert model.failing(Severity.HIGH)


def test_the_served_policy_replaces_what_the_api_declares(tmp_path):
    (tmp_path / "policy.yaml").write_text(
        "version: 1\nmodels: [{name: m, path: model.joblib}]\nlimits: {rate: {per_second: 5, daily_rows: 1000}}\n"
        "output: {client: {mode: label}}\n")
    model = _setup(tmp_path, [], "policy.yaml")
    assert model.facts["model"]["outputs"] == "label"
    stealing = _t(model, "model", "model-stealing")
    assert {c.mitigation for c in stealing.controls if c.basis == "verified"} >= {"query-limits", "output-minimisation"}
    assert not [t for t in model.threats if t.threat == "model-inversion"]  # labels only: nothing to invert
    assert any("serves label" in p for p in model.problems())


def test_an_unreadable_report_is_named(tmp_path):
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "other.json").write_text(json.dumps({"schema": "something else"}))
    model = _setup(tmp_path, ["broken.json", "other.json", "missing.json"])
    problems = " ".join(model.problems())
    assert "broken.json: " in problems and "not a modelward JSON report" in problems and "missing.json" in problems
