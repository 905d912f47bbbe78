import pytest

from modelward.core.errors import DataError
from modelward.core.findings import Evidence, Finding, Severity
from modelward.core.report import (
    AppliedMitigation,
    ErrorRecord,
    InputRecord,
    Metadata,
    Report,
    Skipped,
    merge_reports,
    risk_register,
)
from modelward.core.taxonomy import load_taxonomy


def _report(*findings, **kw):
    return Report(Metadata("0.1.0", "assess", subject="m"), findings=tuple(findings), **kw)


def test_register_uses_measured_evidence_over_default():
    measured = Finding("validation.stability", "evasion", Severity.HIGH, "flips",
                       evidence=Evidence("noise", {"flip": 0.3}, likelihood=5, impact=2))
    entries = {e.threat: e for e in risk_register(_report(measured))}
    ev = entries["evasion"]
    assert (ev.likelihood, ev.impact, ev.basis, ev.assessed) == (5, 2, "measured", True)
    default = load_taxonomy().threat("supply-chain")
    sc = entries["supply-chain"]
    assert (sc.likelihood, sc.impact, sc.basis, sc.assessed) == (default.likelihood, default.impact, "default", False)


def test_register_covers_every_threat_worst_first():
    entries = risk_register(_report())
    assert {e.threat for e in entries} == set(load_taxonomy().threats)
    scores = [e.score for e in entries]
    assert scores == sorted(scores, reverse=True)


def test_finding_without_measured_scores_keeps_default_but_counts():
    f = Finding("x", "bias", Severity.MEDIUM, "gap")
    e = next(e for e in risk_register(_report(f)) if e.threat == "bias")
    assert e.basis == "default" and e.findings == 1 and e.worst == Severity.MEDIUM


def test_applied_mitigation_moves_out_of_recommended():
    applied = AppliedMitigation("adversarial-training", "evasion", "PGD-AT", "robustness.auto",
                                {"robust_accuracy": 0.1}, {"robust_accuracy": 0.8})
    e = next(e for e in risk_register(_report(applied=(applied,))) if e.threat == "evasion")
    assert e.mitigations_applied == ("adversarial-training",)
    assert "adversarial-training" not in e.mitigations_recommended


def test_exit_code_follows_fail_on_then_errors():
    high = Finding("x", "evasion", Severity.HIGH, "h")
    assert _report(high).exit_code(Severity.HIGH) == 1
    assert _report(high).exit_code(Severity.CRITICAL) == 0
    assert _report(errors=(ErrorRecord("check", "boom"),)).exit_code(Severity.HIGH) == 2


def test_report_round_trips_and_refuses_foreign_json():
    r = _report(Finding("x", "bias", Severity.LOW, "t"), skipped=(Skipped("f", "why"),),
                errors=(ErrorRecord("g", "bad"),))
    assert Report.from_dict(r.to_dict()) == r
    with pytest.raises(DataError, match="not a modelward JSON report"):
        Report.from_dict({"schema": "other"})
    bad = r.to_dict() | {"schema_version": "9.0"}
    with pytest.raises(DataError, match="schema version"):
        Report.from_dict(bad)


def test_merge_deduplicates_findings_and_keeps_everything_else(tmp_path):
    p = tmp_path / "m.bin"
    p.write_bytes(b"abc")
    f = Finding("x", "bias", Severity.LOW, "t")
    g = Finding("y", "evasion", Severity.HIGH, "u")
    a = Report(Metadata("0.1", "scan", inputs=(InputRecord.of_file(p, "model"),)), (f,), (Skipped("s", "r"),))
    b = Report(Metadata("0.1", "assess", subject="model-x"), (f, g), errors=(ErrorRecord("e", "m"),))
    merged = merge_reports([a, b])
    assert len(merged.findings) == 2
    assert merged.metadata.subject == "model-x"
    assert len(merged.skipped) == 1 and len(merged.errors) == 1
    assert merged.metadata.inputs[0].sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
