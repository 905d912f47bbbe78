"""PGD adversarial training's epochs / robustness trade-off on the digits MLP of common.py, so a user with
a time budget can choose `epochs`: the recipe of `harden adversarial-training` (PGD-5 in the loop, train
eps 1.3 x 0.1, one-cycle Adam) at several epoch counts; clean accuracy and the referee PGD-40 (5
restarts) robust accuracy at L-inf eps 0.1 on the 540 test rows, and the training time. Run:
    .venv/bin/python bench/robustness/at_epochs.py
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SEED, digits, mlp

EPS = 0.1
EPOCHS = (10, 20, 30, 45, 60)


def main() -> None:
    import torch

    from modelward.core.adapters.spec import FeatureSpec, InputSpec
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.robustness.attacks import pgd
    from modelward.robustness.defences.adversarial_training import TrainingConfig, adversarial_train

    torch.set_num_threads(1)
    Xtr, Xte, ytr, yte = digits()
    spec = InputSpec(tuple(FeatureSpec(f"p{i}", lower=0.0, upper=1.0) for i in range(64)))
    rows = []
    for epochs in EPOCHS:
        cfg = TrainingConfig("pgd", EPS, steps=5, epochs=epochs, eps_margin=1.3, seed=SEED)
        trained = adversarial_train(mlp(Xtr, ytr, epochs=0), Xtr, ytr, cfg)
        model = TorchAdapter(trained.module, classes=np.arange(10), input_spec=spec, device="cpu")
        res = pgd(model, Xte, yte, EPS, steps=40, restarts=5, seed=SEED + 11)
        rows.append({"epochs": epochs, "clean": float((model.predict(Xte) == yte).mean()),
                     "pgd40_r5": res.robust_accuracy, "train_seconds": trained.seconds})
        print(json.dumps(rows[-1]), flush=True)
    print(f"\n{'epochs':>6s} {'clean':>6s} {'PGD-40x5':>8s} {'train s':>7s}   (load average {os.getloadavg()[0]:.1f}, "
          "2 shared cores)")
    for r in rows:
        print(f"{r['epochs']:6d} {r['clean']:6.3f} {r['pgd40_r5']:8.3f} {r['train_seconds']:7.1f}")


if __name__ == "__main__":
    main()
