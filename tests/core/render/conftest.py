"""A realistic report for the renderers: several threats and severities, locations of every kind,
series, skipped, errors, applied mitigations and hostile strings."""

from __future__ import annotations

import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

from modelward.core.findings import Evidence, Finding, Location, Severity
from modelward.core.report import (
    AppliedMitigation,
    ErrorRecord,
    InputRecord,
    Metadata,
    Report,
    Skipped,
)

HOSTILE = "<script>alert(1)</script>"
HOSTILE_TITLE = f"Pickle opcode GLOBAL os.system {HOSTILE}"


def _measured_series():
    """Real numbers: CV accuracy of a logistic regression, and its flip rate under Gaussian noise."""
    import numpy as np

    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    model = LogisticRegression(max_iter=500)
    folds = [round(float(s), 4) for s in cross_val_score(model, X, y, cv=5)]
    model.fit(X, y)
    rng = np.random.default_rng(0)
    base = model.predict(X)
    levels = [0.0, 0.25, 0.5, 1.0, 2.0]
    flips = [round(float((model.predict(X + rng.normal(0, s, X.shape)) != base).mean()), 4) for s in levels]
    return folds, levels, flips


@pytest.fixture(scope="session")
def findings() -> tuple[Finding, ...]:
    folds, levels, flips = _measured_series()
    return (
        Finding(
            "scan.pickle", "supply-chain", Severity.CRITICAL, HOSTILE_TITLE,
            description="The pickle calls os.system when loaded: loading it runs code. [bold red]x[/]",
            location=Location(file="models/model v1.pkl", member="archive/data.pkl", offset=1234),
            evidence=Evidence(method="pickle VM analysis (opcodes read, never executed)",
                              measurements={"opcode": "GLOBAL", "callable": "os.system", "position": 1234},
                              likelihood=5, impact=5, rationale="Code runs on load."),
            mitigations=("artifact-scanning", "safe-serialization"),
        ),
        Finding(
            "validation.stability", "evasion", Severity.HIGH, "Predictions flip under small noise",
            description="Gaussian noise of 0.5 std flips a measurable share of predictions.",
            location=Location(file="data/test.csv"),
            evidence=Evidence(method="Gaussian noise at increasing std, 1 draw per level",
                              measurements={"flip_rate_at_0.5": flips[2], "n_samples": 569, "noisy": True},
                              series={"noise_level_std": levels, "flip_rate": flips},
                              likelihood=4, impact=3),
            mitigations=("adversarial-training", "input-preprocessing", "not-in-catalogue"),
        ),
        Finding(
            "validation.performance", "model-drift", Severity.MEDIUM, "Cross-validation accuracy varies",
            location=Location(file="data/train.csv"),
            evidence=Evidence(method="5-fold cross-validation",
                              measurements={"cv_mean": round(sum(folds) / len(folds), 4), "cv_min": min(folds)},
                              series={"cv_fold_accuracy": folds}),
            mitigations=("model-validation",),
        ),
        Finding(
            "data.pii", "data-leakage", Severity.HIGH, "E-mail addresses in column 'contact'",
            location=Location(file="data/train.csv", row=41, column="contact"),
            evidence=Evidence(method="regex + checksum detectors", measurements={"matches": 37, "rate": 0.065},
                              likelihood=4, impact=4),
            mitigations=("pii-scrubbing",),
        ),
        Finding(
            "stealing.query_budget", "model-stealing", Severity.LOW, "No per-client query limit",
            location=Location(endpoint="https://models.example/v1/predict"),
            evidence=Evidence(method="1000 queries from one client", measurements={"accepted": 1000},
                              series={"latency_ms": [12.0, 11.5, 14.0, 13.25, 12.75]}),
            mitigations=("query-limits",),
        ),
        Finding("bias.parity", "bias", Severity.INFO, "Demographic parity difference within bounds",
                evidence=Evidence(measurements={"dp_diff": 0.021})),
    )


@pytest.fixture(scope="session")
def report(findings) -> Report:
    r = Report(
        metadata=Metadata(
            tool_version="0.1.0", command="assess", created="2026-11-02T10:00:00+00:00",
            subject=f"credit-model {HOSTILE}",
            inputs=(InputRecord("models/model v1.pkl", "a" * 64, "model"),
                    InputRecord("data/test.csv", "b" * 64, "data")),
        ),
        findings=findings,
        skipped=(Skipped("models/weights.bin", f"unknown format {HOSTILE}"),),
        errors=(ErrorRecord("privacy.membership", "adapter failed: predict_proba returned NaN"),),
        applied=(AppliedMitigation("adversarial-training", "evasion", "PGD adversarial training, eps=0.1",
                                   "validation.stability", {"flip_rate": 0.31}, {"flip_rate": 0.07}),),
    )
    # Report.to_dict writes findings worst first; store them in that order so JSON round-trips equal.
    return Report(r.metadata, r.sorted_findings(), r.skipped, r.errors, r.applied)


@pytest.fixture(scope="session")
def empty_report() -> Report:
    return Report(Metadata(tool_version="0.1.0", command="scan", created="2026-11-02T10:00:00+00:00"))


@pytest.fixture(scope="session")
def hostile() -> str:
    return HOSTILE


@pytest.fixture(scope="session")
def hostile_title() -> str:
    return HOSTILE_TITLE
