"""Fairness benchmark, Fairlearn 0.15 side by side (bench/.venv-explain):

    .venv/bin/python bench/explain/fairness.py [--tasks 5] [--no-anchors]

1. Group metrics: selection rate, TPR, FPR and accuracy per group, demographic-parity and equalised-odds
   differences, on 20 random cases (2-5 groups, 200-5000 rows) and the 5 tasks below, against MetricFrame:
   the largest absolute difference.
2. Mitigations on 5 generated biased tasks (`generate.biased`: 20000 fitting rows, half for the model,
   half for the mitigation; 20000 test rows): a gradient-boosting model, then group thresholds for
   demographic parity and for equalised odds (Fairlearn: ThresholdOptimizer on the same scores and rows);
   a logistic model refitted under the constraint (ours: the reductions fit; Fairlearn: ExponentiatedGradient,
   eps 0.01) and reweighing. Measured on the test rows with decisions drawn from the randomised rules
   (seed 0): the gaps and the accuracy, against the unmitigated model's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
VENV = HERE.parent / ".venv-explain" / "bin" / "python"


def metric_cases(n: int = 20) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(0)
    out = []
    for _ in range(n):
        rows, k = int(rng.integers(200, 5000)), int(rng.integers(2, 6))
        s = rng.integers(0, k, rows)
        y = (rng.random(rows) < rng.uniform(0.1, 0.9, k)[s]).astype(int)
        pred = np.where(rng.random(rows) < rng.uniform(0.6, 0.95, k)[s], y, 1 - y)
        out.append((y, pred, s))
    return out


def ours_metrics(y: np.ndarray, pred: np.ndarray, s: np.ndarray) -> dict[str, Any]:
    from modelward.explain.fairness.metrics import cells, differences, group_rates

    groups, _ = group_rates(y, pred, s.astype(str))
    names, index = np.unique(s.astype(str), return_inverse=True)
    d = differences(cells(y, pred, index, len(names)))
    return {"by_group": {g.group: {"selection_rate": g.selection_rate, "tpr": g.tpr, "fpr": g.fpr,
                                   "accuracy": g.accuracy} for g in groups},
            "dp": float(d["dp"]), "eo": float(d["eo"])}


def mitigate(task: Any, seed: int) -> tuple[dict[str, dict[str, float]], dict[str, np.ndarray]]:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    from modelward.explain.fairness.check import measure
    from modelward.explain.fairness.reductions import exponentiated_gradient
    from modelward.explain.fairness.reweighing import reweighing_weights
    from modelward.explain.fairness.thresholds import fit_thresholds

    half = len(task.y) // 2
    X_model, y_model = task.X[:half], task.y[:half]
    X_fit, y_fit, s_fit = task.X[half:], task.y[half:], task.sensitive[half:].astype(str)
    X_test, y_test, s_test = task.X_test, task.y_test, task.sensitive_test.astype(str)
    gbm = HistGradientBoostingClassifier(random_state=0).fit(X_model, y_model)
    score_fit, score_test = gbm.predict_proba(X_fit)[:, 1], gbm.predict_proba(X_test)[:, 1]
    rng = np.random.default_rng(seed)
    out = {"model": measure(y_test, (score_test >= 0.5).astype(int), s_test)}
    for criterion, key in (("demographic-parity", "dp"), ("equalised-odds", "eo")):
        rules = fit_thresholds(score_fit, y_fit, s_fit, criterion)
        out[f"thresholds/{key}"] = measure(y_test, rules.decide(score_test, s_test, rng), s_test)
    mean, sd = task.X[:half].mean(axis=0), task.X[:half].std(axis=0)
    Xs_fit, Xs_test = (X_fit - mean) / sd, (X_test - mean) / sd
    lr = LogisticRegression(max_iter=500).fit(Xs_fit, y_fit)
    out["logistic"] = measure(y_test, lr.predict(Xs_test), s_test)
    w = reweighing_weights(y_fit, s_fit)
    out["reweighing"] = measure(y_test, LogisticRegression(max_iter=500).fit(Xs_fit, y_fit, sample_weight=w)
                                .predict(Xs_test), s_test)

    def fit(X: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> Any:
        return LogisticRegression(max_iter=500).fit(X, labels, sample_weight=weights)

    for criterion, key in (("demographic-parity", "dp"), ("equalised-odds", "eo")):
        mixture = exponentiated_gradient(fit, Xs_fit, y_fit, s_fit, criterion, eps=0.01)
        q = mixture.probability(Xs_test)
        out[f"reductions/{key}"] = measure(y_test, (rng.random(len(q)) < q).astype(int), s_test)
    arrays = {"score_fit": score_fit, "score_test": score_test, "y_fit": y_fit, "y_test": y_test,
              "s_fit": s_fit, "s_test": s_test, "Xs_fit": Xs_fit, "Xs_test": Xs_test}
    return out, arrays


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=5)
    ap.add_argument("--no-anchors", action="store_true")
    args = ap.parse_args()

    from modelward.explain import generate as G
    from modelward.explain.fairness.inference import gap_tests

    cases = metric_cases()
    ours = [ours_metrics(*c) for c in cases]
    tasks, exchange = {}, {}
    for seed in range(args.tasks):
        result, arrays = mitigate(G.biased(seed), seed)
        tasks[f"task_{seed}"], exchange[f"task_{seed}"] = result, arrays
    y0, p0, s0 = cases[0]
    dp, _ = gap_tests(y0, p0, s0, n_boot=1000, n_perm=1000)
    report: dict[str, Any] = {"tasks": tasks, "bootstrap": {"ours_signed_interval": dp.interval,
                                                           "ours_groups": [dp.high, dp.low], "p_value": dp.p_value}}
    if not args.no_anchors and VENV.exists():
        with tempfile.TemporaryDirectory() as tmp:
            flat = {"cases": np.array(len(cases))}
            for k, (y, p, s) in enumerate(cases):
                flat |= {f"y{k}": y, f"pred{k}": p, f"s{k}": s}
            np.savez(Path(tmp) / "metrics.npz", **flat)
            for name, arrays in exchange.items():
                np.savez(Path(tmp) / f"{name}.npz", **arrays)
            run = subprocess.run([str(VENV), str(HERE / "anchors_fairness.py"), tmp], capture_output=True, text=True,
                                 timeout=7200)
            if run.returncode != 0:
                raise SystemExit(f"anchors failed:\n{run.stderr[-3000:]}")
            anchors = json.loads(run.stdout.strip().splitlines()[-1])
        worst = 0.0
        for mine, theirs in zip(ours, anchors["metrics"], strict=True):
            for g, row in mine["by_group"].items():
                worst = max(worst, *(abs(row[c] - theirs["by_group"][g][c]) for c in row))
            worst = max(worst, abs(mine["dp"] - theirs["dp"]), abs(mine["eo"] - theirs["eo"]))
        report["metrics_max_abs_difference_vs_metricframe"] = worst
        report["bootstrap"]["fairlearn_difference_ci"] = anchors["bootstrap_difference"]
        for name, row in anchors["tasks"].items():
            tasks[name] |= row
    print(json.dumps(report, indent=1, default=float))
    print_table(report)


def print_table(report: dict[str, Any]) -> None:
    if "metrics_max_abs_difference_vs_metricframe" in report:
        print(f"\ngroup metrics vs MetricFrame: largest |difference| "
              f"{report['metrics_max_abs_difference_vs_metricframe']:.2e} over 20 cases")
    print(f"\n{'task / method':36} {'DPD':>7} {'EOD':>7} {'accuracy':>9} {'loss (pts)':>10}")
    for name, rows in report["tasks"].items():
        for method, m in rows.items():
            base = rows["logistic" if method.startswith(("reductions", "ExponentiatedGradient", "reweighing"))
                        else "model"]["accuracy"]
            print(f"{name + ' ' + method:36} {m['dp_difference']:7.3f} {m['eo_difference']:7.3f} "
                  f"{m['accuracy']:9.4f} {100 * (base - m['accuracy']):10.2f}")


if __name__ == "__main__":
    main()
