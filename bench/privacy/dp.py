"""Differential privacy: the accountant against Opacus's, DP-SGD on the digits MLP beside Opacus (same
recipe and a common SGD recipe), DP logistic regression and naive Bayes on breast cancer beside
diffprivlib (mean of 5 seeds), and the membership audit of a DP-SGD model (LiRA with private
reference models) on the split of membership.py."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from common import SEED, digits_split  # noqa: E402

ANCHOR_PYTHON = HERE.parent / ".venv-privacy" / "bin" / "python"
DELTA = 1e-5
GRID = [(0.01, 1.0, 1000), (0.2, 3.0, 150), (0.4, 6.2, 100), (1.0, 20.0, 50)]
OURS = {"optimizer": "adam", "lr": 0.02, "batch_size": 512, "epochs": 40, "max_grad_norm": 1.0}
SGD = {"optimizer": "sgd", "lr": 0.5, "batch_size": 64, "epochs": 20, "max_grad_norm": 1.0}


def _mlp(seed: int):  # type: ignore[no-untyped-def]
    import torch

    torch.manual_seed(seed)
    return torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.Tanh(), torch.nn.Linear(32, 10))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--anchors", action="store_true")
    parser.add_argument("--seeds", type=int, default=3, help="seeds of the DP-SGD runs")
    parser.add_argument("--audit-refs", type=int, default=16, help="private reference models of the DP audit")
    args = parser.parse_args()

    import torch
    from sklearn.datasets import load_breast_cancer, load_digits
    from sklearn.model_selection import train_test_split

    from modelward.core.adapters.torch import TorchAdapter
    from modelward.privacy.dp.accountant import Mechanism, privacy_spent
    from modelward.privacy.dp.dpsgd import DPSGDConfig, train_dp_sgd
    from modelward.privacy.dp.linear import DPLogisticRegression
    from modelward.privacy.dp.mitigations import DPSGDTrainer
    from modelward.privacy.dp.naive_bayes import DPGaussianNB
    from modelward.privacy.membership.audit import AuditConfig, audit_membership

    torch.set_num_threads(1)
    print("accountant (epsilon at delta 1e-5), modelward RDP:")
    ours_grid = {f"{q},{s},{t}": privacy_spent([Mechanism(q, s, t)], DELTA).epsilon for q, s, t in GRID}
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)
    print(f"DP-SGD, digits MLP 64-32-10 tanh, {len(X_tr)} training rows, delta {DELTA:g}, {args.seeds} seeds:")
    digits: dict[str, dict[str, float]] = {}
    for name, r in (("modelward recipe", OURS), ("SGD recipe", SGD)):
        for eps in (1.0, 3.0):
            accs, spent, secs = [], [], []
            for seed in range(args.seeds):
                net = _mlp(seed)
                t = time.perf_counter()
                res = train_dp_sgd(net, X_tr, y_tr, DPSGDConfig(eps, DELTA, r["epochs"], r["batch_size"], r["lr"],
                                                                r["max_grad_norm"], r["optimizer"]), seed=seed)
                secs.append(time.perf_counter() - t)
                spent.append(res.spent.epsilon)
                with torch.no_grad():
                    accs.append(float((net(torch.tensor(X_te, dtype=torch.float32)).argmax(1).numpy() == y_te).mean()))
            digits[f"{name} eps={eps:g}"] = {"accuracy": float(np.mean(accs)), "epsilon": float(np.mean(spent)),
                                            "seconds": float(np.mean(secs))}
    for key, v in digits.items():
        print(f"  modelward {key:<24} accuracy {v['accuracy']:.3f}  epsilon {v['epsilon']:.4f}  {v['seconds']:.1f} s")
    Xc, yc = load_breast_cancer(return_X_y=True)
    print("breast cancer (80/20 stratified splits, 5 seeds), delta 1e-5:")
    for eps in (0.5, 1.0, 3.0):
        lr, nb = [], []
        for seed in range(5):
            a, b, c, d = train_test_split(Xc, yc, test_size=0.2, random_state=seed, stratify=yc)
            lr.append(DPLogisticRegression(epsilon=eps, delta=DELTA, random_state=seed).fit(a, c).score(b, d))
            nb.append(DPGaussianNB(epsilon=eps, delta=DELTA, random_state=seed).fit(a, c).score(b, d))
        print(f"  modelward eps={eps:g}: DP logistic regression {np.mean(lr):.3f}, DP Gaussian NB {np.mean(nb):.3f}")
    Xm, ym, Xn, yn = digits_split(SEED)
    net = _mlp(SEED)
    config = DPSGDConfig(3.0, DELTA, **{k: OURS[k] for k in ("epochs", "batch_size", "lr", "max_grad_norm",
                                                               "optimizer")})
    train_dp_sgd(net, Xm, ym, config, seed=SEED)
    model = TorchAdapter(net, classes=np.arange(10), device="cpu")
    t = time.perf_counter()
    audit = audit_membership(model, (Xm, ym), (Xn, yn), trainer=DPSGDTrainer(model, config),
                             config=AuditConfig(attacks=("loss", "lira", "rmia"), reference_models=args.audit_refs,
                                                time_budget=None), seed=SEED)
    print(f"membership audit of a DP-SGD MLP (eps 3, 500 members / 500 non-members, {args.audit_refs} private "
          f"reference models, {time.perf_counter() - t:.0f} s); accuracy members {audit.member_accuracy:.3f}, "
          f"non-members {audit.nonmember_accuracy:.3f}:")
    for a in audit.attacks:
        print(f"  {a.name:<8} AUC {a.roc.auc:.3f} [{a.roc.auc_ci[0]:.3f}, {a.roc.auc_ci[1]:.3f}]  "
              f"TPR@1% {a.roc.tpr(0.01):.3f}")
    if args.anchors:
        with tempfile.TemporaryDirectory() as tmp:
            job = Path(tmp) / "job.json"
            job.write_text(json.dumps({"grid": GRID, "delta": DELTA, "epsilons": [1.0, 3.0],
                                       "seeds": list(range(args.seeds)),
                                       "recipes": {"modelward recipe": OURS, "SGD recipe": SGD},
                                       "epsilons_linear": [0.5, 1.0, 3.0], "seeds_linear": list(range(5))}))
            done = subprocess.run([str(ANCHOR_PYTHON), str(HERE / "anchors_dp.py"), str(job)], capture_output=True,
                                  text=True, check=False)
        if done.returncode != 0:
            print(done.stderr[-3000:])
            return 1
        res = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"anchors: Opacus {res['opacus']}, diffprivlib {res['diffprivlib']}")
        for key, v in res["accountants"].items():
            print(f"  accountant q,sigma,steps={key}: modelward RDP {ours_grid[key]:.4f}, Opacus RDP {v['rdp']:.4f}, "
                  f"Opacus PRV {v['prv']:.4f}")
        for key, v in res["digits"].items():
            print(f"  Opacus {key:<24} accuracy {v['accuracy']:.3f}  epsilon {v['epsilon']:.4f}  {v['seconds']:.1f} s")
        for key, v in res["cancer"].items():
            print(f"  diffprivlib {key}: logistic regression {v['logistic_regression']:.3f}, "
                  f"Gaussian NB {v['gaussian_nb']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
