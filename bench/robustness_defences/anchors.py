"""ART anchors for the defences bench; run inside bench/.venv-anchors with the work directory as argv[1].

Reads base.pt (the undefended MLP) and adv.npz (adversarial test rows) written by run.py; writes
art_at.pt (ART's PGD adversarially trained MLP, scored by run.py with the same evaluator); prints
one JSON line. ART's Clopper-Pearson bound needs statsmodels; it is replaced here by the same
bound from scipy (beta quantile), which is what statsmodels computes.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "robustness"))
from common import SEED, digits, mlp  # noqa: E402

EPS, SIGMA, N0, N, ALPHA, RADIUS = 0.1, 0.25, 100, 1000, 0.001, 0.5


def _rates(clean: np.ndarray, adv: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score, roc_curve

    labels = np.r_[np.zeros(len(clean)), np.ones(len(adv))]
    fpr, tpr, _ = roc_curve(labels, np.r_[clean, adv])
    return {"auc": float(roc_auc_score(labels, np.r_[clean, adv])), "tpr_at_fpr": float(tpr[fpr <= 0.05].max())}


def main() -> None:
    import art
    import torch
    from art.defences.preprocessor import FeatureSqueezing
    from art.defences.trainer import AdversarialTrainerMadryPGD
    from art.estimators.certification.randomized_smoothing import PyTorchRandomizedSmoothing
    from art.estimators.classification import PyTorchClassifier
    from scipy.stats import beta

    torch.set_num_threads(1)
    work = Path(sys.argv[1])
    Xtr, Xte, ytr, yte = digits()
    Xtr32, Xte32 = Xtr.astype(np.float32), Xte.astype(np.float32)
    out: dict[str, object] = {"art": art.__version__}

    # PGD adversarial training (Madry), eps 0.1, step 0.025, 7 iterations, 30 epochs, batch 64
    net = mlp(Xtr, ytr, epochs=0)
    clf = PyTorchClassifier(net, loss=torch.nn.CrossEntropyLoss(), optimizer=torch.optim.Adam(net.parameters(), 1e-3),
                            input_shape=(64,), nb_classes=10, clip_values=(0.0, 1.0), device_type="cpu")
    trainer = AdversarialTrainerMadryPGD(clf, nb_epochs=30, batch_size=64, eps=EPS, eps_step=EPS / 4, max_iter=7)
    t = time.perf_counter()
    trainer.fit(Xtr32, ytr)
    out["at_seconds"] = time.perf_counter() - t
    torch.save(net.state_dict(), work / "art_at.pt")

    # feature squeezing detection (Xu et al.): L1 between predictions on x and on the squeezed x;
    # the best bit depth of 1..5 on these very rows (generous to ART)
    base = mlp(Xtr, ytr, epochs=0)
    base.load_state_dict(torch.load(work / "base.pt", weights_only=True))
    bclf = PyTorchClassifier(base.eval(), loss=torch.nn.CrossEntropyLoss(), input_shape=(64,), nb_classes=10,
                             clip_values=(0.0, 1.0), device_type="cpu")
    adv = np.load(work / "adv.npz")
    det: dict[str, dict[str, float]] = {}
    for kind in ("pgd20", "full"):
        best: dict[str, float] = {}
        for bits in range(1, 6):
            fs = FeatureSqueezing(clip_values=(0.0, 1.0), bit_depth=bits)

            def score(X: np.ndarray, fs: FeatureSqueezing = fs) -> np.ndarray:
                X = X.astype(np.float32)
                return np.abs(bclf.predict(X) - bclf.predict(fs(X)[0].astype(np.float32))).sum(axis=1)

            r = _rates(score(Xte32), score(adv[kind])) | {"bit_depth": bits}
            if r["auc"] > best.get("auc", -1):
                best = r
        det["pgd20" if kind == "pgd20" else "pgd40_full"] = best
    out["detection"] = det

    # randomised smoothing: ART trains with Gaussian noise, certifies with n0 = sample_size, n
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    snet = mlp(Xtr, ytr, epochs=0)
    rs = PyTorchRandomizedSmoothing(snet, loss=torch.nn.CrossEntropyLoss(),
                                    optimizer=torch.optim.Adam(snet.parameters(), 3e-3), input_shape=(64,),
                                    nb_classes=10, device_type="cpu", sample_size=N0, scale=SIGMA, alpha=ALPHA)
    rs._lower_confidence_bound = lambda k, n: float(beta.ppf(ALPHA, k, n - k + 1)) if k > 0 else 0.0
    t = time.perf_counter()
    rs.fit(Xtr32, ytr, nb_epochs=60, batch_size=64)
    train_s = time.perf_counter() - t
    t = time.perf_counter()
    pred, radius = rs.certify(Xte32, n=N, batch_size=1100)
    out["smoothing"] = {
        "certified_acc_r0.5": float(((pred == yte) & (radius >= RADIUS)).mean()),
        "certified_acc_r0": float((pred == yte).mean()),
        "train_seconds": train_s, "certify_seconds": time.perf_counter() - t,
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
