"""Evasion defences on the digits MLP, with ART side by side (same split, same seeds, same evaluator).

Measures: PGD adversarial training at eps=0.1 (robust accuracy under an independent PGD-40 with
5 restarts, and under `auto`; clean accuracy; training wall time), detection of PGD eps=0.1 examples
(AUC, TPR at 5% FPR), randomised smoothing sigma=0.25 (certified accuracy at L2 radius 0.5, n0=100,
n=1000, alpha=0.001). ART runs in bench/.venv-anchors (anchors.py); its trained models are scored
here by the same evaluator. Run: .venv/bin/python bench/robustness_defences/run.py [--no-anchors]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "robustness"))
from common import SEED, digits, mlp  # noqa: E402  (the split and MLP the robustness bench uses)

EPS = 0.1
SIGMA, N0, N, ALPHA, RADIUS = 0.25, 100, 1000, 0.001, 0.5


def adapter(net):  # type: ignore[no-untyped-def]
    from modelward.core.adapters.spec import FeatureSpec, InputSpec
    from modelward.core.adapters.torch import TorchAdapter

    spec = InputSpec(tuple(FeatureSpec(f"p{i}", lower=0.0, upper=1.0) for i in range(64)))
    return TorchAdapter(net, classes=np.arange(10), input_spec=spec, device="cpu")


def robust_eval(model, Xte, yte) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Clean accuracy, PGD-40 (5 restarts, CE) and `auto` (APGD-CE, APGD-T, Square) robust accuracy."""
    from modelward.robustness.attacks import pgd
    from modelward.robustness.auto import auto_evaluate

    res = pgd(model, Xte, yte, EPS, steps=40, restarts=5, seed=SEED + 11)
    ev = auto_evaluate(model, Xte, yte, [EPS], steps=100, square_queries=1000, seed=SEED + 12)
    worst = np.array([b is None for b in ev.evaluations[0].broken_by]) & ~res.success
    return {"clean": float((model.predict(Xte) == yte).mean()), "pgd40_r5": res.robust_accuracy,
            "auto": ev.evaluations[0].robust_accuracy, "worst": float(worst.mean())}


def ours(Xtr, Xte, ytr, yte, workdir: Path) -> dict[str, object]:  # type: ignore[no-untyped-def]
    import torch

    from modelward.robustness.attacks import pgd
    from modelward.robustness.defences.adversarial_training import TrainingConfig, adversarial_train
    from modelward.robustness.defences.certification import SmoothedClassifier, gaussian_augmentation
    from modelward.robustness.defences.detection import AdversarialDetector, craft_training_adversarials

    out: dict[str, object] = {}
    base_net = mlp(Xtr, ytr)
    torch.save(base_net.state_dict(), workdir / "base.pt")
    base = adapter(base_net)
    out["undefended"] = robust_eval(base, Xte, yte)
    for name, cfg in (("pgd-at", TrainingConfig("pgd", EPS, steps=5, epochs=60, eps_margin=1.3, seed=SEED)),
                      ("fast-at", TrainingConfig("fast", EPS, epochs=100, eps_margin=1.5, seed=SEED)),
                      ("trades", TrainingConfig("trades", EPS, steps=5, epochs=40, eps_margin=1.3, seed=SEED))):
        trained = adversarial_train(mlp(Xtr, ytr, epochs=0), Xtr, ytr, cfg)
        out[name] = robust_eval(adapter(trained.module), Xte, yte) | {"seconds": trained.seconds}
    # detection: PGD-20 (the library's, stops at the boundary) and PGD-40 run to the end (high confidence)
    t = time.perf_counter()
    det = AdversarialDetector(base).fit(Xtr, ytr, eps=EPS, seed=SEED)
    fit_s = time.perf_counter() - t
    res = pgd(base, Xte, yte, EPS, steps=20, seed=SEED + 21)
    fooled = res.success & res.clean_correct
    full = craft_training_adversarials(base, Xte, yte, EPS, "linf", SEED + 22)[int(fooled.sum()):]
    m1, m2 = det.evaluate(Xte, res.x_adv[fooled]), det.evaluate(Xte, full)
    np.savez(workdir / "adv.npz", pgd20=res.x_adv[fooled], full=full)
    out["detection"] = {"pgd20": vars(m1), "pgd40_full": vars(m2), "fit_seconds": fit_s}
    # randomised smoothing: base trained on 1.5 sigma noise (default) and on sigma noise (as ART does)
    for key, factor in (("smoothing", 1.5), ("smoothing_factor1", 1.0)):
        t = time.perf_counter()
        noisy = gaussian_augmentation(adapter(mlp(Xtr, ytr, epochs=0)), Xtr, ytr, SIGMA, noise_factor=factor,
                                      seed=SEED)
        train_s = time.perf_counter() - t
        t = time.perf_counter()
        certs = SmoothedClassifier(noisy, SIGMA, n0=N0, n=N, alpha=ALPHA).certify(Xte, seed=SEED)
        out[key] = {"certified_acc_r0.5": certs.certified_accuracy(yte, RADIUS),
                    "certified_acc_r0": certs.certified_accuracy(yte, 0.0),
                    "curve_r0_0.25_0.5": certs.curve(yte, [0, 0.25, 0.5]),
                    "abstain": certs.abstention_rate, "train_seconds": train_s,
                    "certify_seconds": time.perf_counter() - t}
    return out


