"""Anchor figures from ART and torchattacks; run inside bench/.venv-anchors, prints one JSON object.

Reads the torch MLP's weights from the path given as argv[1] (a state dict saved by run.py, loaded
with weights_only=True) and retrains the deterministic SVC itself.
"""

from __future__ import annotations

import json
import sys
import time

import numpy as np

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import EPS_LINF, digits, mlp, rbf_svc


def main() -> None:
    import art
    import torch
    import torchattacks
    from art.attacks.evasion import HopSkipJump, ProjectedGradientDescent
    from art.estimators.classification import PyTorchClassifier
    from art.estimators.classification.scikitlearn import ScikitlearnSVC

    Xtr, Xte, ytr, yte = digits()
    net = mlp(Xtr, ytr, epochs=0)
    net.load_state_dict(torch.load(sys.argv[1], weights_only=True))
    net.eval()
    out: dict[str, object] = {"art": art.__version__, "torchattacks": torchattacks.__version__,
                              "torch": torch.__version__}
    X = torch.tensor(Xte, dtype=torch.float32)
    Y = torch.tensor(yte, dtype=torch.long)
    clf = PyTorchClassifier(net, loss=torch.nn.CrossEntropyLoss(), input_shape=(64,), nb_classes=10,
                            clip_values=(0.0, 1.0))
    for eps in EPS_LINF:
        atk = torchattacks.PGD(net, eps=eps, alpha=2.5 * eps / 20, steps=20, random_start=True)
        t = time.perf_counter()
        adv = atk(X, Y)
        dt = time.perf_counter() - t
        with torch.no_grad():
            acc = float((net(adv).argmax(1) == Y).float().mean())
        out[f"torchattacks_pgd20_eps{eps}"] = {"robust_accuracy": acc, "seconds": dt}
        pgd = ProjectedGradientDescent(clf, norm=np.inf, eps=eps, eps_step=2.5 * eps / 20, max_iter=20,
                                       num_random_init=1, batch_size=540, verbose=False)
        t = time.perf_counter()
        adv = pgd.generate(Xte.astype(np.float32))
        dt = time.perf_counter() - t
        acc = float((clf.predict(adv).argmax(1) == yte).mean())
        out[f"art_pgd20_eps{eps}"] = {"robust_accuracy": acc, "seconds": dt}
    # ART HopSkipJump on the RBF SVC, queries counted by wrapping predict
    svc = rbf_svc(Xtr, ytr)
    counter = {"rows": 0}
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    svc.probability = False  # sklearn 1.9 leaves "deprecated" here, which ART reads as True
    wrapped = ScikitlearnSVC(svc, clip_values=(0.0, 1.0))
    plain_predict = wrapped.predict

    def counted_predict(x, **kw):  # type: ignore[no-untyped-def]
        counter["rows"] += len(x)
        return plain_predict(x, **kw)

    wrapped.predict = counted_predict  # type: ignore[method-assign]
    iters = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    hsj = HopSkipJump(wrapped, norm=2, max_iter=iters, max_eval=100, init_eval=10, init_size=100, verbose=False)
    x = Xte[:n]
    counter["rows"] = 0
    t = time.perf_counter()
    adv = hsj.generate(x)
    queries = counter["rows"]
    dt = time.perf_counter() - t
    pred0 = svc.predict(x)
    ok = (svc.predict(adv) != yte[:n]) & (pred0 == yte[:n])
    d = np.linalg.norm(adv - x, axis=1)
    correct = pred0 == yte[:n]
    dist = np.where(ok, d, np.inf)[correct]
    out["art_hsj_svc"] = {
        "n": n, "queries_per_point": queries / n, "success": float(ok[correct].mean()),
        "median_l2": float(np.median(dist)), "share_l2_le_1": float((dist <= 1).mean()), "seconds": dt,
        "params": f"max_iter={iters}, max_eval=100, init_eval=10",
    }
    # ART HopSkipJump L∞ on the same SVC (labels only), about as many queries per row as RayS in `auto` (900)
    iters_inf = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    hsj_inf = HopSkipJump(wrapped, norm=np.inf, max_iter=iters_inf, max_eval=100, init_eval=10, init_size=100,
                          verbose=False)
    counter["rows"] = 0
    t = time.perf_counter()
    adv = hsj_inf.generate(x)
    queries = counter["rows"]
    dt = time.perf_counter() - t
    broken = (svc.predict(adv) != yte[:n]) | ~correct
    linf = np.abs(adv - x).max(axis=1)
    out["art_hsj_linf_svc"] = {
        "n": n, "queries_per_point": queries / n, "seconds": dt,
        "robust_accuracy": {str(e): float(1 - np.mean(broken & ((linf <= e + 1e-9) | ~correct))) for e in EPS_LINF},
        "params": f"norm=inf, max_iter={iters_inf}, max_eval=100, init_eval=10",
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
