"""Label-error benchmark: 10% of the labels of scikit-learn's digits and breast_cancer flipped uniformly to
another class; precision/recall/F1 of the flagged rows for modelward and cleanlab, side by side:

- modelward end to end: diverse ensemble (LR, RBF SVM, k-NN, extra trees), 5-fold out-of-fold
  probabilities, confident-learning count, self-confidence ranking, 2 rounds;
- both tools on the *same* out-of-sample probabilities (modelward's first-round ensemble
  probabilities): cleanlab's `find_label_issues` (default: prune_by_noise_rate) against modelward's
  count-and-rank;
- cleanlab end to end: `CleanLearning(StandardScaler + LogisticRegression).find_label_issues(X, y)`,
  its documented default use;
- a reference, not a method: the same ensemble's out-of-fold probabilities trained on the *clean* labels,
  rows ranked by p(given label) and cut at the true number of flips: how far the classes overlap, i.e.
  what a detector that only sees the noisy labels can hope for by ranking probabilities (not a strict
  bound: a noisy-label run can beat it on a seed by chance).

    bench/.venv-data/bin/python bench/data/label_errors.py [--seeds 3] [--rates 0.1] [--data digits,breast_cancer]
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
warnings.filterwarnings("ignore")

GOALS = {"digits": 0.90, "breast_cancer": 0.95}


def flip(y: np.ndarray, rate: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    classes = np.unique(y)
    idx = rng.choice(len(y), round(rate * len(y)), replace=False)
    noisy = y.copy()
    for i in idx:
        noisy[i] = rng.choice(classes[classes != y[i]])
    truth = np.zeros(len(y), dtype=bool)
    truth[idx] = True
    return noisy, truth


def prf(flagged: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    tp = int((flagged & truth).sum())
    p = tp / max(int(flagged.sum()), 1)
    r = tp / max(int(truth.sum()), 1)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def mask(rows: np.ndarray, n: int) -> np.ndarray:
    out = np.zeros(n, dtype=bool)
    out[rows] = True
    return out


def main() -> None:
    import cleanlab
    from cleanlab.classification import CleanLearning
    from cleanlab.filter import find_label_issues
    from sklearn.datasets import load_breast_cancer, load_digits
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from modelward.data.labels import find_label_errors
    from modelward.data.labels.ensemble import estimators, out_of_fold

    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--rates", default="0.1", help="comma-separated shares of flipped labels")
    ap.add_argument("--data", default="digits,breast_cancer")
    args = ap.parse_args()
    loaders = {"digits": load_digits, "breast_cancer": load_breast_cancer}
    print(f"cleanlab {cleanlab.__version__}; uniformly flipped labels; mean over seeds 0..{args.seeds - 1}")
    print(f"{'data':<14}{'flips':>6} {'method':<44}{'precision':>10}{'recall':>8}{'F1':>7}{'seconds':>9}")
    for name, rate in ((n, float(r)) for n in args.data.split(",") for r in args.rates.split(",")):
        X, y = loaders[name](return_X_y=True)
        rows: dict[str, list[tuple[float, float, float, float]]] = {}
        for seed in range(args.seeds):
            noisy, truth = flip(y, rate, np.random.default_rng(seed))
            t = time.perf_counter()
            ours = find_label_errors(X, noisy, seed=seed)
            rows.setdefault("modelward end to end", []).append((*prf(mask(ours.rows, len(y)), truth),
                                                                time.perf_counter() - t))
            P = out_of_fold(X, noisy, len(np.unique(y)), estimators("diverse", seed), 5, seed)
            t = time.perf_counter()
            same = find_label_errors(X, noisy, probabilities=P)
            rows.setdefault("modelward on the same probabilities", []).append(
                (*prf(mask(same.rows, len(y)), truth), time.perf_counter() - t))
            t = time.perf_counter()
            issues = find_label_issues(noisy, P)
            rows.setdefault("cleanlab on the same probabilities", []).append((*prf(issues, truth),
                                                                              time.perf_counter() - t))
            t = time.perf_counter()
            cl = CleanLearning(make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)), seed=seed)
            found = cl.find_label_issues(X, noisy)["is_label_issue"].to_numpy()
            rows.setdefault("cleanlab end to end (CleanLearning, LR)", []).append((*prf(found, truth),
                                                                                    time.perf_counter() - t))
            t = time.perf_counter()
            clean = out_of_fold(X, y, len(np.unique(y)), estimators("diverse", seed), 5, seed)
            doubt = np.argsort(clean[np.arange(len(y)), noisy], kind="stable")[:int(truth.sum())]
            rows.setdefault("reference: clean-trained, true count", []).append(
                (*prf(mask(doubt, len(y)), truth), time.perf_counter() - t))
        for method, values in rows.items():
            p, r, f, s = np.mean(values, axis=0)
            goal = f"  goal F1 >= {GOALS[name]}" if method.startswith("modelward end") else ""
            print(f"{name:<14}{rate:>6.0%} {method:<44}{p:>10.3f}{r:>8.3f}{f:>7.3f}{s:>9.1f}{goal}", flush=True)


if __name__ == "__main__":
    main()