def anchors(workdir: Path, Xte, yte) -> dict[str, object] | None:  # type: ignore[no-untyped-def]
    import torch

    py = HERE.parent / ".venv-anchors" / "bin" / "python"
    if not py.exists():
        print(f"(anchors skipped: {py} not found; see README)")
        return None
    proc = subprocess.run([str(py), str(HERE / "anchors.py"), str(workdir)], capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        print("(anchors failed)\n" + proc.stderr[-3000:])
        return None
    art = json.loads(proc.stdout.strip().splitlines()[-1])
    net = mlp(Xte[:1], yte[:1], epochs=0)
    net.load_state_dict(torch.load(workdir / "art_at.pt", weights_only=True))
    art["pgd-at"] = robust_eval(adapter(net.eval()), Xte, yte) | {"seconds": art.pop("at_seconds")}
    return art


def main() -> None:
    import torch

    torch.set_num_threads(1)  # small models: one thread is faster on a shared CPU (both tools alike)
    Xtr, Xte, ytr, yte = digits()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        mine = ours(Xtr, Xte, ytr, yte, work)
        art = None if "--no-anchors" in sys.argv else anchors(work, Xte, yte)
    print(json.dumps({"modelward": mine, "art": art}, indent=1, default=float))
    rows = [("undefended MLP: clean / PGD-40x5 / auto", mine["undefended"], None)]
    for k in ("pgd-at", "fast-at", "trades"):
        rows.append((f"{k}: clean / PGD-40x5 / auto", mine[k], (art or {}).get("pgd-at") if k == "pgd-at" else None))
    print(f"\n{'measure':44s} {'modelward':>28s} {'ART':>28s}")

    def fmt(d: dict | None) -> str:  # type: ignore[type-arg]
        if not d:
            return "-"
        s = f"{d['clean']:.3f} / {d['pgd40_r5']:.3f} / {d['auto']:.3f}"
        return s + (f" ({d['seconds']:.1f}s)" if "seconds" in d else "")

    for label, a, b in rows:
        print(f"{label:44s} {fmt(a):>28s} {fmt(b):>28s}")
    d = mine["detection"]
    ad = (art or {}).get("detection", {})
    for kind in ("pgd20", "pgd40_full"):
        ours_s = f"{d[kind]['auc']:.3f} / {d[kind]['tpr_at_fpr']:.3f}"
        art_s = f"{ad[kind]['auc']:.3f} / {ad[kind]['tpr_at_fpr']:.3f}" if kind in ad else "-"
        print(f"{'detection ' + kind + ': AUC / TPR@5%FPR':44s} {ours_s:>28s} {art_s:>28s}")
    art_sm = (art or {}).get("smoothing")
    for key, label in (("smoothing", "noise x1.5"), ("smoothing_factor1", "noise x1.0")):
        sm = mine[key]
        ours_s = f"{sm['certified_acc_r0.5']:.3f} ({sm['certified_acc_r0']:.3f})"
        art_s = f"{art_sm['certified_acc_r0.5']:.3f} ({art_sm['certified_acc_r0']:.3f})" if art_sm else "-"
        print(f"{'smoothing s=0.25 ' + label + ': cert r=0.5 (r=0)':44s} {ours_s:>28s} {art_s:>28s}")

if __name__ == "__main__":
    main()
