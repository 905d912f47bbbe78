"""Extraction of the digits CNN from a pool of natural digits: modelward beside ART's KnockoffNets and
CopycatCNN, same victim, same pool, same budgets; fidelity = agreement with the victim on 360 test
digits the attacks never query (95 % Wilson intervals). Also: equation solving on a digits logistic
regression, and synthetic (Jacobian-augmented) queries from 10 seed digits."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from common import SEED, digits_split, train_cnn  # noqa: E402

ANCHOR_PYTHON = HERE.parent / ".venv-privacy" / "bin" / "python"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--budgets", type=int, nargs="+", default=[50, 100, 250, 500])
    parser.add_argument("--anchors", action="store_true", help="run ART in bench/.venv-privacy")
    parser.add_argument("--anchor-epochs", type=int, default=40, help="epochs ART trains each thieved copy")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    import torch
    from sklearn.linear_model import LogisticRegression

    from modelward.core.adapters.sklearn import SklearnAdapter
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.core.stats import wilson_interval
    from modelward.stealing.equation import solve_softmax_linear
    from modelward.stealing.extraction import extract

    torch.set_num_threads(1)
    X_tr, y_tr, X_pool, _, X_te, y_te = digits_split(SEED)
    net = train_cnn(X_tr, y_tr)
    victim = TorchAdapter(net, classes=np.arange(10), device="cpu", name="digits-cnn")
    truth = victim.predict(X_te)
    print(f"victim: digits CNN, test accuracy {np.mean(truth == y_te):.3f}; pool {len(X_pool)}, test {len(X_te)}")
    figures: dict[str, dict[str, float]] = {}
    runs = [("probabilities", "natural", "active"), ("probabilities", "natural", "random"),
            ("labels", "natural", "active"), ("labels", "natural", "random"),
            ("probabilities", "synthetic", "active")]
    for access, source, strategy in runs:
        r = extract(victim, X_pool, X_te, args.budgets, eval_y=y_te, access=access, source=source,
                    strategy=strategy, seed=SEED)
        name = f"modelward {strategy} {source} ({access})"
        cells = "  ".join(f"{f.queries:>4}: {f.fidelity:.3f} [{f.fidelity_ci[0]:.3f}, {f.fidelity_ci[1]:.3f}]"
                          for f in r.figures)
        print(f"  {name:<44} {cells}  ({r.seconds:.0f} s)")
        figures[name] = {str(f.budget): f.fidelity for f in r.figures}
    lr = SklearnAdapter(LogisticRegression(max_iter=2000).fit(X_tr, y_tr))
    solved = solve_softmax_linear(lr.predict_proba, X_pool.min(axis=0), X_pool.max(axis=0),
                                  np.random.default_rng(SEED))
    assert solved.copy is not None
    agree = float(np.mean(solved.copy.predict(X_te) == lr.predict(X_te)))
    print(f"  equation solving, digits logistic regression: fidelity {agree:.3f} after {solved.queries} queries "
          f"(max probability error {np.abs(solved.copy.proba(X_te) - lr.predict_proba(X_te)).max():.1e})")
    figures["modelward equation solving (logistic regression)"] = {str(solved.queries): agree}
    if args.anchors:
        if not ANCHOR_PYTHON.exists():
            print(f"anchors: {ANCHOR_PYTHON} missing; see bench/privacy/README.md")
            return 2
        with tempfile.TemporaryDirectory() as tmp:
            weights = Path(tmp) / "cnn.pt"
            torch.save(net.state_dict(), weights)
            job = Path(tmp) / "job.json"
            job.write_text(json.dumps({"seed": SEED, "weights": str(weights), "budgets": args.budgets,
                                       "epochs": args.anchor_epochs}))
            done = subprocess.run([str(ANCHOR_PYTHON), str(HERE / "anchors_extraction.py"), str(job)],
                                  capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(done.stderr[-3000:])
            return 1
        art = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"ART {art['art']} (thieved copy: the victim's CNN architecture, {args.anchor_epochs} epochs):")
        rows: dict[str, list[str]] = {}
        for key, pred in art["predictions"].items():
            name, budget = key.rsplit(" @ ", 1)
            agree_rows = np.asarray(pred) == truth
            lo, hi = wilson_interval(int(agree_rows.sum()), len(agree_rows))
            rows.setdefault(name, []).append(f"{int(budget):>4}: {agree_rows.mean():.3f} [{lo:.3f}, {hi:.3f}]")
            figures.setdefault(f"ART {name}", {})[budget] = float(agree_rows.mean())
        for name, cells in rows.items():
            print(f"  {name:<44} {'  '.join(cells)}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
