"""The small CNN on digits: PGD-20 L∞ and the `auto` ensemble, with torchattacks and ART beside them.

Run from the repository root:  .venv/bin/python bench/robustness/cnn.py [--anchors]
The network takes flat rows (it unflattens them to 1x8x8 itself), so every tool sees the same
model; --anchors runs this file again inside bench/.venv-anchors on the same weights.
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
from common import EPS_LINF, SEED, cnn, digits  # noqa: E402


def anchors(weights: str) -> dict[str, object]:
    """PGD-20 (same step and random start) of torchattacks and ART; AutoAttack standard from torchattacks."""
    import torch
    import torchattacks
    from art.attacks.evasion import ProjectedGradientDescent
    from art.estimators.classification import PyTorchClassifier

    Xtr, Xte, ytr, yte = digits()
    net = cnn(Xtr, ytr, epochs=0)
    net.load_state_dict(torch.load(weights, weights_only=True))
    net.eval()
    X, Y = torch.tensor(Xte, dtype=torch.float32), torch.tensor(yte, dtype=torch.long)
    clf = PyTorchClassifier(net, loss=torch.nn.CrossEntropyLoss(), input_shape=(64,), nb_classes=10,
                            clip_values=(0.0, 1.0))
    out: dict[str, object] = {}
    for eps in EPS_LINF:
        t = time.perf_counter()
        adv = torchattacks.PGD(net, eps=eps, alpha=2.5 * eps / 20, steps=20, random_start=True)(X, Y)
        dt = time.perf_counter() - t
        with torch.no_grad():
            out[f"torchattacks_pgd20_eps{eps}"] = {"robust_accuracy": float((net(adv).argmax(1) == Y).float().mean()),
                                                   "seconds": dt}
        t = time.perf_counter()
        art_pgd = ProjectedGradientDescent(clf, norm=np.inf, eps=eps, eps_step=2.5 * eps / 20, max_iter=20,
                                           num_random_init=1, batch_size=540, verbose=False)
        adv = art_pgd.generate(Xte.astype(np.float32))
        dt = time.perf_counter() - t
        out[f"art_pgd20_eps{eps}"] = {"robust_accuracy": float((clf.predict(adv).argmax(1) == yte).mean()),
                                      "seconds": dt}
        # torchattacks' APGD expects image batches: give it 1x8x8 images and a net that flattens them
        image_net = torch.nn.Sequential(torch.nn.Flatten(), net).eval()
        t = time.perf_counter()
        adv = torchattacks.AutoAttack(image_net, norm="Linf", eps=eps, version="standard", n_classes=10,
                                      seed=SEED)(X.reshape(-1, 1, 8, 8), Y)
        dt = time.perf_counter() - t
        with torch.no_grad():
            out[f"torchattacks_autoattack_eps{eps}"] = {
                "robust_accuracy": float((image_net(adv).argmax(1) == Y).float().mean()), "seconds": dt}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--anchors", action="store_true", help="also run torchattacks / ART in bench/.venv-anchors")
    ap.add_argument("--anchor-run", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.anchor_run:
        print(json.dumps(anchors(args.anchor_run)))
        return

    import torch

    from modelward.core.adapters.spec import FeatureSpec, InputSpec
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.robustness.attacks import pgd
    from modelward.robustness.auto import auto_evaluate

    torch.set_num_threads(max(1, os.cpu_count() or 1))
    Xtr, Xte, ytr, yte = digits()
    t = time.perf_counter()
    net = cnn(Xtr, ytr)
    print(f"CNN trained in {time.perf_counter() - t:.1f} s")
    spec = InputSpec(tuple(FeatureSpec(f"pixel{i}", lower=0.0, upper=1.0) for i in range(64)))
    model = TorchAdapter(net, classes=np.arange(10), input_spec=spec, device="cpu")
    print(f"clean accuracy {(model.predict(Xte) == yte).mean():.3f}")
    for eps in EPS_LINF:
        pgd(model, Xte[:10], yte[:10], eps, steps=2)  # warm-up
        t = time.perf_counter()
        res = pgd(model, Xte, yte, eps, steps=20, seed=SEED)
        dt = time.perf_counter() - t
        print(f"modelward PGD-20 eps={eps}: robust accuracy {res.robust_accuracy:.3f} ({dt:.3f} s / 540 rows)")
    t = time.perf_counter()
    ev = auto_evaluate(model, Xte, yte, EPS_LINF, steps=100, square_queries=1000, seed=SEED)
    dt = time.perf_counter() - t
    for e in ev.evaluations:
        print(f"modelward auto eps={e.eps}: robust accuracy {e.robust_accuracy:.3f} "
              f"[{e.interval[0]:.3f}, {e.interval[1]:.3f}] broken by {e.broken_per_attack}")
    print(f"modelward auto: {dt:.1f} s, flags {[f.code for f in ev.flags]}")
    if args.anchors:
        venv = HERE.parent / ".venv-anchors" / "bin" / "python"
        if not venv.exists():
            sys.exit(f"{venv} not found: create it as bench/robustness/README.md says")
        with tempfile.TemporaryDirectory() as tmp:
            weights = Path(tmp) / "cnn.pt"
            torch.save(net.state_dict(), weights)
            proc = subprocess.run([str(venv), str(Path(__file__).resolve()), "--anchor-run", str(weights)],
                                  capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            sys.exit(f"anchors failed:\n{proc.stderr[-3000:]}")
        for k, v in json.loads(proc.stdout.strip().splitlines()[-1]).items():
            print(f"anchor {k}: robust accuracy {v['robust_accuracy']:.3f} ({v['seconds']:.2f} s)")


if __name__ == "__main__":
    main()
