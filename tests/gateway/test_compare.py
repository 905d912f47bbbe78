"""What a gateway policy changes, measured: the same checks on breast cancer through the API without the
policy and with its output hardening (labels only, rounding) and guards."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.gateway.conftest import DATA, NAMES, write_policy

from modelward.core.adapters.wrap import wrap
from modelward.core.data import as_dataset
from modelward.core.guards import Decision
from modelward.gateway.compare import Blocked, compare, headline, view
from modelward.gateway.pipeline import GuardPipeline
from modelward.gateway.policy import AuditPolicy, OutputPolicy, Policy

# small settings: a few seconds per check
PARAMS = {"privacy.membership-inference.reference_models": 4, "privacy.membership-inference.label_copies": 4,
          "privacy.membership-inference.bootstrap": 20, "stealing.extraction.budgets": (50, 100)}
ONLY = ("privacy.membership", "stealing.extraction")


@pytest.fixture(scope="module")
def split():
    """A barely regularised logistic regression on 150 rows (members) and 150 unseen rows."""
    idx = np.random.default_rng(0).permutation(len(DATA.data))
    members, unseen = idx[:150], idx[150:300]
    model = make_pipeline(StandardScaler(), LogisticRegression(C=1e4, max_iter=5000))
    model.fit(DATA.data[members], DATA.target[members])
    return (wrap(model), as_dataset((DATA.data[members], DATA.target[members])),
            as_dataset((DATA.data[unseen], DATA.target[unseen])))


def _policy(output: OutputPolicy) -> Policy:
    return Policy(models=(), database="sqlite://", audit=AuditPolicy(Path("unused.pem")), output={"client": output},
                  source="policy.yaml")


def _changes(result):
    return {a.check_id: (a.before, a.after) for a in result.report.applied}


@pytest.mark.parametrize("output", [OutputPolicy(mode="label"), OutputPolicy(decimals=1)], ids=["label", "rounded"])
def test_hardening_lowers_membership_auc_and_slows_extraction(split, output):
    model, members, unseen = split
    result = compare(model, unseen, None, _policy(output), reference=members, only=ONLY, params=PARAMS, seed=0)
    changes = _changes(result)
    mia_before, mia_after = changes["privacy.membership-inference"]
    assert mia_before["auc"] > 0.53  # the bare scores leak membership ...
    assert mia_after["auc"] < mia_before["auc"] - 0.01  # ... the hardened answers leak less
    ext_before, ext_after = changes["stealing.extraction"]
    # full probabilities: equation solving copies the model exactly from d + 1 + 8 queries
    assert ext_before["queries_to_90pct_fidelity"] == 39 and ext_before["fidelity@39"] == 1.0
    # labels or rounded scores: no exact copy; the learnt copies need a larger budget for 90% fidelity
    assert "fidelity@39" not in ext_after
    assert ext_after["queries_to_90pct_fidelity"] > ext_before["queries_to_90pct_fidelity"]
    summary = result.report.applied[0].summary
    assert ("labels only" if output.mode == "label" else "rounded to 1 decimals") in summary
    assert result.report.metadata.command == "assess --policy" and result.blocked == 0
    assert result.report.to_dict()["applied"][0]["before"]  # in the JSON report


def test_the_view_answers_as_the_gateway_would(split):
    model, _, unseen = split
    X = unseen.X[:20]
    truth = model.predict_proba(X)
    labels = view(model, OutputPolicy(mode="label")).predict_proba(X)
    assert set(np.unique(labels)) == {0.0, 1.0} and (labels.argmax(1) == truth.argmax(1)).all()
    rounded = view(model, OutputPolicy(decimals=1)).predict_proba(X)
    assert len(np.unique(np.round(rounded, 6))) <= 11 < len(np.unique(truth))  # a coarse grid of scores
    assert np.abs(rounded - truth).max() <= 0.1 and (rounded.argmax(1) == truth.argmax(1)).all()
    assert (view(model, OutputPolicy(mode="probabilities", decimals=None)).predict_proba(X) == truth).all()


class _Refuse:
    """A guard that refuses any batch holding a row whose first feature is above `limit`."""

    id, threat, title = "test.refuse", "evasion", "refuse large inputs"

    def __init__(self, limit: float) -> None:
        self.limit = limit

    def inspect(self, request):
        big = request.rows[:, 0] > self.limit
        return Decision.block(f"{int(big.sum())} row(s) too large", self.id) if big.any() else Decision.allow(self.id)

    def filter(self, response):
        return Decision.allow(self.id)


def test_a_blocking_guard_refuses_like_the_gateway(split):
    model, _, unseen = split
    guarded = view(model, OutputPolicy(), GuardPipeline([_Refuse(20.0)]))
    small = unseen.X[unseen.X[:, 0] <= 20.0][:5]
    assert guarded.predict_proba(small).shape == (5, 2)
    with pytest.raises(Blocked, match="too large"):
        guarded.predict_proba(unseen.X[unseen.X[:, 0] > 20.0][:1])
    assert guarded.blocked == 1 and guarded.query_count == 6


class _CountLimit:
    """A guard that refuses every request once `limit` rows were asked for (an extraction detector's effect)."""

    id, threat, title = "test.count", "model-stealing", "refuse after a number of rows"

    def __init__(self, limit: int) -> None:
        self.limit, self.seen = limit, 0

    def inspect(self, request):
        self.seen += len(request.rows)
        return Decision.block("query budget spent", self.id) if self.seen > self.limit else Decision.allow(self.id)

    def filter(self, response):
        return Decision.allow(self.id)


def test_an_extraction_stopped_by_a_guard_is_measured_up_to_the_refusal(split, monkeypatch):
    model, members, unseen = split
    guard = _CountLimit(45 + 40 + 80)  # the reference answers (30 % of 150 rows), 40 for equations, 80 more
    monkeypatch.setattr(GuardPipeline, "build", staticmethod(lambda *a, **k: GuardPipeline([guard])))
    policy = _policy(OutputPolicy(mode="label"))
    result = compare(model, unseen, None, policy, reference=members, only=("stealing.extraction",),
                     params={"stealing.extraction.budgets": (50, 100, 250)}, seed=0)
    assert not [e for e in result.report.errors if e.subject == "stealing.extraction"]  # measured, not an error
    finding = next(f for f in result.report.findings if f.check_id == "stealing.extraction")
    stopped = finding.evidence.measurements["refused_after_queries"]
    assert stopped is not None and 50 <= stopped <= 80  # labels only: no equations; the learnt copy is stopped
    assert "refused a query after" in finding.description
    before, after = _changes(result)["stealing.extraction"]
    assert "fidelity@250" in before and "fidelity@250" not in after and "fidelity@50" in after


def test_with_clip_validation_rows_outside_the_schema_reach_the_model_clipped(split):
    from modelward.gateway.compare import OPEN
    from modelward.gateway.models import default_schema
    from modelward.gateway.policy import ValidationPolicy

    model, members, unseen = split
    policy = Policy(models=(), database="sqlite://", audit=AuditPolicy(Path("unused.pem")),
                    validation=ValidationPolicy(on_violation="clip"), source="policy.yaml")
    schema = default_schema(policy, members, model)
    far = unseen.X[:10].copy()
    far[:, :5] = -far[:, :5]  # negative sizes: outside every range the members show
    clipped_view = view(model, OPEN, None, schema=schema, on_violation="clip")
    assert (schema.clip(far) != far).any(axis=1).all()
    assert np.abs(model.predict_proba(far) - model.predict_proba(schema.clip(far))).max() > 0.01  # it matters
    np.testing.assert_allclose(clipped_view.predict_proba(far), model.predict_proba(schema.clip(far)), atol=1e-12)
    assert clipped_view.clipped == 10
    passed = view(model, OPEN, None, schema=schema, on_violation="reject")  # not simulated
    np.testing.assert_allclose(passed.predict_proba(far), model.predict_proba(far), atol=1e-12)


def test_headline_keeps_the_attackers_best_figure():
    got = headline("privacy.membership-inference", {"auc.loss": 0.55, "auc.lira": 0.61, "auc_ci95.lira": "[..]",
                                                    "tpr@0.01fpr.loss": 0.02, "tpr@0.01fpr_p.loss": 0.3,
                                                    "member_accuracy": 1.0})
    assert got == {"auc": 0.61, "tpr@0.01fpr": 0.02}
    assert headline("stealing.extraction", {"fidelity@50.labels": 0.9, "fidelity@50.probabilities": 0.97,
                                            "queries_to_90pct_fidelity": 50, "pool_rows": 300}) == \
        {"fidelity@50": 0.97, "queries_to_90pct_fidelity": 50.0}


def test_cli_assess_with_a_policy_reports_without_and_with(tmp_path, model_dir):
    from typer.testing import CliRunner

    from modelward.cli.main import app

    path = write_policy(tmp_path, model_dir, output={"client": {"mode": "label"}})
    data = tmp_path / "unseen.csv"
    with data.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([*NAMES, "target"])
        for x, y in zip(DATA.data[300:], DATA.target[300:], strict=True):
            writer.writerow([*x.tolist(), int(y)])
    result = CliRunner().invoke(app, ["assess", "--model", str(model_dir / "model.joblib"), "--data", str(data),
                                      "--target", "target", "--policy", str(path), "--only", "stealing.extraction",
                                      "--set", "stealing.extraction.budgets=50", "--json", "--fail-on", "critical"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    (applied,) = report["applied"]
    assert applied["check_id"] == "stealing.extraction" and "labels only" in applied["summary"]
    assert applied["before"]["queries_to_90pct_fidelity"] < applied["after"]["queries_to_90pct_fidelity"]
