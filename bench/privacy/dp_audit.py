"""Is a membership attack on a DP-SGD model finding members, or noise? Repeated audits with a null control.

One audit's bootstrap interval resamples the scored records only; the reference models and the
target's own training noise are fixed, and they move the AUC as much. Here the DP-SGD MLP of dp.py
(eps given, delta 1e-5, the modelward recipe) is trained with several seeds on the 500 members and
audited with several audit seeds (design and reference models); the null control trains the same
model on 500 other digits, so the "members" are not members and any AUC away from 0.5 is the
evaluation's own noise or bias. Printed: every run, then per attack the mean AUC over runs with a 95 %
t-interval, for the real and the null target.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from common import SEED, digits_split  # noqa: E402
from dp import DELTA, OURS, _mlp  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epsilon", type=float, nargs="+", default=[3.0])
    parser.add_argument("--target-seeds", type=int, default=4)
    parser.add_argument("--audit-seeds", type=int, default=2)
    parser.add_argument("--refs", type=int, default=16)
    parser.add_argument("--no-null", action="store_true", help="skip the null control")
    args = parser.parse_args()

    import torch
    from scipy.stats import t as student
    from sklearn.datasets import load_digits

    from modelward.core.adapters.torch import TorchAdapter
    from modelward.privacy.dp.dpsgd import DPSGDConfig, train_dp_sgd
    from modelward.privacy.dp.mitigations import DPSGDTrainer
    from modelward.privacy.membership.audit import AuditConfig, audit_membership

    torch.set_num_threads(1)
    Xm, ym, Xn, yn = digits_split(SEED)
    X, y = load_digits(return_X_y=True)
    order = np.random.default_rng(SEED).permutation(len(X))
    Xo, yo = X[order[1000:1500]] / 16.0, y[order[1000:1500]]  # rows digits_split never uses
    modes = ("real",) if args.no_null else ("real", "null")
    for eps in args.epsilon:
        config = DPSGDConfig(eps, DELTA, **{k: OURS[k] for k in ("epochs", "batch_size", "lr", "max_grad_norm",
                                                                   "optimizer")})
        for mode in modes:
            runs: dict[str, list[float]] = {}
            for ts in range(args.target_seeds):
                net = _mlp(ts)
                train_dp_sgd(net, *((Xm, ym) if mode == "real" else (Xo, yo)), config, seed=ts)
                model = TorchAdapter(net, classes=np.arange(10), device="cpu")
                for aseed in range(args.audit_seeds):
                    t = time.perf_counter()
                    audit = audit_membership(model, (Xm, ym), (Xn, yn), trainer=DPSGDTrainer(model, config),
                                             config=AuditConfig(attacks=("loss", "lira", "rmia"),
                                                                reference_models=args.refs, time_budget=None),
                                             seed=aseed)
                    line = "  ".join(f"{a.name} {a.roc.auc:.3f} [{a.roc.auc_ci[0]:.3f}, {a.roc.auc_ci[1]:.3f}]"
                                     for a in audit.attacks)
                    print(f"eps {eps:g} {mode:<4} target seed {ts} audit seed {aseed}: {line}  "
                          f"({time.perf_counter() - t:.0f} s)", flush=True)
                    for a in audit.attacks:
                        runs.setdefault(a.name, []).append(a.roc.auc)
            for name, values in runs.items():
                v = np.asarray(values)
                half = student.ppf(0.975, len(v) - 1) * v.std(ddof=1) / np.sqrt(len(v)) if len(v) > 1 else np.nan
                print(f"eps {eps:g} {mode:<4} {name:<5} mean AUC {v.mean():.3f} [{v.mean() - half:.3f}, "
                      f"{v.mean() + half:.3f}] over {len(v)} runs, sd {v.std(ddof=1) if len(v) > 1 else 0:.3f}, "
                      f"range {v.min():.3f}-{v.max():.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
