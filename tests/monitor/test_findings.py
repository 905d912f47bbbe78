"""Drift results as findings: the rubric's severities, JSON round trips, and nothing untested left silent."""

import json

import numpy as np

from modelward.core.findings import Finding, Severity, severity_of
from modelward.monitor.drift import compare
from modelward.monitor.findings import drift_findings
from modelward.monitor.result import DriftSettings

from .conftest import normal_columns


def _findings(write_table, ref, cur, **kw):
    result = compare(write_table("ref", ref), write_table("cur", cur), settings=DriftSettings(sample_rows=1000), **kw)
    return result, drift_findings(result)


def test_findings_follow_the_rubric_and_round_trip(write_table):
    rng = np.random.default_rng(0)
    ref, cur = normal_columns(rng, 20_000), normal_columns(rng, 20_000, shift=0.6)
    cur["x1"] = cur["x1"] * 1.3
    cur.pop("x3")
    _, findings = _findings(write_table, ref, cur)
    for f in findings:
        assert f.threat == "model-drift" and f.check_id == "monitor.drift"
        ev = f.evidence
        if ev.likelihood and ev.impact:
            assert f.severity == severity_of(ev.likelihood, ev.impact)
        assert Finding.from_dict(json.loads(json.dumps(f.to_dict()))) == f
    titles = {f.title: f for f in findings}
    assert titles["Large drift in column 'x0'"].severity == Severity.MEDIUM
    assert "Moderate drift in column 'x1'" in titles or "Large drift in column 'x1'" in titles
    assert titles["Schema drift: column 'x3' missing"].severity == Severity.HIGH
    assert "Data drift in 2 of 5 tested columns" in titles
    assert titles["Large drift in column 'x0'"].evidence.series["current share"]


def test_a_clean_comparison_says_so_with_a_measured_low_likelihood(write_table):
    rng = np.random.default_rng(1)
    _, findings = _findings(write_table, normal_columns(rng, 3000), normal_columns(rng, 3000))
    (summary,) = findings
    assert summary.title == "No data drift in 6 tested columns" and summary.evidence.likelihood == 1
    assert summary.severity == Severity.INFO


def test_what_could_not_be_tested_is_a_not_verified_finding(write_table):
    rng = np.random.default_rng(2)
    ref = normal_columns(rng, 200) | {"id": [f"u{i}" for i in range(200)]}
    cur = normal_columns(rng, 200) | {"id": [f"v{i}" for i in range(200)]}
    _, findings = _findings(write_table, ref, cur)
    assert any(f.title == "Drift of column 'id' not verified" and "identifier" in f.description for f in findings)


def test_a_negligible_shift_is_its_own_finding_at_info(write_table):
    rng = np.random.default_rng(3)
    n = 400_000
    ref = {"x": rng.normal(size=n)}
    cur = {"x": rng.normal(0.02, 1, n)}
    _, findings = _findings(write_table, ref, cur)
    negligible = [f for f in findings if f.title == "Negligible shift in column 'x'"]
    assert len(negligible) == 1 and negligible[0].severity == Severity.INFO
    assert negligible[0].evidence.measurements["adjusted_p"] < 0.01
