"""Exact L∞ robustness of the bench MLP by mixed-integer programming, on the points attacks leave standing.

Rebuilds the 64-128-128-10 ReLU MLP exactly as run.py does (common.mlp, seed 0), runs PGD-20,
APGD-CE and APGD-T, and for every correctly classified test point that no attack broke asks, for
each wrong class j: is max logit_j - logit_y over the eps-box (intersected with [0, 1]) >= 0?
ReLUs are encoded with big-M constraints (Tjeng et al. 2019); the pre-activation bounds come from
interval arithmetic on layer 1 (exact there: it is linear in x) and from one LP per layer-2
neuron over layer 1's triangle relaxation. Each MILP (HiGHS, via scipy.optimize.milp) carries the
constraint logit_j - logit_y >= 0, so infeasible means class j is unreachable; a feasible point is
an adversarial example the attacks missed, checked by a forward pass through the torch net.

Run from the repository root:
    .venv/bin/python bench/robustness/verify_mlp.py [--eps 0.1 0.2] [--time-limit 60] [--workers 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import time
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import SEED, digits, mlp  # noqa: E402

Weights = list[tuple[np.ndarray, np.ndarray]]


def forward(weights: Weights, X: np.ndarray) -> np.ndarray:
    """Logits in float64."""
    h = np.atleast_2d(X)
    for i, (W, b) in enumerate(weights):
        h = h @ W.T + b
        if i < len(weights) - 1:
            h = np.maximum(h, 0.0)
    return h


def _layer2_bounds(W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray, lo: np.ndarray,
                   hi: np.ndarray, l1: np.ndarray, u1: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Bounds on layer-2 pre-activations: interval arithmetic, then one LP per bound over the
    triangle relaxation of layer 1 (variables x, a1)."""
    from scipy.optimize import linprog
    from scipy.sparse import csr_matrix, hstack, identity, vstack

    a_lo, a_hi = np.maximum(l1, 0), np.maximum(u1, 0)
    Wp, Wn = np.maximum(W2, 0), np.minimum(W2, 0)
    l2 = Wp @ a_lo + Wn @ a_hi + b2
    u2 = Wp @ a_hi + Wn @ a_lo + b2
    # back-substitution through layer 1's linear relaxation (CROWN / DeepPoly), exact over the box
    unst = (l1 < 0) & (u1 > 0)
    s_up = np.where(unst, u1 / np.where(unst, u1 - l1, 1.0), (l1 >= 0).astype(float))
    c_up = np.where(unst, -s_up * l1, 0.0)
    s_lo = np.where(unst, (u1 > -l1).astype(float), (l1 >= 0).astype(float))
    for sign in (1.0, -1.0):  # +1: upper bounds, -1: lower bounds
        Ws = sign * W2
        lam = np.maximum(Ws, 0) * s_up + np.minimum(Ws, 0) * s_lo
        const = np.maximum(Ws, 0) @ c_up + lam @ b1 + sign * b2
        A = lam @ W1
        best = np.maximum(A, 0) @ hi + np.minimum(A, 0) @ lo + const
        if sign > 0:
            u2 = np.minimum(u2, best)
        else:
            l2 = np.maximum(l2, -best)
    n0, n1 = W1.shape[1], W1.shape[0]
    unst = np.flatnonzero((l1 < 0) & (u1 > 0))
    act = np.flatnonzero(l1 >= 0)
    # a1 = W1 x + b1 on active neurons; a1 >= W1 x + b1 and a1 <= s (W1 x + b1 - l) on unstable ones
    I1 = identity(n1, format="csr")
    A_eq = hstack([-csr_matrix(W1[act]), I1[act]]).tocsr()
    b_eq = b1[act]
    s = u1[unst] / (u1[unst] - l1[unst])
    A_ub = vstack([
        hstack([csr_matrix(W1[unst]), -I1[unst]]),                      # W1 x + b1 - a <= 0
        hstack([-csr_matrix(W1[unst] * s[:, None]), I1[unst]]),          # a - s W1 x <= s (b1 - l)
    ]).tocsr()
    b_ub = np.concatenate([-b1[unst], s * (b1[unst] - l1[unst])])
    bounds = list(zip(lo, hi, strict=True)) + list(zip(a_lo, a_hi, strict=True))
    for k in range(W2.shape[0]):
        if l2[k] >= 0 or u2[k] <= 0:
            continue  # already stable from intervals
        for sign in (1.0, -1.0):
            cvec = np.concatenate([np.zeros(n0), sign * W2[k]])
            r = linprog(cvec, A_ub=A_ub, b_ub=b_ub, A_eq=A_eq, b_eq=b_eq, bounds=bounds, method="highs")
            if r.status != 0:
                continue
            v = sign * r.fun + b2[k]
            if sign > 0:
                l2[k] = max(l2[k], v - 1e-6)
            else:
                u2[k] = min(u2[k], v + 1e-6)
    return l2, u2


