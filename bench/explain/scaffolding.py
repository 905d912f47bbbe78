"""Scaffolding audit: Slack-style scaffolded models (a random-forest detector trained on KernelSHAP-like
hybrids and LIME-like noisy copies; on rows it takes for real the model decides by a sensitive column, on
the rest by an innocuous one) against honest models of four families fitted on the same generated tables.

    .venv/bin/python bench/explain/scaffolding.py [--seeds 8]

Measured: scaffolds flagged (recall), honest models flagged (false flags), and the largest fall of each.
"""

from __future__ import annotations

import argparse
import time
import warnings

import numpy as np

warnings.filterwarnings("ignore")


def honest(family: str, X: np.ndarray, y: np.ndarray, seed: int) -> object:
    from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return {"hist-gbm": lambda: HistGradientBoostingClassifier(random_state=seed),
            "random-forest": lambda: RandomForestClassifier(n_estimators=100, random_state=seed, n_jobs=1),
            "logistic": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)),
            "mlp": lambda: make_pipeline(StandardScaler(), MLPClassifier((64,), max_iter=400, random_state=seed)),
            }[family]().fit(X, y)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=8)
    args = ap.parse_args()

    from modelward.core.adapters.callable import CallableAdapter
    from modelward.core.adapters.sklearn import SklearnAdapter
    from modelward.explain import generate as G
    from modelward.explain.audits.scaffolding import audit_scaffolding

    t0 = time.perf_counter()
    scaffolds, clean = [], []
    for seed in range(args.seeds):
        task = G.with_sensitive(G.tabular(seed), seed, in_features=True)
        s = task.feature_names.index("sensitive")
        predict_proba, _ = G.scaffolded(task.X, s, 0 if s else 1, seed)
        X = task.X[:1000]
        a = audit_scaffolding(CallableAdapter(predict_proba, classes=[0, 1], name="scaffold"), X, seed=seed)
        scaffolds.append(a)
        print(f"seed {seed} scaffold: flagged {a.suspected} gap {a.gap:.3f} ({a.query}), fidelity {a.fidelity:.3f}",
              flush=True)
        for family in ("hist-gbm", "random-forest", "logistic", "mlp"):
            h = audit_scaffolding(SklearnAdapter(honest(family, task.X, task.y, seed)), X, seed=seed)
            clean.append(h)
            print(f"        {family}: flagged {h.suspected} gap {h.gap:.3f}", flush=True)
    print(f"\nscaffolds flagged {sum(a.suspected for a in scaffolds)} of {len(scaffolds)} (smallest fall "
          f"{min(a.gap for a in scaffolds):.3f}); honest models flagged {sum(a.suspected for a in clean)} of "
          f"{len(clean)} (largest fall {max(a.gap for a in clean):.3f}); {time.perf_counter() - t0:.0f}s")


if __name__ == "__main__":
    main()
