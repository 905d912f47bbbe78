"""Fairness benchmark, Fairlearn 0.15 side by side (bench/.venv-explain):

    .venv/bin/python bench/explain/fairness.py [--tasks 5] [--no-anchors] [--repeats 10] [--bound-rows 1000000]

1. Group metrics: selection rate, TPR, FPR and accuracy per group, demographic-parity and equalised-odds
   differences, on 20 random cases (2-5 groups, 200-5000 rows) and the 5 tasks below, against MetricFrame:
   the largest absolute difference.
2. Mitigations on 5 generated biased tasks (`generate.biased`: 20000 fitting rows, half for the model,
   half for the mitigation; 20000 test rows): a gradient-boosting model (it does not see the group), then
   group thresholds for demographic parity (target gap 0.02) and for equalised odds (0.03). Ours: the
   score recalibrated per group on the model's score and the features (cross-fitted on the mitigation
   rows), then the LP over the groups' ROC hulls with the slack the sampling error leaves (`safe_slack`;
   none at these sizes); also the same LP on the model's own score. Fairlearn: ThresholdOptimizer on the
   model's score and on our recalibrated score, same rows. A logistic model refitted under the
   constraint (ours: the reductions fit; Fairlearn: ExponentiatedGradient, eps 0.01) and reweighing.
   Measured on the test rows with decisions drawn from the randomised rules (seed: the task's): the gaps
   and the accuracy, against the unmitigated model's and against the Bayes-optimal accuracy.
   "Ours beats X" on a task: on the same test rows, ours meets the target gap and X does not, or both
   meet it and ours is more accurate.
3. Bounds: the task's true posterior P(y | x, group) (the parameters `generate.biased_truth` drew) on `--bound-rows`
   fresh rows: the Bayes-optimal accuracy, and the best accuracy of any classifier of (x, group) at
   exact parity and at the target gap, hence the least accuracy loss any method must pay; likewise for
   classifiers of x alone (100000 rows), the bound for reweighing and the reductions fit.
4. Ours again on `--repeats` fresh random splits of each task's rows: how often the target is met.
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


TARGETS = {"dp": 0.02, "eo": 0.03}
CRITERIA = (("demographic-parity", "dp"), ("equalised-odds", "eo"))


def mitigate(task: Any, seed: int, ours_only: bool = False) -> tuple[dict[str, dict[str, float]],
                                                                     dict[str, np.ndarray]]:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    from modelward.explain.fairness.check import measure
    from modelward.explain.fairness.recalibration import recalibrate
    from modelward.explain.fairness.reductions import exponentiated_gradient
    from modelward.explain.fairness.reweighing import reweighing_weights
    from modelward.explain.fairness.thresholds import fit_thresholds, safe_slack

    half = len(task.y) // 2
    X_model, y_model = task.X[:half], task.y[:half]
    X_fit, y_fit, s_fit = task.X[half:], task.y[half:], task.sensitive[half:].astype(str)
    X_test, y_test, s_test = task.X_test, task.y_test, task.sensitive_test.astype(str)
    gbm = HistGradientBoostingClassifier(random_state=0).fit(X_model, y_model)
    score_fit, score_test = gbm.predict_proba(X_fit)[:, 1], gbm.predict_proba(X_test)[:, 1]
    rng = np.random.default_rng(seed)
    out = {"model": measure(y_test, (score_test >= 0.5).astype(int), s_test)}
    # ours: the score refitted per group on the model's score and the features (cross-fitted on the
    # fitting rows), then the LP thresholds with the slack the fitting and test rows' sampling error leaves
    recal = recalibrate(score_fit, X_fit, y_fit, s_fit, seed=seed)
    recal_fit, recal_test = recal.out_of_fold, recal.score(score_test, X_test, s_test)
    out["recalibrated"] = measure(y_test, (recal_test >= 0.5).astype(int), s_test)
    for criterion, key in CRITERIA:
        slack, se = safe_slack(TARGETS[key], recal_fit, y_fit, s_fit, criterion, test_rows=len(y_test))
        rules = fit_thresholds(recal_fit, y_fit, s_fit, criterion, slack)
        out[f"thresholds/{key}"] = measure(y_test, rules.decide(recal_test, s_test, rng), s_test) | {
            "slack": slack, "gap_standard_error": se}
        if ours_only:
            continue
        # the same LP on the model's own score, beside ThresholdOptimizer on that score
        rules = fit_thresholds(score_fit, y_fit, s_fit, criterion)
        out[f"thresholds-model-score/{key}"] = measure(y_test, rules.decide(score_test, s_test, rng), s_test)
    if ours_only:
        return out, {}
    mean, sd = task.X[:half].mean(axis=0), task.X[:half].std(axis=0)
    Xs_fit, Xs_test = (X_fit - mean) / sd, (X_test - mean) / sd
    lr = LogisticRegression(max_iter=500).fit(Xs_fit, y_fit)
    out["logistic"] = measure(y_test, lr.predict(Xs_test), s_test)
    w = reweighing_weights(y_fit, s_fit)
    out["reweighing"] = measure(y_test, LogisticRegression(max_iter=500).fit(Xs_fit, y_fit, sample_weight=w)
                                .predict(Xs_test), s_test)

    def fit(X: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> Any:
        return LogisticRegression(max_iter=500).fit(X, labels, sample_weight=weights)

    for criterion, key in CRITERIA:
        mixture = exponentiated_gradient(fit, Xs_fit, y_fit, s_fit, criterion, eps=0.01)
        q = mixture.probability(Xs_test)
        out[f"reductions/{key}"] = measure(y_test, (rng.random(len(q)) < q).astype(int), s_test)
    arrays = {"score_fit": score_fit, "score_test": score_test, "recal_fit": recal_fit, "recal_test": recal_test,
              "y_fit": y_fit, "y_test": y_test, "s_fit": s_fit, "s_test": s_test, "Xs_fit": Xs_fit,
              "Xs_test": Xs_test}
    return out, arrays


def repeats(task: Any, seed: int, count: int) -> dict[str, list[dict[str, float]]]:
    """Ours (recalibration + LP thresholds) on `count` fresh random splits of the task's 40000 rows
    (10000 model, 10000 mitigation, 20000 test), to see how often the single split's verdict holds."""
    from dataclasses import replace

    X = np.vstack([task.X, task.X_test])
    y = np.concatenate([task.y, task.y_test])
    s = np.concatenate([task.sensitive, task.sensitive_test])
    n = len(task.y)
    out: dict[str, list[dict[str, float]]] = {}
    for r in range(count):
        order = np.random.default_rng([seed, r, 7]).permutation(len(y))
        fit, test = order[:n], order[n:]
        split = replace(task, X=X[fit], y=y[fit], sensitive=s[fit], X_test=X[test], y_test=y[test],
                        sensitive_test=s[test])
        result, _ = mitigate(split, seed, ours_only=True)
        for key in TARGETS:
            row = result[f"thresholds/{key}"] | {"model_accuracy": result["model"]["accuracy"]}
            out.setdefault(key, []).append(row)
    return out


