"""Output perturbation settings of the gateway measured against the attacks, with their utility cost.

For each setting (full probabilities, labels only, top-k, rounding, Laplace noise with the top class kept):
- membership inference on the overfit digits MLP of membership.py (loss threshold, and LiRA with 16
  reference models whose answers the attacker passes through the same setting; label-only answers get
  the label-only signal);
- extraction of the digits CNN of bench/stealing (active learning from natural digits, 100 and 250
  queries; labels-only answers train on one-hot targets);
- utility: mean L1 change of the served probabilities and the share of top classes kept (test rows).
Prints one table; the gateway docs cite it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from common import SEED, digits_split, train_mlp  # noqa: E402

SETTINGS = [("none", {}), ("label", {}), ("top_k", {"top_k": 1}), ("top_k", {"top_k": 3}),
            ("round", {"decimals": 1}), ("round", {"decimals": 2}), ("round", {"decimals": 3}),
            ("noise", {"noise": 0.01}), ("noise", {"noise": 0.05}), ("noise", {"noise": 0.1})]


class CachedTrainer:
    """Trains the reference models once; the settings only change what their answers look like."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.description, self._cache = inner, inner.description, {}

    def train(self, X, y, subsets, seed):  # type: ignore[no-untyped-def]
        key = (seed, b"".join(np.asarray(s).tobytes() for s in subsets))
        if key not in self._cache:
            self._cache[key] = self.inner.train(X, y, subsets, seed)
        return self._cache[key]


def main() -> int:
    import importlib.util

    import torch

    spec = importlib.util.spec_from_file_location("stealing_common", HERE.parent / "stealing" / "common.py")
    assert spec is not None and spec.loader is not None
    stealing_common = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(stealing_common)
    steal_split, train_cnn = stealing_common.digits_split, stealing_common.train_cnn

    from modelward.core.adapters.torch import TorchAdapter
    from modelward.privacy.membership.audit import AuditConfig, audit_membership
    from modelward.privacy.membership.design import make_design
    from modelward.privacy.output import OutputPolicy, PerturbedAdapter, PerturbedTrainer, utility_cost
    from modelward.privacy.references import TorchTrainer
    from modelward.stealing.extraction import extract

    torch.set_num_threads(1)
    Xm, ym, Xn, yn = digits_split(SEED)
    mlp = TorchAdapter(train_mlp(Xm, ym), classes=np.arange(10), device="cpu", name="digits-mlp")
    refs = CachedTrainer(TorchTrainer(mlp, epochs=100))
    X_tr, y_tr, X_pool, _, X_te, _ = steal_split(SEED)
    cnn = TorchAdapter(train_cnn(X_tr, y_tr), classes=np.arange(10), device="cpu", name="digits-cnn")
    print(f"{'setting':<44} {'MI loss AUC':>11} {'LiRA AUC':>9} {'LiRA TPR@1%':>12} {'extract@100':>12} "
          f"{'extract@250':>12} {'L1 change':>10} {'top kept':>9}")
    for kind, extra in SETTINGS:
        policy = OutputPolicy(kind, **extra)
        served = PerturbedAdapter(mlp, policy, SEED)
        design = make_design(len(Xm), len(Xn), 0.5, 16, np.random.default_rng([SEED, 4242]))
        audit = audit_membership(served, (Xm, ym), (Xn, yn), trainer=PerturbedTrainer(refs, policy),
                                 config=AuditConfig(attacks=("loss", "lira"), reference_models=16, time_budget=None,
                                                    bootstrap=0), seed=SEED, design=design)
        names = {a.name: a for a in audit.attacks}
        loss = names.get("loss") or names.get("label-only")
        lira = names.get("lira") or names.get("label-only lira")
        access = "labels" if kind == "label" else "probabilities"
        stolen = extract(PerturbedAdapter(cnn, policy, SEED), X_pool, X_te, [100, 250], access=access, seed=SEED)
        fid = {f.budget: f.fidelity for f in stolen.figures}
        cost = utility_cost(cnn.predict_proba(X_te), PerturbedAdapter(cnn, policy, SEED).predict_proba(X_te))
        print(f"{policy.describe():<44} {loss.roc.auc:>11.3f} {lira.roc.auc:>9.3f} {lira.roc.tpr(0.01):>12.3f} "
              f"{fid[100]:>12.3f} {fid[250]:>12.3f} {cost['mean_l1_change']:>10.3f} {cost['top_class_kept']:>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
