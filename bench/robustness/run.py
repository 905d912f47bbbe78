"""Robustness benchmark: modelward's attacks on sklearn digits, with ART and torchattacks as anchors.

Run from the repository root:  .venv/bin/python bench/robustness/run.py [--anchors] [--json out.json]
--anchors runs bench/robustness/anchors.py inside bench/.venv-anchors (see README) on the same
model weights and split, and prints its figures beside ours.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import EPS_LINF, SEED, digits, mlp, rbf_svc  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--anchors", action="store_true", help="also run ART / torchattacks in bench/.venv-anchors")
    ap.add_argument("--json", type=Path, help="write all figures to this file")
    ap.add_argument("--hsj-queries", type=int, default=350)
    ap.add_argument("--hsj-subspace", default="auto",
                    help="HopSkipJump probe subspace: auto, a number of principal directions, or none")
    ap.add_argument("--hsj-full-after", type=float, default=0.4,
                    help="share of the budget after which HopSkipJump probes the full space")
    ap.add_argument("--hsj-rows", type=int, default=540, help="attack only the first N test rows with HopSkipJump")
    ap.add_argument("--hsj-step", default="arc", choices=("arc", "geometric"),
                    help="HopSkipJump step: half-circle search (arc) or HSJ's geometric step + line search")
    ap.add_argument("--hsj-select", type=float, default=0.5,
                    help="share of the budget spent choosing the start by successive halving (0: closest start)")
    args = ap.parse_args()

    import torch

    from modelward.core.adapters.sklearn import SklearnAdapter
    from modelward.core.adapters.spec import FeatureSpec, InputSpec
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.robustness.attacks import hopskipjump, pgd
    from modelward.robustness.auto import auto_evaluate

    torch.set_num_threads(max(1, os.cpu_count() or 1))
    Xtr, Xte, ytr, yte = digits()
    spec = InputSpec(tuple(FeatureSpec(f"pixel{i}", lower=0.0, upper=1.0) for i in range(64)))
    out: dict[str, object] = {}

    t = time.perf_counter()
    net = mlp(Xtr, ytr)
    out["mlp_train_seconds"] = time.perf_counter() - t
    model = TorchAdapter(net, classes=np.arange(10), input_spec=spec, device="cpu")
    out["mlp_clean_accuracy"] = float((model.predict(Xte) == yte).mean())
    for eps in EPS_LINF:
        pgd(model, Xte[:10], yte[:10], eps, steps=2)  # warm-up
        t = time.perf_counter()
        res = pgd(model, Xte, yte, eps, steps=20, seed=SEED)
        dt = time.perf_counter() - t
        out[f"modelward_pgd20_eps{eps}"] = {"robust_accuracy": res.robust_accuracy, "seconds": dt}
        print(f"MLP PGD-20 linf eps={eps}: robust accuracy {res.robust_accuracy:.3f}, {dt:.3f} s / 540 rows")

    svc = SklearnAdapter(rbf_svc(Xtr, ytr), spec)
    t = time.perf_counter()
    sub = None if args.hsj_subspace == "none" else args.hsj_subspace if args.hsj_subspace == "auto" \
        else int(args.hsj_subspace)
    h = hopskipjump(svc, Xte[: args.hsj_rows], yte[: args.hsj_rows], queries=args.hsj_queries,
                    subspace=sub, full_after=args.hsj_full_after, step=args.hsj_step, select=args.hsj_select,
                    seed=SEED)
    dt = time.perf_counter() - t
    correct = h.clean_correct if h.clean_correct is not None else np.ones(h.n, bool)
    dist = np.where(h.success, h.perturbation, np.inf)[correct]
    hsj = {
        "n_attacked": int(correct.sum()), "queries_max": int(h.queries.max()),
        "queries_mean": float(h.queries[correct].mean()), "success": float(h.success[correct].mean()),
        "median_l2": float(np.median(dist)), "share_l2_le_1": float((dist <= 1).mean()), "seconds": dt,
    }
    out["modelward_hsj_svc"] = hsj
    hsj["subspace"] = h.params["subspace"]
    hsj["step"], hsj["select"] = args.hsj_step, args.hsj_select
    print(f"RBF SVC HopSkipJump ({args.hsj_queries} queries/row, subspace {h.params['subspace'] or 'none'}, "
          f"step {args.hsj_step}, select {args.hsj_select}): "
          f"success {hsj['success']:.3f}, median L2 {hsj['median_l2']:.3f}, share L2<=1 "
          f"{hsj['share_l2_le_1']:.3f}, queries max {hsj['queries_max']} mean {hsj['queries_mean']:.1f}, {dt:.1f} s")

    from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
    from sklearn.linear_model import LogisticRegression

    zoo = {
        "logistic_regression": LogisticRegression(max_iter=2000),
        "rbf_svc": rbf_svc(Xtr, ytr),
        "gradient_boosting": GradientBoostingClassifier(n_estimators=50, random_state=SEED),
        "random_forest": RandomForestClassifier(n_estimators=100, random_state=SEED),
    }
    try:
        import xgboost

        zoo["xgboost"] = xgboost.XGBClassifier(n_estimators=100, max_depth=4, random_state=SEED)
    except ImportError:
        print("xgboost not installed: skipped")
    try:
        import lightgbm

        zoo["lightgbm"] = lightgbm.LGBMClassifier(n_estimators=100, num_leaves=15, random_state=SEED, verbose=-1)
    except ImportError:
        print("lightgbm not installed: skipped")
    for name, est in zoo.items():
        if name != "rbf_svc":
            est.fit(Xtr, ytr)
        ad = SklearnAdapter(est, spec)
        t = time.perf_counter()
        ev = auto_evaluate(ad, Xte, yte, EPS_LINF, steps=50, square_queries=300, n_target_classes=3, seed=SEED)
        dt = time.perf_counter() - t
        rows = {str(e.eps): {"clean": e.clean_accuracy, "robust": e.robust_accuracy, "ci95": list(e.interval),
                             "broken_by": e.broken_per_attack} for e in ev.evaluations}
        out[f"auto_{name}"] = {"access": ev.access, "seconds": dt, "by_eps": rows,
                               "flags": [f.code for f in ev.flags]}
        print(f"{name} ({ev.access}): {_eps_text(ev)}  ({dt:.0f} s; flags: {[f.code for f in ev.flags]})")

    # the same models answering with labels only: auto switches to RayS; Square alone sees a flat loss
    from sklearn.neighbors import KNeighborsClassifier

    from modelward.core.adapters.callable import CallableAdapter

    for name in ("logistic_regression", "rbf_svc"):
        labels_only = CallableAdapter(zoo[name].predict, classes=np.arange(10), input_spec=spec, returns="labels")
        fig, text = _versus_square(labels_only, Xte, yte, 900)
        fig["first_100_rows"] = [float(np.mean([b is None for b in e.broken_by[:100]])) for e in fig.pop("ev")]
        out[f"auto_labels_only_{name}"] = fig
        print(f"{name}, labels only (RayS 900 queries/row): {text}; first 100 rows: "
              + ", ".join(f"{r:.3f}" for r in fig["first_100_rows"]))
    # coarse scores: a 5-nearest-neighbour model's probabilities move in steps of 0.2
    knn = CallableAdapter(KNeighborsClassifier(5).fit(Xtr, ytr).predict_proba, classes=np.arange(10),
                          input_spec=spec)
    fig, text = _versus_square(knn, Xte, yte, 300)
    fig["broken_by"] = {str(e.eps): e.broken_per_attack for e in fig.pop("ev")}
    out["auto_knn5_scores"] = fig
    print(f"knn5, probabilities (Square 300 then RayS 900 queries/row): {text}; broken by {fig['broken_by']}")

    if args.anchors:
        venv = HERE.parent / ".venv-anchors" / "bin" / "python"
        if not venv.exists():
            sys.exit(f"{venv} not found: create it as bench/robustness/README.md says")
        with tempfile.TemporaryDirectory() as tmp:
            weights = Path(tmp) / "mlp.pt"
            torch.save(net.state_dict(), weights)
            proc = subprocess.run([str(venv), str(HERE / "anchors.py"), str(weights), "100", "10", "20"],
                                  capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            sys.exit(f"anchors failed:\n{proc.stderr[-3000:]}")
        anchors = json.loads(proc.stdout.strip().splitlines()[-1])
        out["anchors"] = anchors
        for k, v in anchors.items():
            print(f"anchor {k}: {v}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))


def _eps_text(ev) -> str:  # type: ignore[no-untyped-def]
    return ", ".join(f"eps={e.eps}: {e.robust_accuracy:.3f} [{e.interval[0]:.3f}, {e.interval[1]:.3f}]"
                     for e in ev.evaluations)


def _versus_square(model, X: np.ndarray, y: np.ndarray, square_queries: int) -> tuple[dict, str]:  # type: ignore[no-untyped-def,type-arg]
    """`auto_evaluate` (300 Square queries) on a model without gradients, against Square alone."""
    from modelward.robustness.attacks import square
    from modelward.robustness.auto import auto_evaluate

    t = time.perf_counter()
    ev = auto_evaluate(model, X, y, EPS_LINF, square_queries=300, seed=SEED)
    dt = time.perf_counter() - t
    flat = [square(model, X, y, e, queries=square_queries, seed=SEED).robust_accuracy for e in EPS_LINF]
    fig = {"access": ev.access, "seconds": dt, f"square_alone_{square_queries}_queries": flat, "ev": ev.evaluations,
           "by_eps": {str(e.eps): {"robust": e.robust_accuracy, "ci95": list(e.interval)} for e in ev.evaluations}}
    text = (f"{ev.access}: {_eps_text(ev)}  ({dt:.0f} s); Square alone, {square_queries} queries: "
            + ", ".join(f"{r:.3f}" for r in flat))
    return fig, text


if __name__ == "__main__":
    main()