def bayes(seed: int, task: Any, rows: int) -> dict[str, float]:
    """The task's Bayes-optimal accuracy and the best accuracy any classifier of (x, group) reaches under
    each criterion (exact parity, and the target's gap), on `rows` fresh rows of its distribution; and the
    Bayes classifier's accuracy on the test rows themselves."""
    from modelward.explain.fairness.bounds import (
        biased_truth,
        population_bounds,
        population_bounds_without_group,
    )

    truth, *_ = biased_truth(seed)
    bounds = population_bounds(truth, (("demographic-parity", 0.0), ("demographic-parity", TARGETS["dp"]),
                                       ("equalised-odds", 0.0), ("equalised-odds", TARGETS["eo"])), n=rows)
    blind = population_bounds_without_group(truth, (("demographic-parity", TARGETS["dp"]),
                                                    ("equalised-odds", TARGETS["eo"])), n=min(rows, 100_000))
    p = truth.posterior(task.X_test, task.sensitive_test)
    return {"bayes": bounds[0].unconstrained, "bayes_on_test": float(np.mean((p >= 0.5) == task.y_test)),
            "dp_exact": bounds[0].constrained, "dp_target": bounds[1].constrained,
            "eo_exact": bounds[2].constrained, "eo_target": bounds[3].constrained,
            "blind_bayes": blind[0].unconstrained, "blind_dp_target": blind[0].constrained,
            "blind_eo_target": blind[1].constrained}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=5)
    ap.add_argument("--no-anchors", action="store_true")
    ap.add_argument("--repeats", type=int, default=10, help="fresh random splits per task for ours (0: none)")
    ap.add_argument("--bound-rows", type=int, default=1_000_000, help="fresh rows per task for the Bayes bounds")
    args = ap.parse_args()

    from modelward.explain import generate as G
    from modelward.explain.fairness.inference import gap_tests

    cases = metric_cases()
    ours = [ours_metrics(*c) for c in cases]
    tasks, exchange, bounds, again = {}, {}, {}, {}
    for seed in range(args.tasks):
        task = G.biased(seed)
        result, arrays = mitigate(task, seed)
        tasks[f"task_{seed}"], exchange[f"task_{seed}"] = result, arrays
        bounds[f"task_{seed}"] = bayes(seed, task, args.bound_rows)
        if args.repeats:
            again[f"task_{seed}"] = repeats(task, seed, args.repeats)
    y0, p0, s0 = cases[0]
    dp, _ = gap_tests(y0, p0, s0, n_boot=1000, n_perm=1000)
    report: dict[str, Any] = {"tasks": tasks, "bounds": bounds, "repeats": again,
                              "bootstrap": {"ours_signed_interval": dp.interval, "ours_groups": [dp.high, dp.low],
                                            "p_value": dp.p_value}}
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


