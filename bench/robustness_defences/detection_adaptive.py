"""The adversarial-input detector against an attacker who knows it, on the digits MLP of run.py.

Same split, MLP and detector fit as run.py's detection row (fit on the 1257 training rows with its own
PGD eps=0.1 examples; threshold at 5% FPR on clean training rows). On the 540 test rows at L∞ eps=0.1:
- plain PGD-20 (the library's, stops at the boundary) and PGD-100 margin run to the end, which ignore
  the detector;
- the adaptive attack (adaptive_detection.adaptive_attack): PGD-100 on margin hinge + lambda * detector
  hinge, BPDA through the squeezers, lambda in {0, 0.1, 0.3, 1, 3}, best per row kept;
- the worst case per row over all three.
Figures: share of misclassified adversarial rows the detector flags at its threshold, robust accuracy
without the detector, and with it (a row is lost when some input within eps is misclassified and not
flagged). Also a save/load round trip of the fitted detector. Run:
    .venv/bin/python bench/robustness_defences/detection_adaptive.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "robustness"))
sys.path.insert(0, str(HERE))
from common import SEED, digits, mlp  # noqa: E402
from run import EPS, adapter  # noqa: E402


def main() -> None:
    import torch

    from modelward.robustness.attacks import pgd
    from modelward.robustness.defences.adaptive_detection import adaptive_attack, evaluate_under_attack
    from modelward.robustness.defences.detection import AdversarialDetector, detection_metrics

    torch.set_num_threads(1)
    Xtr, Xte, ytr, yte = digits()
    model = adapter(mlp(Xtr, ytr))
    t = time.perf_counter()
    det = AdversarialDetector(model).fit(Xtr, ytr, eps=EPS, seed=SEED)
    fit_s = time.perf_counter() - t

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        files = det.save(Path(tmp) / "detector")
        loaded = AdversarialDetector.load(Path(tmp) / "detector", model)
        io_s = time.perf_counter() - t
        roundtrip = {"max_score_difference": float(np.abs(loaded.score(Xte) - det.score(Xte)).max()),
                     "bytes": sum(p.stat().st_size for p in files), "save_load_seconds": io_s}

    attacks: dict[str, np.ndarray] = {}
    attacks["pgd-20"] = pgd(model, Xte, yte, EPS, steps=20, seed=SEED + 21).x_adv
    attacks["pgd-100 margin, to the end"] = pgd(model, Xte, yte, EPS, steps=100, loss="margin", early_stop=False,
                                                seed=SEED + 22).x_adv
    t = time.perf_counter()
    adaptive = adaptive_attack(det, Xte, yte, EPS, steps=100, seed=SEED + 23)
    adaptive_s = time.perf_counter() - t
    attacks["adaptive PGD-100 (BPDA, lambda sweep)"] = adaptive.x_adv

    rows = {name: evaluate_under_attack(det, Xte, yte, xa, name, EPS) for name, xa in attacks.items()}
    # worst case per row over every attack: a row is lost if any attack evaded both model and detector
    clean_ok = model.predict(Xte) == yte
    lost = np.zeros(len(Xte), bool)
    lost_nodet = np.zeros(len(Xte), bool)
    for xa in attacks.values():
        wrong = model.predict(xa) != yte
        lost |= wrong & ~det.flag(xa)
        lost_nodet |= wrong
    lost |= ~clean_ok & ~det.flag(Xte)
    worst = {"robust_accuracy": float((clean_ok & ~lost_nodet).mean()),
             "robust_accuracy_with_detector": float((clean_ok & ~lost).mean())}
    wrong = model.predict(adaptive.x_adv) != yte
    auc = detection_metrics(det.score(Xte), det.score(adaptive.x_adv[wrong]), det.threshold, det.target_fpr)

    print(json.dumps({"fit_seconds": fit_s, "adaptive_seconds": adaptive_s, "roundtrip": roundtrip,
                      "attacks": {k: v.as_dict() for k, v in rows.items()}, "worst_case": worst,
                      "adaptive_broken_by_lambda": dict(zip(map(str, adaptive.lambdas), adaptive.broken_by_lambda,
                                                            strict=True)),
                      "adaptive_auc_vs_clean": vars(auc)}, indent=1, default=float))
    print(f"\nthreshold {det.threshold:.3f}: clean test rows flagged {rows['pgd-20'].clean_flagged:.3f}, "
          f"clean accuracy {rows['pgd-20'].clean_accuracy:.3f}")
    print(f"{'attack (Linf eps=0.1)':40s} {'misclassified':>13s} {'detected':>9s} {'robust acc':>10s} "
          f"{'with detector':>13s}")
    for name, r in rows.items():
        print(f"{name:40s} {r.misclassified:13d} {r.detection_rate:9.3f} {r.robust_accuracy:10.3f} "
              f"{r.robust_accuracy_with_detector:13.3f}")
    print(f"{'worst case over the three':40s} {'':13s} {'':9s} {worst['robust_accuracy']:10.3f} "
          f"{worst['robust_accuracy_with_detector']:13.3f}")
    print(f"adaptive adversarials vs clean: AUC {auc.auc:.3f}, TPR at 5% FPR {auc.tpr_at_fpr:.3f}; "
          f"save/load round trip: max score difference {roundtrip['max_score_difference']:.3g}, "
          f"{roundtrip['bytes']} bytes; adaptive attack {adaptive_s:.1f} s, detector fit {fit_s:.1f} s")


if __name__ == "__main__":
    main()
