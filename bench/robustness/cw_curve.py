"""Minimum-norm L2 attacks at equal budgets: success and median L2 (of the successes) on the digits MLP.

Run from the repository root:  .venv/bin/python bench/robustness/cw_curve.py [--anchors] [--rows 100]
--anchors runs this file again inside bench/.venv-anchors (ART, torchattacks; see README) on the same
network weights and rows, in the same run.

Budgets: `it` iterations × 5 binary-search steps for Carlini-Wagner (ART, torchattacks has no search:
5·it steps), 5·it gradient steps for FMN, and 5·it / 10 steps for DeepFool and FAB, whose every step
takes the gradients of all 10 classes. Rows: the first `--rows` test rows the MLP gets right.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import digits, mlp  # noqa: E402

ITERS = (10, 20, 50, 100, 200)
SEARCH = 5
N_CLASSES = 10


def _rows(net, n: int) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    import torch

    _, Xte, _, yte = digits()
    with torch.no_grad():
        pred = net(torch.tensor(Xte, dtype=torch.float32)).argmax(1).numpy()
    keep = np.flatnonzero(pred == yte)[:n]
    return Xte[keep], yte[keep]


def _score(net, X: np.ndarray, y: np.ndarray, Xa: np.ndarray, seconds: float) -> dict[str, float]:  # type: ignore[no-untyped-def]
    import torch

    with torch.no_grad():
        pred = net(torch.tensor(Xa, dtype=torch.float32)).argmax(1).numpy()
    ok = (pred != y) & np.all((Xa >= -1e-6) & (Xa <= 1 + 1e-6), axis=1)
    d = np.sqrt(((Xa - X) ** 2).sum(axis=1))
    return {"success": float(ok.mean()), "median_l2": float(np.median(d[ok])) if ok.any() else float("nan"),
            "median_l2_all": float(np.median(np.where(ok, d, np.inf))), "seconds": round(seconds, 2)}


def _timed(fn: Callable[[], np.ndarray]) -> tuple[np.ndarray, float]:
    t = time.perf_counter()
    out = fn()
    return np.asarray(out, dtype=float), time.perf_counter() - t


def ours(net, X: np.ndarray, y: np.ndarray) -> dict[str, dict[str, dict[str, float]]]:  # type: ignore[no-untyped-def]
    from modelward.core.adapters.spec import InputSpec
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.robustness.attacks import carlini_wagner_l2, deepfool, fab, fmn

    model = TorchAdapter(net, classes=range(N_CLASSES), input_spec=InputSpec.box(X.shape[1], 0.0, 1.0))
    out: dict[str, dict[str, dict[str, float]]] = {}
    for it in ITERS:
        jac = max(1, SEARCH * it // N_CLASSES)
        runs = {
            "modelward cw-l2": lambda it, jac: carlini_wagner_l2(model, X, y, steps=it,
                                                                 search_steps=SEARCH).x_adv,
            "modelward fmn": lambda it, jac: fmn(model, X, y, steps=SEARCH * it - (N_CLASSES + 1) // 2).x_adv,
            "modelward deepfool": lambda it, jac: deepfool(model, X, y, steps=jac).x_adv,
            "modelward fab": lambda it, jac: fab(model, X, y, norm="l2", steps=jac).x_adv,
        }
        for name, run in runs.items():
            Xa, s = _timed(partial(run, it, jac))
            out.setdefault(name, {})[str(it)] = _score(net, X, y, Xa, s)
    return out


def anchors(net, X: np.ndarray, y: np.ndarray) -> dict[str, dict[str, dict[str, float]]]:  # type: ignore[no-untyped-def]
    import torch
    import torchattacks
    from art.attacks.evasion import CarliniL2Method, DeepFool
    from art.estimators.classification import PyTorchClassifier

    clf = PyTorchClassifier(net, loss=torch.nn.CrossEntropyLoss(), input_shape=(X.shape[1],),
                            nb_classes=N_CLASSES, clip_values=(0.0, 1.0))
    Xt, Yt = torch.tensor(X, dtype=torch.float32), torch.tensor(y, dtype=torch.long)
    Xf = X.astype(np.float32)
    out: dict[str, dict[str, dict[str, float]]] = {}
    for it in ITERS:
        jac = max(1, SEARCH * it // N_CLASSES)
        runs = {
            "ART CarliniL2Method": lambda it, jac: CarliniL2Method(
                clf, max_iter=it, binary_search_steps=SEARCH, batch_size=len(X), verbose=False).generate(Xf),
            "torchattacks CW": lambda it, jac: torchattacks.CW(net, c=1, kappa=0, steps=SEARCH * it,
                                                               lr=0.01)(Xt, Yt).numpy(),
            "ART DeepFool": lambda it, jac: DeepFool(clf, max_iter=jac, nb_grads=N_CLASSES, batch_size=len(X),
                                             verbose=False).generate(Xf),
            "torchattacks DeepFool": lambda it, jac: torchattacks.DeepFool(net, steps=jac,
                                                                           overshoot=0.02)(Xt, Yt).numpy(),
            "torchattacks FAB": lambda it, jac: torchattacks.FAB(net, norm="L2", eps=8.0, steps=jac, n_restarts=1,
                                                                       n_classes=N_CLASSES)(Xt, Yt).numpy(),
        }
        for name, run in runs.items():
            Xa, s = _timed(partial(run, it, jac))
            out.setdefault(name, {})[str(it)] = _score(net, X, y, Xa, s)
    return out


def _table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    """success / median L2 of the successes / median L2 over all rows (a failure counts as infinite)."""
    head = "| attack | " + " | ".join(f"{it} it" for it in ITERS) + " |"
    lines = [head, "| --- |" + " --- |" * len(ITERS)]
    for name, per in results.items():
        cells = [f"{p['success']:.2f} / {p['median_l2']:.4f} / {p['median_l2_all']:.4f}"
                 for p in (per[str(it)] for it in ITERS)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--anchors", action="store_true", help="also run ART / torchattacks in bench/.venv-anchors")
    ap.add_argument("--rows", type=int, default=100)
    ap.add_argument("--worker", help=argparse.SUPPRESS)  # inside the anchors venv: the weights' path
    args = ap.parse_args()
    import torch

    torch.set_num_threads(1)
    Xtr, _, ytr, _ = digits()
    if args.worker:
        net = mlp(Xtr, ytr, epochs=0)
        net.load_state_dict(torch.load(args.worker, weights_only=True))
        X, y = _rows(net.eval(), args.rows)
        print(json.dumps(anchors(net, X, y)))
        return
    net = mlp(Xtr, ytr)
    X, y = _rows(net, args.rows)
    results = ours(net, X, y)
    if args.anchors:
        venv = HERE.parent / ".venv-anchors" / "bin" / "python"
        if not venv.exists():
            sys.exit(f"{venv} not found: create it as bench/robustness/README.md says")
        with tempfile.TemporaryDirectory() as tmp:
            weights = os.path.join(tmp, "mlp.pt")
            torch.save(net.state_dict(), weights)
            proc = subprocess.run([str(venv), str(HERE / "cw_curve.py"), "--worker", weights, "--rows",
                                   str(args.rows)], capture_output=True, text=True, check=False)
        if proc.returncode:
            sys.exit(f"anchors failed:\n{proc.stderr[-3000:]}")
        results.update(json.loads(proc.stdout.strip().splitlines()[-1]))
    print(f"{len(y)} digits-MLP rows; success / median L2 of the successes / median L2 of all rows (failure = inf); "
          f"load average {os.getloadavg()[0]:.1f}")
    print(_table(results))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