def beats(ours: dict[str, float], theirs: dict[str, float], key: str) -> bool:
    """Ours beats theirs on a task and criterion when, on the same test rows (decisions drawn with the same
    seed), ours meets the target gap and theirs does not, or both meet it and ours is more accurate."""
    gap = f"{key}_difference"
    if ours[gap] > TARGETS[key]:
        return False
    return theirs[gap] > TARGETS[key] or ours["accuracy"] > theirs["accuracy"]


def print_table(report: dict[str, Any]) -> None:
    if "metrics_max_abs_difference_vs_metricframe" in report:
        print(f"\ngroup metrics vs MetricFrame: largest |difference| "
              f"{report['metrics_max_abs_difference_vs_metricframe']:.2e} over 20 cases")
    print(f"\n{'task / method':44} {'DPD':>7} {'EOD':>7} {'accuracy':>9} {'loss (pts)':>10} {'vs Bayes':>9}")
    for name, rows in report["tasks"].items():
        bayes_accuracy = report["bounds"][name]["bayes"]
        for method, m in rows.items():
            base = rows["logistic" if method.startswith(("reductions", "ExponentiatedGradient", "reweighing"))
                        else "model"]["accuracy"]
            print(f"{name + ' ' + method:44} {m['dp_difference']:7.3f} {m['eo_difference']:7.3f} "
                  f"{m['accuracy']:9.4f} {100 * (base - m['accuracy']):10.2f} "
                  f"{100 * (bayes_accuracy - m['accuracy']):9.2f}")
    print("\nThe goal, per task and criterion (gap on the test rows; loss in accuracy points against the "
          "unmitigated model, and against the Bayes-optimal unconstrained accuracy). Bound: the least loss any "
          "classifier of (x, group) must pay to reach the target gap (and exact parity) in the population.")
    print(f"{'task':7} {'':3} {'model acc':>9} {'Bayes':>7} | {'ours gap':>8} {'loss':>6} {'vsBayes':>7} | "
          f"{'TO gap':>7} {'loss':>6} {'vsBayes':>7} | {'TO(recal)':>9} {'loss':>6} | "
          f"{'bound: vs model':>15} {'vs Bayes':>8} {'exact: vs model':>15} {'vs Bayes':>8}")
    wins: dict[str, dict[str, int]] = {}
    met: dict[str, int] = {}
    for name, rows in report["tasks"].items():
        b = report["bounds"][name]
        model = rows["model"]["accuracy"]
        for key in TARGETS:
            ours = rows[f"thresholds/{key}"]
            gap = f"{key}_difference"
            line = (f"{name:7} {key:3} {model:9.4f} {b['bayes']:7.4f} | {ours[gap]:8.3f} "
                    f"{100 * (model - ours['accuracy']):6.2f} {100 * (b['bayes'] - ours['accuracy']):7.2f} | ")
            ok = ours[gap] <= TARGETS[key] and model - ours["accuracy"] <= 0.01
            met[key] = met.get(key, 0) + ok
            for other in ("ThresholdOptimizer", "ThresholdOptimizer+recal"):
                theirs = rows.get(f"{other}/{key}")
                if theirs is None:
                    line += (f"{'-':>7} {'-':>6} {'-':>7} | " if other == "ThresholdOptimizer"
                             else f"{'-':>9} {'-':>6} | ")
                    continue
                won = beats(ours, theirs, key)
                wins.setdefault(other, {}).setdefault(key, 0)
                wins[other][key] += won
                if other == "ThresholdOptimizer":
                    line += (f"{theirs[gap]:7.3f} {100 * (model - theirs['accuracy']):6.2f} "
                             f"{100 * (b['bayes'] - theirs['accuracy']):7.2f} | ")
                else:
                    line += f"{theirs[gap]:9.3f} {100 * (model - theirs['accuracy']):6.2f} | "
            line += (f"{100 * (model - b[f'{key}_target']):15.2f} {100 * (b['bayes'] - b[f'{key}_target']):8.2f} "
                     f"{100 * (model - b[f'{key}_exact']):15.2f} {100 * (b['bayes'] - b[f'{key}_exact']):8.2f}")
            print(line)
    if report.get("repeats"):
        print("\nOurs on fresh random splits of each task's rows: share of splits meeting the target gap, "
              "and the target gap with loss <= 1 point; mean gap and loss")
        for name, by_key in report["repeats"].items():
            for key, runs in by_key.items():
                gaps = np.array([r[f"{key}_difference"] for r in runs])
                loss = 100 * np.array([r["model_accuracy"] - r["accuracy"] for r in runs])
                meets = gaps <= TARGETS[key]
                print(f"{name:7} {key:3} {len(runs):3} splits: gap <= {TARGETS[key]} in {np.mean(meets):.0%}"
                      f", goal in {np.mean((gaps <= TARGETS[key]) & (loss <= 1)):.0%}; mean gap {gaps.mean():.3f} "
                      f"(max {gaps.max():.3f}), mean loss {loss.mean():.2f} (max {loss.max():.2f})")
    print("\nWithout the group at decision time (reweighing, reductions: classifiers of x alone), against the "
          "logistic model; bound: the least loss of any classifier of x alone at the target gap.")
    print(f"{'task':7} {'':3} {'logistic':>8} {'Bayes(x)':>8} | {'reductions gap':>14} {'loss':>6} | "
          f"{'ExpGrad gap':>11} {'loss':>6} | {'bound: vs logistic':>18} {'vs Bayes(x)':>11}")
    for name, rows in report["tasks"].items():
        b = report["bounds"][name]
        base = rows["logistic"]["accuracy"]
        for key in TARGETS:
            gap = f"{key}_difference"
            ours, theirs = rows[f"reductions/{key}"], rows.get(f"ExponentiatedGradient/{key}")
            line = f"{name:7} {key:3} {base:8.4f} {b['blind_bayes']:8.4f} | {ours[gap]:14.3f} " \
                   f"{100 * (base - ours['accuracy']):6.2f} | "
            line += (f"{theirs[gap]:11.3f} {100 * (base - theirs['accuracy']):6.2f} | " if theirs
                     else f"{'-':>11} {'-':>6} | ")
            line += (f"{100 * (base - b[f'blind_{key}_target']):18.2f} "
                     f"{100 * (b['blind_bayes'] - b[f'blind_{key}_target']):11.2f}")
            print(line)
    n = len(report["tasks"])
    for key in TARGETS:
        print(f"{key}: gap <= {TARGETS[key]} with loss <= 1 point (vs the model) on {met[key]} of {n} tasks")
        for other, counts in wins.items():
            print(f"  ours beats {other} (meets the target, and more accurate or it misses) on "
                  f"{counts[key]} of {n}")


if __name__ == "__main__":
    main()
