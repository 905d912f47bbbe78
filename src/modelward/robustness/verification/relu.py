"""Verify rows of a ReLU network: alpha-CROWN on every row, then branch and bound, then the exact MILP.

Works in float64 on the network read from the module. A row is verified when the lower bound of
every margin logit_y - logit_j exceeds `tol` (a margin against float32 rounding in the model
itself); a counterexample is only returned when the network's own forward pass confirms it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.robustness.verification.bab import FALSIFIED, OPEN, VERIFIED, branch_and_bound
from modelward.robustness.verification.bounds import (
    TorchNet,
    as_numpy,
    crown_intermediate,
    margin_matrix,
    optimise_alpha,
)
from modelward.robustness.verification.milp import milp_available, min_margin
from modelward.robustness.verification.network import ReluNetwork

TOL = 1e-4  # margin proved above this: float32 rounding in the model itself stays below it
ROOT_CHUNK = 128
BAB_ROWS = 1024  # rows in one branch-and-bound pool: time goes to the problems closest to done, across rows
BAB_BATCH = 2048


@dataclass(frozen=True, eq=False)
class NetworkOutcome:
    """Per row: 1 verified, -1 counterexample, 0 open; the method; the counterexample (NaN rows where
    none); the proven lower bound on the smallest margin."""

    status: np.ndarray
    how: tuple[str, ...]
    x_adv: np.ndarray
    lower: np.ndarray
    domains: int = 0


@dataclass(frozen=True, eq=False)
class RootBounds:
    """alpha-CROWN at the root of every row, kept for branch and bound (torch tensors)."""

    lo: Any
    hi: Any
    lows: list[Any]
    ups: list[Any]
    C: Any
    alphas: list[Any]
    lb: Any  # (rows, classes - 1)


def root_bounds(net: ReluNetwork, lo: np.ndarray, hi: np.ndarray, labels: np.ndarray,
                alpha_iterations: int = 20) -> RootBounds:
    """Intermediate bounds by CROWN, margins by alpha-CROWN, in chunks of rows."""
    import torch

    tn = TorchNet.of(net)
    parts: list[RootBounds] = []
    for s in range(0, len(lo), ROOT_CHUNK):
        L = torch.as_tensor(lo[s:s + ROOT_CHUNK], dtype=torch.float64)
        H = torch.as_tensor(hi[s:s + ROOT_CHUNK], dtype=torch.float64)
        with torch.no_grad():
            lows, ups = crown_intermediate(tn, L, H)
        C, _ = margin_matrix(torch.as_tensor(labels[s:s + ROOT_CHUNK], dtype=torch.long), net.n_outputs)
        lb, alphas, _ = optimise_alpha(tn, C, lows, ups, L, H, iterations=alpha_iterations)
        parts.append(RootBounds(L, H, lows, ups, C, alphas, lb))

    def cat(get: Any) -> Any:
        return torch.cat([get(p) for p in parts])

    n_hidden = len(net.hidden)
    return RootBounds(cat(lambda p: p.lo), cat(lambda p: p.hi),
                      [cat(lambda p, k=k: p.lows[k]) for k in range(n_hidden)],
                      [cat(lambda p, k=k: p.ups[k]) for k in range(n_hidden)], cat(lambda p: p.C),
                      [cat(lambda p, k=k: p.alphas[k]) for k in range(n_hidden)], cat(lambda p: p.lb))


def refine(net: ReluNetwork, root: RootBounds, rows: np.ndarray, deadline: float, *,
           row_budget_s: float | None = None, use_milp: bool = True) -> NetworkOutcome:
    """Branch and bound on the given rows (indices into root), in one pool (up to BAB_ROWS rows; the
    pool works first on the problems with the fewest open domains, so a hopeless row does not starve
    the others), then the exact MILP on what stays open if time remains (a problem branch and bound
    gave up on, or one a row budget cut short). Reserving time for the MILP measured worse: on the bench
    MLP it closes no row within seconds, while branch and bound closes several."""
    import torch

    tn = TorchNet.of(net)
    n, n0 = len(rows), int(root.lo.shape[1])
    status = np.zeros(n, dtype=int)
    how = ["open"] * n
    x_adv = np.full((n, n0), np.nan)
    lower = as_numpy(root.lb[torch.as_tensor(rows, dtype=torch.long)].min(dim=1).values) if n else np.zeros(0)
    S = int(root.C.shape[1])
    order = np.argsort(-lower, kind="stable")  # the nearest to proved first
    domains = 0
    chunk = BAB_ROWS
    for start in range(0, n, chunk):
        now = time.monotonic()
        if now >= deadline:
            break
        part = order[start:start + chunk]
        left = n - start
        share = (deadline - now) * len(part) / left
        if row_budget_s is not None:
            share = min(share, row_budget_s * len(part))
        r = torch.as_tensor(rows[part], dtype=torch.long)
        probs_row = torch.arange(len(part)).repeat_interleave(S)
        C = root.C[r].reshape(-1, root.C.shape[-1])
        alphas = [a[r].reshape(len(part) * S, 1, -1) for a in root.alphas]
        out = branch_and_bound(tn, root.lo[r], root.hi[r], [t[r] for t in root.lows], [t[r] for t in root.ups],
                               probs_row, C, alphas, root.lb[r].reshape(-1), now + share, tol=TOL,
                               batch=BAB_BATCH)
        domains += out.domains
        st = out.status.reshape(len(part), S)
        for i, p in enumerate(part):
            if (st[i] == FALSIFIED).any():
                j = int(np.flatnonzero(st[i] == FALSIFIED)[0])
                status[p], how[p], x_adv[p] = FALSIFIED, "branch-and-bound", out.x_adv[i * S + j]
            elif (st[i] == VERIFIED).all():
                status[p], how[p] = VERIFIED, "branch-and-bound"
            lower[p] = float(out.lower.reshape(len(part), S)[i].min())
    if use_milp and milp_available() and time.monotonic() < deadline:
        _milp_pass(net, root, rows, status, how, x_adv, lower, deadline)
    return NetworkOutcome(status, tuple(how), x_adv, lower, domains)


def _milp_pass(net: ReluNetwork, root: RootBounds, rows: np.ndarray, status: np.ndarray, how: list[str],
               x_adv: np.ndarray, lower: np.ndarray, deadline: float) -> None:
    """The exact MILP, margin by margin, on rows still open, while time remains."""
    W, b = list(net.weights), list(net.biases)
    for p in np.argsort(-lower, kind="stable"):
        if status[p] != OPEN:
            continue
        r = int(rows[p])
        lo, hi = as_numpy(root.lo[r]), as_numpy(root.hi[r])
        lows, ups = [as_numpy(t[r]) for t in root.lows], [as_numpy(t[r]) for t in root.ups]
        margins = as_numpy(root.lb[r])
        proved = True
        for j in np.argsort(margins):
            if margins[j] > TOL:
                continue
            left = deadline - time.monotonic()
            if left <= 0.05:
                return
            c = as_numpy(root.C[r, j])
            out = min_margin(W, b, c, lo, hi, lows, ups, left)
            if out.x is not None and float(net.forward(out.x)[0] @ c) < 0:
                status[p], how[p], x_adv[p] = FALSIFIED, "milp", out.x
                proved = False
                break
            if out.lower <= TOL:
                proved = False
                break
        if proved and status[p] == OPEN:
            status[p], how[p] = VERIFIED, "milp"
