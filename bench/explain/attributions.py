"""Attribution benchmark: speed and exactness of modelward's tree attributions, speed, accuracy and
stability of its model-agnostic estimator; SHAP 0.51 and LIME run side by side on the same models and
rows (bench/.venv-explain, see README.md).

    .venv/bin/python bench/explain/attributions.py [--rows 1000] [--explained 100] [--no-anchors]

Data: make_classification, 30 features (10 informative), 5000 training rows. Tree models of 100 trees:
scikit-learn GradientBoosting (depth 3), RandomForest (depth 8), HistGradientBoosting, XGBoost (depth 6),
LightGBM (31 leaves). Exactness: largest |difference| to shap.TreeExplainer's path-dependent values.
Model-agnostic: the GradientBoosting model as a black box, p(class 1), a background of 10 k-means
centres (equal weights, the same for every tool); accuracy against the exact interventional values
(shap.TreeExplainer with that background, which can read the trees); stability: top-5 Jaccard over 5 seeds.
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
VENV = HERE.parent / ".venv-explain" / "bin" / "python"
SEEDS, K = 5, 5


def models(X: np.ndarray, y: np.ndarray) -> dict[str, object]:
    import lightgbm
    import xgboost
    from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier, RandomForestClassifier

    return {
        "sklearn-gbm": GradientBoostingClassifier(n_estimators=100, max_depth=3, random_state=0).fit(X, y),
        "random-forest": RandomForestClassifier(n_estimators=100, max_depth=8, random_state=0, n_jobs=1).fit(X, y),
        "hist-gbm": HistGradientBoostingClassifier(max_iter=100, early_stopping=False, random_state=0).fit(X, y),
        "xgboost": xgboost.XGBClassifier(n_estimators=100, max_depth=6, n_jobs=1).fit(X, y),
        "lightgbm": lightgbm.LGBMClassifier(n_estimators=100, verbose=-1, n_jobs=1).fit(X, y),
    }


def best_of(fn, repeats: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def jaccard(tops: list[np.ndarray]) -> np.ndarray:
    from modelward.explain.quality import topk_jaccard

    return topk_jaccard([np.asarray(t) for t in tops])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--explained", type=int, default=100)
    ap.add_argument("--budget", type=int, default=512)
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--no-anchors", action="store_true")
    args = ap.parse_args()

    from sklearn.datasets import make_classification

    from modelward.explain.background import Background, summarise
    from modelward.explain.sampling import kernel_shap
    from modelward.explain.trees import TreeShap, read_trees

    X, y = make_classification(6000, 30, n_informative=10, n_redundant=5, random_state=0)
    X_train, rows = X[:5000], X[5000:5000 + args.rows]
    explained = rows[:args.explained]
    fitted = models(X_train, y[:5000])
    ours: dict[str, dict[str, float]] = {}
    values: dict[str, np.ndarray] = {}
    for name, model in fitted.items():
        t = time.perf_counter()
        explainer = TreeShap(read_trees(model, X_train))
        build = time.perf_counter() - t
        values[name] = explainer.values(rows)
        seconds = best_of(lambda e=explainer: e.values(rows))
        gap = float(np.abs(values[name].sum(axis=1) + explainer.expected - explainer.ensemble.raw(rows)).max())
        ours[name] = {"ms_per_row": 1000 * seconds / len(rows), "build_s": build, "paths": explainer.n_paths,
                      "additivity_gap": gap}
    gbm = fitted["sklearn-gbm"]
    summary = summarise(X_train, 10, seed=0)
    bg = Background(summary.points, np.full(10, 0.1), "10 k-means centres, equal weights")

    def score(Z: np.ndarray) -> np.ndarray:
        return gbm.predict_proba(Z)[:, 1:]

    runs, times = [], []
    for seed in range(SEEDS):
        t = time.perf_counter()
        runs.append(kernel_shap(score, explained, bg, budget=args.budget, seed=seed, top_k=K, max_rounds=args.rounds))
        times.append(time.perf_counter() - t)
    sampled = np.stack([r.values[:, :, 0] for r in runs])
    agnostic = {"ms_per_row": 1000 * float(np.median(times)) / len(explained), "budget": args.budget,
                "max_rounds": args.rounds, "coalitions": int(np.mean([r.coalitions for r in runs])),
                "model_rows_per_row": int(np.mean([r.coalitions for r in runs])) * 10}
    jac = jaccard([np.argsort(-np.abs(v), axis=1)[:, :K] for v in sampled])
    agnostic |= {"jaccard_mean": float(jac.mean()), "jaccard_min": float(jac.min()),
                 "stderr_mean": float(runs[0].stderr.mean())}

    report: dict[str, object] = {"ours": ours, "agnostic": agnostic}
    if not args.no_anchors and VENV.exists():
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp)
            with open(src / "models.pkl", "wb") as fh:
                pickle.dump(fitted, fh)
            np.savez(src / "data.npz", X=X_train, rows=rows, background=bg.points, explained=explained)
            (src / "config.json").write_text(json.dumps({"seeds": SEEDS, "k": K}))
            run = subprocess.run([str(VENV), str(HERE / "anchors_attributions.py"), str(src), str(src)],
                                 capture_output=True, text=True, timeout=7200)
            if run.returncode != 0:
                sys.exit(f"anchors failed:\n{run.stderr[-3000:]}")
            anchors = json.loads((src / "anchors.json").read_text())
            shap_values = dict(np.load(src / "shap_values.npz"))
        for name in fitted:
            ref = shap_values[f"tree/{name}"]
            mine = values[name] if ref.shape[2] == values[name].shape[2] else values[name][:, :, -1:]
            anchors["tree"][name]["max_abs_diff"] = float(np.abs(ref - mine).max())
            anchors["tree"][name]["max_abs_value"] = float(np.abs(ref).max())
            if f"tree-cext/{name}" in shap_values:
                cext = shap_values[f"tree-cext/{name}"]
                anchors["tree"][name]["max_abs_diff_cext"] = float(np.abs(cext - mine).max())
        truth = shap_values["interventional"][:, :, -1]
        kernel = shap_values["kernel"]
        agnostic["mean_abs_error"] = float(np.mean([np.abs(v - truth).mean() for v in sampled]))
        gap = sampled[0].sum(axis=1) + runs[0].expected[0] - runs[0].scores[:, 0]
        agnostic["efficiency_gap"] = float(np.abs(gap).max())
        anchors["kernel"]["mean_abs_error"] = float(np.mean([np.abs(v - truth).mean() for v in kernel]))
        for tool in ("kernel", "lime"):
            jac = jaccard(anchors[tool].pop("tops"))
            anchors[tool] |= {"jaccard_mean": float(jac.mean()), "jaccard_min": float(jac.min())}
        exact_tops = np.argsort(-np.abs(truth), axis=1)[:, :K]
        for holder, first in ((agnostic, sampled[0]), (anchors["kernel"], kernel[0])):
            tops = np.argsort(-np.abs(first), axis=1)[:, :K]
            holder["top5_vs_exact_jaccard"] = float(jaccard([exact_tops, tops]).mean())
        report["anchors"] = anchors
    print(json.dumps(report, indent=1))
    print_table(report)


def print_table(report: dict) -> None:  # type: ignore[type-arg]
    ours, anchors = report["ours"], report.get("anchors", {})
    print("\ntree attributions (path-dependent TreeSHAP), ms per row, and agreement with shap")
    print(f"{'model':14} {'ours ms':>8} {'shap ms':>8} {'max |diff|':>11} {'(shap C++)':>11} {'max |value|':>11}")
    for name, o in ours.items():
        a = anchors.get("tree", {}).get(name, {})
        print(f"{name:14} {o['ms_per_row']:8.3f} {a.get('ms_per_row', float('nan')):8.3f} "
              f"{a.get('max_abs_diff', float('nan')):11.2e} {a.get('max_abs_diff_cext', float('nan')):11.2e} "
              f"{a.get('max_abs_value', float('nan')):11.3f}")
    g = report["agnostic"]
    print("\nmodel-agnostic (GradientBoosting as a black box, 10-point background)")
    print(f"{'tool':12} {'ms/row':>8} {'top-5 Jaccard mean':>19} {'min':>6} {'mean |err|':>11} {'top-5 vs exact':>15}")
    print(f"{'modelward':12} {g['ms_per_row']:8.1f} {g['jaccard_mean']:19.3f} {g['jaccard_min']:6.2f} "
          f"{g.get('mean_abs_error', float('nan')):11.5f} {g.get('top5_vs_exact_jaccard', float('nan')):15.3f}")
    for tool, label in (("kernel", "KernelSHAP"), ("lime", "LIME")):
        a = anchors.get(tool)
        if a:
            print(f"{label:12} {a['ms_per_row']:8.1f} {a['jaccard_mean']:19.3f} {a['jaccard_min']:6.2f} "
                  f"{a.get('mean_abs_error', float('nan')):11.5f} {a.get('top5_vs_exact_jaccard', float('nan')):15.3f}")


if __name__ == "__main__":
    main()
