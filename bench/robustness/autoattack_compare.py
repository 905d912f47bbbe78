"""modelward's auto_evaluate against torchattacks' AutoAttack (standard) on the bench MLP, same weights.

Runs inside bench/.venv-anchors (torchattacks and an editable modelward live there):
    bench/.venv-anchors/bin/python bench/robustness/autoattack_compare.py [--weights mlp.pt] [--json out.json]
Without --weights it trains the MLP exactly as run.py does (common.mlp, seed 0). Prints, per eps,
the robust accuracy and time of each, and how many points one breaks that the other does not.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import EPS_LINF, SEED, digits, mlp  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", type=Path, help="state dict of the 64-128-128-10 MLP (default: train it)")
    ap.add_argument("--eps", type=float, nargs="+", default=list(EPS_LINF))
    ap.add_argument("--steps", type=int, default=100, help="modelward APGD steps")
    ap.add_argument("--square-queries", type=int, default=1000, help="modelward Square queries")
    ap.add_argument("--targets", type=int, default=3, help="modelward APGD-T target classes")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    import torch
    import torchattacks

    from modelward.core.adapters.spec import FeatureSpec, InputSpec
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.robustness.auto import auto_evaluate

    torch.set_num_threads(max(1, os.cpu_count() or 1))  # as run.py does
    Xtr, Xte, ytr, yte = digits()
    if args.weights:
        net = mlp(Xtr, ytr, epochs=0)
        net.load_state_dict(torch.load(args.weights, weights_only=True))
        net.eval()
    else:
        net = mlp(Xtr, ytr)
    spec = InputSpec(tuple(FeatureSpec(f"pixel{i}", lower=0.0, upper=1.0) for i in range(64)))
    model = TorchAdapter(net, classes=np.arange(10), input_spec=spec, device="cpu")
    # torchattacks' APGD wants image batches (n, c, h, w): show it the rows as 1x8x8 images
    image_net = torch.nn.Sequential(torch.nn.Flatten(), net).eval()
    X = torch.tensor(Xte, dtype=torch.float32).reshape(-1, 1, 8, 8)
    Y = torch.tensor(yte, dtype=torch.long)
    with torch.no_grad():
        clean = (image_net(X).argmax(1) == Y).numpy()
    out: dict[str, Any] = {"torchattacks": torchattacks.__version__, "torch": torch.__version__,
                           "clean_accuracy": float(clean.mean()), "by_eps": {}}
    print(f"MLP clean accuracy {clean.mean():.3f}; modelward auto_evaluate: APGD steps {args.steps}, "
          f"{args.targets} APGD-T targets, Square {args.square_queries} queries")
    print("| eps | torchattacks AutoAttack | modelward auto | only AutoAttack breaks | only modelward breaks |")
    print("| --- | --- | --- | --- | --- |")
    for eps in args.eps:
        atk = torchattacks.AutoAttack(image_net, norm="Linf", eps=eps, version="standard", n_classes=10, seed=SEED)
        t = time.perf_counter()
        adv = atk(X, Y)
        t_aa = time.perf_counter() - t
        with torch.no_grad():
            aa_robust = (image_net(adv).argmax(1) == Y).numpy()
        aa_linf = float((adv.detach() - X).abs().max())
        t = time.perf_counter()
        ev = auto_evaluate(model, Xte, yte, [eps], steps=args.steps, square_queries=args.square_queries,
                           n_target_classes=args.targets, seed=SEED).evaluations[0]
        t_mw = time.perf_counter() - t
        mw_robust = np.array([b is None for b in ev.broken_by])
        only_aa = int((mw_robust & ~aa_robust).sum())
        only_mw = int((aa_robust & ~mw_robust).sum())
        out["by_eps"][str(eps)] = {
            "autoattack": {"robust_accuracy": float(aa_robust.mean()), "seconds": t_aa, "max_linf": aa_linf},
            "modelward": {"robust_accuracy": float(mw_robust.mean()), "seconds": t_mw,
                          "broken_per_attack": ev.broken_per_attack},
            "only_autoattack_breaks": only_aa, "only_modelward_breaks": only_mw,
        }
        print(f"| {eps:g} | {aa_robust.mean():.3f} ({t_aa:.1f} s) | {mw_robust.mean():.3f} ({t_mw:.1f} s) "
              f"| {only_aa} | {only_mw} |", flush=True)
    if args.json:
        tmp = args.json.with_suffix(".tmp")
        tmp.write_text(json.dumps(out, indent=2))
        tmp.replace(args.json)


if __name__ == "__main__":
    main()