def verify_point(args: tuple[Weights, np.ndarray, int, float, float]) -> dict[str, Any]:
    """Exact robustness of one point: 'robust', 'adversarial' (with the example) or 'unknown'."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    weights, x0, y, eps, time_limit = args
    t0 = time.perf_counter()
    (W1, b1), (W2, b2), (W3, b3) = weights
    lo, hi = np.maximum(x0 - eps, 0.0), np.minimum(x0 + eps, 1.0)
    Wp, Wn = np.maximum(W1, 0), np.minimum(W1, 0)
    l1, u1 = Wp @ lo + Wn @ hi + b1, Wp @ hi + Wn @ lo + b1  # exact for a linear layer over a box
    l2, u2 = _layer2_bounds(W1, b1, W2, b2, lo, hi, l1, u1)
    n0, n1, n2 = W1.shape[1], W1.shape[0], W2.shape[0]
    un1 = np.flatnonzero((l1 < 0) & (u1 > 0))
    un2 = np.flatnonzero((l2 < 0) & (u2 > 0))
    # variables: x (n0) | a1 (n1) | a2 (n2) | d1 (len un1) | d2 (len un2)
    o1, o2, od1 = n0, n0 + n1, n0 + n1 + n2
    od2 = od1 + len(un1)
    nv = od2 + len(un2)
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    lb: list[float] = []
    ub: list[float] = []
    r = 0

    def add(idx: np.ndarray, coef: np.ndarray, lo_: float, hi_: float) -> None:
        nonlocal r
        rows.extend([r] * len(idx))
        cols.extend(idx.tolist())
        vals.extend(coef.tolist())
        lb.append(lo_)
        ub.append(hi_)
        r += 1

    v_lo = np.concatenate([lo, np.zeros(n1 + n2 + len(un1) + len(un2))])
    v_hi = np.concatenate([hi, np.maximum(u1, 0), np.maximum(u2, 0), np.ones(len(un1) + len(un2))])
    for W, b, lw, up, o_in, n_in, o_out, un, od in (
        (W1, b1, l1, u1, 0, n0, o1, un1, od1),
        (W2, b2, l2, u2, o1, n1, o2, un2, od2),
    ):
        pos = {int(k): i for i, k in enumerate(un)}
        in_idx = np.arange(o_in, o_in + n_in)
        for k in range(W.shape[0]):
            a = o_out + k
            if up[k] <= 0:
                v_hi[a] = 0.0
                continue
            w = W[k]
            if lw[k] >= 0:  # a = w.x + b
                add(np.append(in_idx, a), np.append(-w, 1.0), b[k], b[k])
                continue
            d = od + pos[k]
            add(np.append(in_idx, a), np.append(-w, 1.0), b[k], np.inf)                       # a >= h
            add(np.append(in_idx, [a, d]), np.append(-w, [1.0, -lw[k]]), -np.inf, b[k] - lw[k])  # a <= h - l(1-d)
            add(np.array([a, d]), np.array([1.0, -up[k]]), -np.inf, 0.0)                        # a <= u d
    base_rows = r
    integrality = np.zeros(nv)
    integrality[od1:] = 1
    logits0 = forward(weights, x0)[0]
    classes = [j for j in np.argsort(-logits0) if j != y]
    out: dict[str, Any] = {"unstable": [len(un1), len(un2)], "classes": {}}
    status = "robust"
    a2_idx = np.arange(o2, o2 + n2)
    for j in classes:
        cj = W3[j] - W3[y]
        bj = float(b3[j] - b3[y])
        # cheap interval bound on the final margin first
        a2lo, a2hi = np.maximum(l2, 0), np.maximum(u2, 0)
        if float(np.maximum(cj, 0) @ a2hi + np.minimum(cj, 0) @ a2lo) + bj < 0:
            out["classes"][int(j)] = "interval"
            continue
        rr, cc, vv, lbb, ubb = list(rows), list(cols), list(vals), list(lb), list(ub)
        rr.extend([base_rows] * n2)
        cc.extend(a2_idx.tolist())
        vv.extend(cj.tolist())
        lbb.append(-bj)
        ubb.append(np.inf)
        A = coo_matrix((vv, (rr, cc)), shape=(base_rows + 1, nv)).tocsr()
        cost = np.zeros(nv)
        cost[a2_idx] = -cj
        res = milp(cost, integrality=integrality, bounds=Bounds(v_lo, v_hi),
                   constraints=LinearConstraint(A, lbb, ubb),
                   options={"time_limit": time_limit, "presolve": True})
        if res.x is not None:
            x_adv = np.clip(res.x[:n0], lo, hi)
            z = forward(weights, x_adv)[0]
            out["classes"][int(j)] = float(-res.fun + bj)
            out["x_adv"] = x_adv.tolist()
            out["margin64"] = float(z[j] - z[y])
            status = "adversarial"
            break  # one wrong class reached is enough
        if res.status == 2:  # infeasible: class j is out of reach
            out["classes"][int(j)] = "infeasible"
            continue
        dual = getattr(res, "mip_dual_bound", None)
        out["classes"][int(j)] = f"timeout (dual bound {None if dual is None else -dual + bj})"
        status = "unknown"
    out["status"] = status
    out["seconds"] = time.perf_counter() - t0
    return out


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return (max(0.0, mid - half), min(1.0, mid + half))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eps", type=float, nargs="+", default=[0.1, 0.2])
    ap.add_argument("--time-limit", type=float, default=60.0, help="seconds per MILP")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sample", type=int, default=0, help="verify a random sample of this many points (0: all)")
    ap.add_argument("--apgd-steps", type=int, default=100)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    import torch

    from modelward.core.adapters.spec import FeatureSpec, InputSpec
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.robustness.attacks import apgd, pgd

    torch.set_num_threads(max(1, os.cpu_count() or 1))  # as run.py does
    Xtr, Xte, ytr, yte = digits()
    net = mlp(Xtr, ytr)
    spec = InputSpec(tuple(FeatureSpec(f"pixel{i}", lower=0.0, upper=1.0) for i in range(64)))
    model = TorchAdapter(net, classes=np.arange(10), input_spec=spec, device="cpu")
    torch.set_num_threads(1)  # the MILP workers want the cores
    weights = [(m.weight.detach().double().numpy(), m.bias.detach().double().numpy())
               for m in net if isinstance(m, torch.nn.Linear)]
    clean = model.predict(Xte) == yte
    n = len(yte)
    digest = hashlib.sha256(b"".join(p.detach().numpy().tobytes() for p in net.parameters())).hexdigest()
    print(f"MLP clean accuracy {clean.mean():.3f}, weights sha256 {digest[:16]}")
    report: dict[str, Any] = {"clean_accuracy": float(clean.mean()), "weights_sha256": digest, "by_eps": {}}
    for eps in args.eps:
        broken = ~clean
        per_attack = {}
        for name, fn in (
            ("pgd-20", lambda e: pgd(model, Xte, yte, e, steps=20, seed=SEED)),
            ("apgd-ce", lambda e: apgd(model, Xte, yte, e, steps=args.apgd_steps, seed=SEED)),
            ("apgd-dlr", lambda e: apgd(model, Xte, yte, e, loss="dlr", steps=args.apgd_steps, seed=SEED)),
            ("apgd-t", lambda e: apgd(model, Xte, yte, e, steps=args.apgd_steps, n_target_classes=9, seed=SEED)),
        ):
            res = fn(eps)
            per_attack[name] = res.robust_accuracy
            broken = broken | res.success
        standing = np.flatnonzero(~broken)
        print(f"eps={eps}: robust accuracy per attack {per_attack}; all attacks together "
              f"{len(standing) / n:.3f} ({len(standing)} points standing)")
        if standing.size == 0:
            report["by_eps"][str(eps)] = {"attacks": per_attack, "standing": 0, "robust_accuracy_lower": 0.0,
                                          "robust_accuracy_upper": 0.0}
            print(f"eps={eps}: the attacks break every point: true robust accuracy 0.000")
            continue
        # a random order, so that the points checked so far are always a random sample of the standing ones
        todo = np.random.default_rng(SEED).permutation(standing)
        if args.sample:
            todo = todo[: args.sample]
        jobs = [(weights, Xte[i].astype(float), int(yte[i]), float(eps), args.time_limit) for i in todo]
        t = time.perf_counter()
        results: list[dict[str, Any]] = []
        done: list[int] = []
        with Pool(max(1, args.workers)) as pool:
            for i, r in zip(todo, pool.imap(verify_point, jobs, chunksize=1), strict=True):
                done.append(int(i))
                results.append(r)
                entry = _summary(done, results, standing, n, per_attack, net, Xte, yte, time.perf_counter() - t)
                report["by_eps"][str(eps)] = entry
                print(f"  row {i}: {r['status']} ({r['seconds']:.0f} s); so far {entry['robust']} robust, "
                      f"{entry['adversarial']} adversarial, {entry['unknown']} unknown of {len(done)}", flush=True)
                _write(args.json, report)
        print(f"eps={eps}: checked {len(done)} of {len(standing)} standing points in {entry['seconds']:.0f} s: "
              f"{entry['robust']} verified robust, {entry['adversarial']} adversarial found by MILP, "
              f"{entry['unknown']} unknown (time limit {args.time_limit:g} s per MILP)")
        for a in entry["adversarial_examples"]:
            print(f"  MILP adversarial: row {a['index']} label {a['label']} -> torch predicts {a['pred_torch']}, "
                  f"L∞ {a['linf']:.4f}, margin {a['margin64']:.4g}")
        print(f"eps={eps}: true robust accuracy in [{entry['robust_accuracy_lower']:.3f}, "
              f"{entry['robust_accuracy_upper']:.3f}]", flush=True)
    _write(args.json, report)


def _summary(done: list[int], results: list[dict[str, Any]], standing: np.ndarray, n: int,
             per_attack: dict[str, float], net: Any, Xte: np.ndarray, yte: np.ndarray, dt: float) -> dict[str, Any]:
    """Counts so far and the bounds they give on the true robust accuracy (Wilson 95 % if a sample)."""
    import torch

    counts = {"robust": 0, "adversarial": 0, "unknown": 0}
    adversarial = []
    for i, r in zip(done, results, strict=True):
        counts[r["status"]] += 1
        if r["status"] == "adversarial":
            xa = np.asarray(r["x_adv"])
            with torch.no_grad():
                z = net(torch.tensor(xa[None], dtype=torch.float32))[0].numpy()
            adversarial.append({"index": i, "label": int(yte[i]), "pred_torch": int(z.argmax()),
                                "margin64": r["margin64"], "linf": float(np.abs(xa - Xte[i]).max())})
    m = len(done)
    entry: dict[str, Any] = {
        "attacks": per_attack, "standing": len(standing), "checked": m, **counts, "seconds": dt,
        "adversarial_examples": adversarial,
        "unstable_mean": np.mean([r["unstable"] for r in results], axis=0).tolist(),
        "milp_seconds_max": max(r["seconds"] for r in results),
    }
    if m == len(standing):
        entry["robust_accuracy_lower"] = counts["robust"] / n
        entry["robust_accuracy_upper"] = (counts["robust"] + counts["unknown"]) / n
    else:  # a random sample: Wilson interval on the share of standing points that are truly robust
        lo_, hi_ = wilson(counts["robust"], m)
        entry["robust_accuracy_lower"] = lo_ * len(standing) / n
        entry["robust_accuracy_upper"] = wilson(counts["robust"] + counts["unknown"], m)[1] * len(standing) / n
        entry["sample_share_ci95"] = [lo_, hi_]
    return entry


def _write(path: Path | None, report: dict[str, Any]) -> None:
    if path:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(report, indent=2))
        tmp.replace(path)


if __name__ == "__main__":
    main()
