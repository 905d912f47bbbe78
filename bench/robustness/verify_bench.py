"""Verified robust accuracy of the bench MLP (digits, L∞): modelward's verifier, with auto_LiRPA beside it.

Rebuilds the 64-128-128-10 ReLU MLP as run.py does (common.mlp, seed 0) and runs
`modelward.robustness.verification.verify` on the 540 test rows over the eps-ball intersected with
[0, 1]: alpha-CROWN on every row, `auto` on the rows it leaves, then branch and bound and the MILP
within the time budget. Prints the interval [verified, not attackable], its width, the time and the
verified / attackable / unknown counts, and the root bounds alone (CROWN, alpha-CROWN: rows proved
without branching). With bench/.venv-lirpa holding auto_LiRPA, its CROWN and alpha-CROWN run on the
same weights in the same run; otherwise the reason it could not run is printed.

    .venv/bin/python bench/robustness/verify_bench.py [--eps 0.1] [--time-budget 60] [--json out.json]
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import digits, mlp  # noqa: E402

LIRPA = HERE.parent / ".venv-lirpa" / "bin" / "python"

LIRPA_SCRIPT = r"""
import json, sys, time, torch
from auto_LiRPA import BoundedModule, BoundedTensor, PerturbationLpNorm
state, data, eps = sys.argv[1], sys.argv[2], float(sys.argv[3])
d = torch.load(data, weights_only=True)
X, y = d["X"].double(), d["y"]
net = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 128), torch.nn.ReLU(),
                          torch.nn.Linear(128, 10))
net.load_state_dict(torch.load(state, weights_only=True))
net = net.double().eval()
C = torch.zeros(len(X), 9, 10, dtype=torch.float64)
for i, c in enumerate(y.tolist()):
    others = [j for j in range(10) if j != c]
    C[i, range(9), others] = -1.0
    C[i, :, c] = 1.0
m = BoundedModule(net, torch.zeros(1, 64, dtype=torch.float64))
x = BoundedTensor(X, PerturbationLpNorm(norm=float("inf"), x_L=(X - eps).clamp(0, 1), x_U=(X + eps).clamp(0, 1)))
out = {}
for method in ("CROWN", "alpha-CROWN"):
    t = time.time()
    lb, _ = m.compute_bounds(x=(x,), C=C, method=method, bound_upper=False)
    out[method] = {"verified": int((lb.min(dim=1).values > 0).sum()), "seconds": time.time() - t}
print(json.dumps(out))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eps", type=float, default=0.1)
    ap.add_argument("--time-budget", type=float, default=60.0)
    ap.add_argument("--json")
    args = ap.parse_args()
    import torch

    from modelward.robustness.verification import verify
    from modelward.robustness.verification.bounds import TorchNet, backward_bound
    from modelward.robustness.verification.network import relu_network
    from modelward.robustness.verification.relu import root_bounds

    Xtr, Xte, ytr, yte = digits()
    t = time.time()
    net = mlp(Xtr, ytr)
    print(f"MLP trained in {time.time() - t:.0f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    torch.set_num_threads(1)  # as verify does: small batches, and a shared CPU punishes thread hand-offs
    clean = (net(torch.tensor(Xte, dtype=torch.float32)).argmax(1).numpy() == yte)
    out: dict[str, object] = {"eps": args.eps, "rows": len(Xte), "clean_accuracy": float(clean.mean())}

    # root bounds alone (no attack, no branching): what a single bound pass proves
    rn = relu_network(net)
    lo, hi = np.clip(Xte - args.eps, 0, 1), np.clip(Xte + args.eps, 0, 1)
    t = time.time()
    root = root_bounds(rn, lo[clean], hi[clean], yte[clean], alpha_iterations=0)
    with torch.no_grad():
        crown, _ = backward_bound(TorchNet.of(rn), root.C, root.lows, root.ups, root.lo, root.hi)
    t_crown = time.time() - t
    t = time.time()
    root = root_bounds(rn, lo[clean], hi[clean], yte[clean], alpha_iterations=20)
    t_alpha = time.time() - t
    roots = {"CROWN": {"verified": int((crown.min(dim=1).values > 0).sum()), "seconds": t_crown},
             "alpha-CROWN": {"verified": int((root.lb.min(dim=1).values > 0).sum()), "seconds": t_alpha}}
    out["modelward_root"] = roots
    for k, v in roots.items():
        print(f"modelward {k:12s} (root only): {v['verified']} rows verified, {v['seconds']:.1f} s")
    out["auto_lirpa"] = _lirpa(net, Xte[clean], yte[clean], args.eps)
    for k, v in out["auto_lirpa"].items():  # type: ignore[union-attr]
        print(f"auto_LiRPA {k:12s} (root only): {v}")

    load = os.getloadavg()[0]
    t = time.time()
    res = verify(net, Xte, yte, args.eps, lower=0.0, upper=1.0, time_budget_s=args.time_budget)
    dt = time.time() - t
    lo_i, hi_i = res.interval
    out["modelward_verify"] = {**res.to_dict(), "wall_seconds": dt, "load_average": [load, os.getloadavg()[0]]}
    print(f"verify eps={args.eps} (time budget {args.time_budget:g} s): robust accuracy in [{lo_i:.4f}, {hi_i:.4f}] "
          f"(width {hi_i - lo_i:.4f}); {res.count('verified')} verified, {res.count('attackable')} attackable, "
          f"{res.count('unknown')} unknown; {dt:.1f} s; by method {res.to_dict()['by_method']}; "
          f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2, default=float))


def _lirpa(net, X: np.ndarray, y: np.ndarray, eps: float) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """auto_LiRPA's CROWN and alpha-CROWN on the same weights, in its own virtualenv."""
    import torch

    if not LIRPA.exists():
        return {"error": f"{LIRPA.relative_to(HERE.parent.parent)} not found"}
    with tempfile.TemporaryDirectory() as tmp:
        state, data, script = Path(tmp, "mlp.pt"), Path(tmp, "data.pt"), Path(tmp, "lirpa.py")
        torch.save(net.state_dict(), state)
        torch.save({"X": torch.tensor(X), "y": torch.tensor(y)}, data)
        script.write_text(LIRPA_SCRIPT)
        proc = subprocess.run([str(LIRPA), str(script), str(state), str(data), str(eps)], capture_output=True,
                              text=True, timeout=1800)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"auto_LiRPA did not run: {last}"}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
