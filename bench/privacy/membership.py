"""Membership inference on the overfit digits MLP: modelward's audit beside ART's black-box attacks.

500 members train a torch MLP 64-256-256-10 (Adam lr 1e-3, batch 64, 100 epochs, no regularisation);
500 digits are non-members; the attacker knows 250 of each and the other 250 + 250 are scored. Every
attack is summarised by the same ROC code: AUC and TPR at 1 % and 0.1 % FPR with 95 % bootstrap
intervals (with 250 non-members the smallest non-zero FPR is 0.4 %, so "0.1 %" means no false positive).
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

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from common import SEED, digits_split, train_mlp  # noqa: E402

ANCHOR_PYTHON = HERE.parent / ".venv-privacy" / "bin" / "python"


def _row(name: str, roc, seconds: float | None) -> str:  # type: ignore[no-untyped-def]
    lo = roc.at(0.01)
    lo2 = roc.at(0.001)
    secs = f"{seconds:7.1f}" if seconds is not None else "       "
    return (f"  {name:<34} AUC {roc.auc:.3f} [{roc.auc_ci[0]:.3f}, {roc.auc_ci[1]:.3f}]  "
            f"TPR@1% {lo.tpr:.3f} [{lo.ci[0]:.3f}, {lo.ci[1]:.3f}]  TPR@0.1% {lo2.tpr:.3f}  {secs} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--refs", type=int, nargs="+", default=[16, 48], help="reference-model counts to run")
    parser.add_argument("--budget", type=float, default=None,
                        help="seconds of reference training (the audit stops after the chunk that crosses it)")
    parser.add_argument("--anchors", action="store_true", help="run ART in bench/.venv-privacy")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()

    import torch

    from modelward.core.adapters.torch import TorchAdapter
    from modelward.privacy.membership.audit import AuditConfig, audit_membership
    from modelward.privacy.membership.design import make_design
    from modelward.privacy.references import TorchTrainer
    from modelward.privacy.roc import summarise

    torch.set_num_threads(1)
    Xm, ym, Xn, yn = digits_split(SEED)
    t = time.perf_counter()
    net = train_mlp(Xm, ym)
    print(f"target: torch MLP, {len(Xm)} members, trained in {time.perf_counter() - t:.1f} s")
    model = TorchAdapter(net, classes=np.arange(10), device="cpu", name="digits-mlp")
    member_acc, nonmember_acc = np.mean(model.predict(Xm) == ym), np.mean(model.predict(Xn) == yn)
    print(f"  accuracy: members {member_acc:.3f}, non-members {nonmember_acc:.3f}")
    figures: dict[str, dict[str, float]] = {}
    design = None
    for k in args.refs:
        config = AuditConfig(attacks=("loss", "lira", "lira-offline", "rmia", "shadow"), reference_models=k,
                             time_budget=args.budget, bootstrap=200, chunk=16)
        design = make_design(len(Xm), len(Xn), 0.5, k, np.random.default_rng([SEED, 4242]))
        cpu = time.process_time()
        audit = audit_membership(model, (Xm, ym), (Xn, yn), trainer=TorchTrainer(model, epochs=100, batch_size=64,
                                                                                  lr=1e-3), config=config,
                                 seed=SEED, design=design)
        cpu = time.process_time() - cpu
        load = os.getloadavg()[0]
        limit = f" ({audit.limit_reached})" if audit.limit_reached else ""
        print(f"modelward, {audit.reference_models} of {k} reference models ({audit.seconds:.1f} s wall, "
              f"{cpu:.1f} s of CPU on one thread for the whole audit; load average {load:.1f}){limit}:")
        for a in audit.attacks:
            print(_row(a.name, a.roc, None))
            figures[f"modelward {a.name} k={k}"] = {"auc": a.roc.auc, "tpr@1%": a.roc.tpr(0.01),
                                                     "tpr@0.1%": a.roc.tpr(0.001)}
        figures[f"modelward seconds k={k}"] = {"seconds": audit.seconds, "cpu_seconds": cpu, "load": load,
                                                "reference_models": audit.reference_models}
    if args.anchors and design is not None:
        if not ANCHOR_PYTHON.exists():
            print(f"anchors: {ANCHOR_PYTHON} missing; see bench/privacy/README.md")
            return 2
        with tempfile.TemporaryDirectory() as tmp:
            weights = Path(tmp) / "mlp.pt"
            torch.save(net.state_dict(), weights)
            job = Path(tmp) / "job.json"
            job.write_text(json.dumps({"seed": SEED, "weights": str(weights),
                                       "known_members": design.known_members.tolist(),
                                       "known_nonmembers": design.known_nonmembers.tolist(),
                                       "targets": design.targets.tolist()}))
            done = subprocess.run([str(ANCHOR_PYTHON), str(HERE / "anchors_membership.py"), str(job)],
                                  capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(done.stderr[-2000:])
            return 1
        art = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"ART {art['art']} (same target, same known rows, same targets):")
        rng = np.random.default_rng(1)
        for name, scores in art["scores"].items():
            roc = summarise(np.asarray(scores), design.target_is_member, (0.01, 0.001), rng, 200)
            print(_row(name, roc, art["seconds"][name]))
            figures[f"ART {name}"] = {"auc": roc.auc, "tpr@1%": roc.tpr(0.01), "tpr@0.1%": roc.tpr(0.001)}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
