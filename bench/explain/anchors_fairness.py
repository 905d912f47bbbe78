"""The anchors of bench/explain/fairness.py, run in bench/.venv-explain (Fairlearn 0.15):

    bench/.venv-explain/bin/python bench/explain/anchors_fairness.py IN_DIR

metrics.npz: arrays whose group metrics Fairlearn's MetricFrame computes; task_*.npz: a biased task (the
same fitting and test rows, the model's scores and our recalibrated scores) for ThresholdOptimizer (on
each score) and ExponentiatedGradient. Prints
one JSON line.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import numpy as np

warnings.filterwarnings("ignore")


def _scores_estimator():  # type: ignore[no-untyped-def]
    from sklearn.base import BaseEstimator, ClassifierMixin

    class Scores(ClassifierMixin, BaseEstimator):
        """A prefit "estimator" whose input is the model's score: ThresholdOptimizer post-processes it."""

        def __init__(self) -> None:
            self.fitted_ = True
            self.classes_ = np.array([0, 1])

        def fit(self, X, y):  # type: ignore[no-untyped-def]
            return self

        def predict_proba(self, X):  # type: ignore[no-untyped-def]
            s = np.asarray(X)[:, 0]
            return np.column_stack([1 - s, s])

        def predict(self, X):  # type: ignore[no-untyped-def]
            return (np.asarray(X)[:, 0] >= 0.5).astype(int)

    return Scores()


def _gaps(y, pred, s):  # type: ignore[no-untyped-def]
    from fairlearn.metrics import demographic_parity_difference, equalized_odds_difference

    return {"dp_difference": float(demographic_parity_difference(y, pred, sensitive_features=s)),
            "eo_difference": float(equalized_odds_difference(y, pred, sensitive_features=s)),
            "accuracy": float(np.mean(pred == y))}


def main() -> None:
    from fairlearn.metrics import (
        MetricFrame,
        demographic_parity_difference,
        equalized_odds_difference,
        false_positive_rate,
        selection_rate,
        true_positive_rate,
    )
    from fairlearn.postprocessing import ThresholdOptimizer
    from fairlearn.reductions import DemographicParity, EqualizedOdds, ExponentiatedGradient
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score

    src = Path(sys.argv[1])
    out: dict[str, object] = {}
    m = np.load(src / "metrics.npz", allow_pickle=False)
    frames = []
    for k in range(int(m["cases"])):
        y, pred, s = m[f"y{k}"], m[f"pred{k}"], m[f"s{k}"]
        mf = MetricFrame(metrics={"selection_rate": selection_rate, "tpr": true_positive_rate,
                                  "fpr": false_positive_rate, "accuracy": accuracy_score},
                         y_true=y, y_pred=pred, sensitive_features=s)
        by_group = {str(g): {c: float(v) for c, v in row.items()} for g, row in mf.by_group.iterrows()}
        frames.append({"by_group": by_group,
                       "dp": float(demographic_parity_difference(y, pred, sensitive_features=s)),
                       "eo": float(equalized_odds_difference(y, pred, sensitive_features=s))})
    out["metrics"] = frames
    boot = MetricFrame(metrics={"selection_rate": selection_rate}, y_true=m["y0"], y_pred=m["pred0"],
                       sensitive_features=m["s0"], n_boot=1000, ci_quantiles=[0.025, 0.975], random_state=0)
    out["bootstrap_difference"] = [float(q["selection_rate"]) for q in boot.difference_ci()]
    tasks = {}
    for path in sorted(src.glob("task_*.npz")):
        d = np.load(path, allow_pickle=False)
        row = {}
        for constraint, key in (("demographic_parity", "dp"), ("equalized_odds", "eo")):
            for name, scores in (("ThresholdOptimizer", "score"), ("ThresholdOptimizer+recal", "recal")):
                if f"{scores}_fit" not in d:
                    continue
                opt = ThresholdOptimizer(estimator=_scores_estimator(), constraints=constraint, prefit=True,
                                         predict_method="predict_proba")
                opt.fit(d[f"{scores}_fit"][:, None], d["y_fit"], sensitive_features=d["s_fit"])
                pred = opt.predict(d[f"{scores}_test"][:, None], sensitive_features=d["s_test"], random_state=0)
                row[f"{name}/{key}"] = _gaps(d["y_test"], pred, d["s_test"])
            moment = DemographicParity() if key == "dp" else EqualizedOdds()
            eg = ExponentiatedGradient(LogisticRegression(max_iter=500), moment, eps=0.01)
            eg.fit(d["Xs_fit"], d["y_fit"], sensitive_features=d["s_fit"])
            pred = eg.predict(d["Xs_test"], random_state=0)
            row[f"ExponentiatedGradient/{key}"] = _gaps(d["y_test"], pred, d["s_test"])
        tasks[path.stem] = row
    out["tasks"] = tasks
    print(json.dumps(out))


if __name__ == "__main__":
    main()
