"""The adversarial-input detector under the strongest adaptive attack we can build, with and without the
defences of round 2: a detector trained against adaptive adversarial rows, and the certified fallback.

Digits MLP of common.py (1257 training rows). The test rows are split: the first 180 are unlabelled
held-out traffic on which each detector's threshold is calibrated at 5% FPR (`calibrate`), the next
`--rows` are attacked. Detectors (both fitted on the training rows with their labels):
- plain: `AdversarialDetector.fit` (its own PGD rows);
- adaptive-trained: `fit_against_adaptive`, `--rounds` rounds of attack (PGD-50, penalty lambda 0.03, 0.1
  and 1 and orthogonal PGD on 400 training rows) and refit.
Attacks at L-inf eps 0.1, for each step budget in `--steps`:
- PGD (the library's, margin loss, run to the end), which ignores the detector;
- the strongest adaptive attack: penalty PGD for lambda in {0, 0.03, 0.1, 0.3, 1, 3}, orthogonal PGD and
  selective PGD (Bryniarski et al. 2022), BPDA through the squeezers, worst case per row;
- with the fallback on, also the adaptive attack on detector + smoothing (EOT over 8 noise draws of the
  smoothed model's vote, penalty lambda 0.1 and 1, selective, pushed until the log vote margin is 1.5).
Figures: share of the attacked rows that are classified correctly when clean and for which some
candidate row is answered wrongly: undefended (no detector), past the detector, past detector and
certified fallback (randomised smoothing of the served model, sigma 0.1, n0 100, n 1000, alpha 0.001;
answered only when certified at L2 radius `--radius`); and the clean rows each setting withholds.
Run:
    .venv/bin/python bench/robustness/adaptive_detector.py
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SEED, digits, mlp

EPS = 0.1
CAL_ROWS = 180
SIGMA = 0.1
STRONGEST = {"lambdas": (0.0, 0.03, 0.1, 0.3, 1.0, 3.0), "methods": ("penalty", "orthogonal", "selective")}
SMOOTH_AWARE = {"lambdas": (0.1, 1.0), "methods": ("penalty", "selective"), "smoothing_sigma": SIGMA, "eot": 8,
                "kappa": 3.0, "win_margin": 1.5}


def adapter(net):  # type: ignore[no-untyped-def]
    from modelward.core.adapters.spec import FeatureSpec, InputSpec
    from modelward.core.adapters.torch import TorchAdapter

    spec = InputSpec(tuple(FeatureSpec(f"p{i}", lower=0.0, upper=1.0) for i in range(64)))
    return TorchAdapter(net, classes=np.arange(10), input_spec=spec, device="cpu")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=240)
    ap.add_argument("--steps", type=int, nargs="+", default=[10, 30, 100])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--radius", type=float, nargs="+", default=[0.05, 0.1])
    ap.add_argument("--target-fpr", type=float, default=0.05, help="FPR the thresholds are calibrated at")
    args = ap.parse_args()

    import torch

    from modelward.robustness.attacks import pgd
    from modelward.robustness.defences.adaptive_detection import adaptive_attack, fit_against_adaptive
    from modelward.robustness.defences.certification import SmoothedClassifier
    from modelward.robustness.defences.detect_certify import DetectAndCertify, attack_success
    from modelward.robustness.defences.detection import AdversarialDetector

    torch.set_num_threads(1)
    Xtr, Xte, ytr, yte = digits()
    model = adapter(mlp(Xtr, ytr))
    cal = Xte[:CAL_ROWS]
    X, y = Xte[CAL_ROWS:CAL_ROWS + args.rows], yte[CAL_ROWS:CAL_ROWS + args.rows]
    held_out_clean = Xte[CAL_ROWS + args.rows:] if len(Xte) > CAL_ROWS + args.rows + 50 else X

    t = time.perf_counter()
    detectors: dict[str, AdversarialDetector] = {"plain": AdversarialDetector(model, target_fpr=args.target_fpr).fit(
        Xtr, ytr, eps=EPS, seed=SEED)}
    fit_s = {"plain": time.perf_counter() - t}
    t = time.perf_counter()
    trained, history = fit_against_adaptive(model, Xtr, ytr, eps=EPS, rounds=args.rounds, steps=50, attack_rows=400,
                                            target_fpr=args.target_fpr, seed=SEED)
    detectors["adaptive-trained"] = trained
    fit_s["adaptive-trained"] = time.perf_counter() - t
    for d in detectors.values():
        d.calibrate(cal)
    smoothed = SmoothedClassifier(model, SIGMA, n0=100, n=1000, alpha=0.001)

    out: dict[str, object] = {"fit_seconds": fit_s, "rounds": [vars(h) for h in history],
                              "load_average_start": os.getloadavg()}
    table = []
    for steps in args.steps:
        naive = pgd(model, X, y, EPS, steps=steps, loss="margin", early_stop=False, seed=SEED + steps).x_adv
        for name, det in detectors.items():
            t = time.perf_counter()
            strong = adaptive_attack(det, X, y, EPS, steps=steps, seed=SEED + 1, **STRONGEST)  # type: ignore[arg-type]
            aware = adaptive_attack(det, X, y, EPS, steps=steps, seed=SEED + 2, **SMOOTH_AWARE)  # type: ignore[arg-type]
            secs = time.perf_counter() - t
            no_fallback = attack_success(DetectAndCertify(det), X, y, [naive, strong.x_adv])
            row = {"detector": name, "steps": steps, "clean_fpr_eval_rows": float(det.flag(X).mean()),
                   "clean_fpr_other_held_out": float(det.flag(held_out_clean).mean()),
                   "undefended": no_fallback.undefended, "past_detector": no_fallback.detector,
                   "broken_by_run": strong.broken_by_run, "attack_seconds": secs}
            for r in args.radius:
                both = attack_success(DetectAndCertify(det, smoothed, r), X, y, [naive, strong.x_adv, aware.x_adv])
                row[f"past_detector_and_fallback@r={r:g}"] = both.detector_and_fallback
                row[f"clean_withheld_detector_and_fallback@r={r:g}"] = both.clean_withheld_both
            table.append(row)
            print(json.dumps(row, default=float), flush=True)
    out["table"] = table
    out["load_average_end"] = os.getloadavg()
    print(json.dumps(out, indent=1, default=float))

    print(f"\nL-inf eps {EPS}, {len(X)} attacked test rows; thresholds calibrated at {args.target_fpr:g} FPR on "
          f"{CAL_ROWS} other "
          f"test rows; smoothing sigma {SIGMA}")
    head = (f"{'detector':18s} {'steps':>5s} {'clean FPR':>9s} {'undefended':>10s} {'past det':>8s} "
            + " ".join(f"{'+fallback r=' + format(r, 'g'):>16s} {'withheld':>8s}" for r in args.radius))
    print(head)
    for row in table:
        print(f"{row['detector']:18s} {row['steps']:5d} {row['clean_fpr_eval_rows']:9.3f} {row['undefended']:10.3f} "
              f"{row['past_detector']:8.3f} "
              + " ".join(f"{row[f'past_detector_and_fallback@r={r:g}']:16.3f} "
                         f"{row[f'clean_withheld_detector_and_fallback@r={r:g}']:8.3f}" for r in args.radius))
    print(f"fit: plain {fit_s['plain']:.1f} s, adaptive-trained {fit_s['adaptive-trained']:.1f} s; rounds: "
          + "; ".join(f"{h.round}: {h.undetected}/{h.attacked} undetected" for h in history)
          + f"; load average {os.getloadavg()[0]:.1f} (2 cores shared)")


if __name__ == "__main__":
    main()
