"""Stress tests: accuracy curves per kind of degradation, as findings with series."""

import json

import numpy as np
import pytest

from modelward.core.findings import Finding
from modelward.robustness.stress import KINDS, SEVERITIES, StressCheck, stress_curves
from modelward.testing import plugin_contract_errors, reference_context


@pytest.fixture(scope="module")
def ctx():
    return reference_context()


def test_check_meets_the_contract(ctx):
    assert plugin_contract_errors(StressCheck(), ctx) == []


def test_one_finding_per_kind_with_its_curve(ctx):
    findings = StressCheck().run(ctx)
    assert [f.evidence.measurements["kind"] for f in findings] == list(KINDS)
    for f in findings:
        assert f.evidence.series["severity"] == list(SEVERITIES)
        assert len(f.evidence.series["accuracy"]) == len(SEVERITIES)
        assert Finding.from_dict(json.loads(json.dumps(f.to_dict()))) == f
    missing = next(f for f in findings if f.evidence.measurements["kind"] == "missing-values")
    assert "imputed" in missing.description


def test_curves_fall_with_severity_and_start_at_clean_accuracy(ctx):
    X, y = ctx.data.X, ctx.y_index
    clean = float((ctx.model.predict_proba(X).argmax(1) == y).mean())
    curves = {c.kind: c for c in stress_curves(ctx.model, X, y, seed=0)}
    for c in curves.values():
        assert c.accuracy[0] == pytest.approx(clean)
    noise = curves["gaussian-noise"].accuracy
    assert noise[-1] < noise[0] - 0.05  # one std of noise per feature hurts
    assert curves["feature-dropout"].accuracy[-1] < clean  # every cell at the mean: one constant row


def test_a_constant_model_is_not_stressed(ctx):
    from modelward.core.adapters.callable import CallableAdapter

    model = CallableAdapter(lambda X: np.tile([0.3, 0.7], (len(X), 1)), classes=[0, 1],
                            input_spec=ctx.model.input_spec)
    curves = stress_curves(model, ctx.data.X, ctx.y_index, seed=0)
    assert all(len(set(c.accuracy)) == 1 for c in curves)
    assert StressCheck().run(ctx.__class__(model, ctx.data))[0].severity.value == "info"


def test_unknown_kind_is_refused(ctx):
    from modelward.core.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown kind"):
        stress_curves(ctx.model, ctx.data.X, ctx.y_index, kinds=("earthquake",))
