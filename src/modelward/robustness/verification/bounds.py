"""Sound bounds on a ReLU network over an input box: interval (IBP), CROWN and alpha-CROWN.

CROWN (Zhang et al. 2018) propagates a linear bound backward through the network, relaxing each
unstable ReLU (lower bound l < 0 < upper bound u on its input) by the line u (z - l) / (u - l) above
and alpha z below, for any alpha in [0, 1]; alpha-CROWN (Xu et al. 2021) optimises the alphas by
gradient ascent on the lower bound. Branch-and-bound adds split constraints (a ReLU fixed active or
inactive) with Lagrange multipliers beta (beta-CROWN, Wang et al. 2021): every beta >= 0 and every
alpha in [0, 1] gives a sound bound, so optimisation can only tighten it. All arithmetic is float64.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.robustness.verification.network import ReluNetwork


def _torch() -> Any:
    import torch

    return torch


@dataclass(frozen=True, eq=False)
class TorchNet:
    """The network's layers as float64 tensors."""

    weights: tuple[Any, ...]
    biases: tuple[Any, ...]

    @classmethod
    def of(cls, net: ReluNetwork) -> TorchNet:
        torch = _torch()
        return cls(tuple(torch.as_tensor(W, dtype=torch.float64) for W in net.weights),
                   tuple(torch.as_tensor(b, dtype=torch.float64) for b in net.biases))

    def forward(self, X: Any) -> Any:
        h = X
        for i, (W, b) in enumerate(zip(self.weights, self.biases, strict=True)):
            h = h @ W.T + b
            if i < len(self.weights) - 1:
                h = h.clamp(min=0)
        return h


def interval_bounds(net: TorchNet, lo: Any, hi: Any) -> list[tuple[Any, Any]]:
    """IBP: (lower, upper) of every layer's pre-activation, the logits last."""
    out = []
    a_lo, a_hi = lo, hi
    for i, (W, b) in enumerate(zip(net.weights, net.biases, strict=True)):
        Wp, Wn = W.clamp(min=0), W.clamp(max=0)
        z_lo = a_lo @ Wp.T + a_hi @ Wn.T + b
        z_hi = a_hi @ Wp.T + a_lo @ Wn.T + b
        out.append((z_lo, z_hi))
        if i < len(net.weights) - 1:
            a_lo, a_hi = z_lo.clamp(min=0), z_hi.clamp(min=0)
    return out


def default_alpha(lower: Any, upper: Any) -> Any:
    """CROWN's adaptive lower slope: 1 where u > -l, else 0."""
    return (upper > -lower).to(lower.dtype)


def backward_bound(net: TorchNet, C: Any, lows: Sequence[Any], ups: Sequence[Any], lo: Any, hi: Any,
                   alphas: Sequence[Any] | None = None, splits: Sequence[Any] | None = None,
                   betas: Sequence[Any] | None = None, layer: int | None = None,
                   record: list[Any] | None = None) -> tuple[Any, Any]:
    """Lower bound of C z_m over the box (z_m: pre-activation of `layer`, the logits by default).

    C is (B, S, n_m); lows/ups hold the bounds of the hidden pre-activations before `layer` (B, n_k);
    alphas (B, S or 1, n_k) default to CROWN's; splits (B, n_k) in {-1, 0, 1} with betas (B, n_k) >= 0
    add the Lagrangian of the split constraints. Returns the bound (B, S) and the coefficients on x
    (B, S, n0), whose minimiser over the box is a candidate counterexample; `record`, when given,
    receives the coefficients on each hidden layer's output (last layer first), for branching.
    """
    torch = _torch()
    m = len(net.weights) - 1 if layer is None else layer
    const = C @ net.biases[m]
    A = C @ net.weights[m]
    for k in range(m - 1, -1, -1):
        if record is not None:
            record.append(A)
        lk, uk = lows[k].unsqueeze(1), ups[k].unsqueeze(1)
        active, unstable = lk >= 0, (lk < 0) & (uk > 0)
        width = torch.where(unstable, uk - lk, 1.0)
        up_slope = torch.where(unstable, uk / width, active.to(A.dtype))
        up_int = torch.where(unstable, -up_slope * lk, 0.0)
        alpha = default_alpha(lk, uk) if alphas is None else alphas[k]
        lo_slope = torch.where(unstable, alpha, active.to(A.dtype))
        Apos, Aneg = A.clamp(min=0), A.clamp(max=0)
        L = Apos * lo_slope + Aneg * up_slope
        const = const + (Aneg * up_int).sum(-1)
        if splits is not None and betas is not None:
            L = L - (betas[k] * splits[k]).unsqueeze(1)
        const = const + L @ net.biases[k]
        A = L @ net.weights[k]
    bound = const + (A.clamp(min=0) * lo.unsqueeze(1)).sum(-1) + (A.clamp(max=0) * hi.unsqueeze(1)).sum(-1)
    return bound, A


def crown_intermediate(net: TorchNet, lo: Any, hi: Any) -> tuple[list[Any], list[Any]]:
    """Bounds of every hidden pre-activation: exact intervals on the first layer, CROWN (intersected with
    IBP) on the later ones."""
    torch = _torch()
    ibp = interval_bounds(net, lo, hi)
    lows, ups = [ibp[0][0]], [ibp[0][1]]
    for m in range(1, len(net.weights) - 1):
        n = net.weights[m].shape[0]
        eye = torch.eye(n, dtype=torch.float64)
        C = torch.cat([eye, -eye]).unsqueeze(0).expand(lo.shape[0], -1, -1)
        bound, _ = backward_bound(net, C, lows, ups, lo, hi, layer=m)
        lows.append(torch.maximum(bound[:, :n], ibp[m][0]))
        ups.append(torch.minimum(-bound[:, n:], ibp[m][1]))
    return lows, ups


def box_minimiser(A: Any, lo: Any, hi: Any) -> Any:
    """The corner of the box that minimises each linear form A x: (B, S, n0)."""
    torch = _torch()
    return torch.where(A >= 0, lo.unsqueeze(1), hi.unsqueeze(1))


def margin_matrix(labels: Any, n_classes: int) -> Any:
    """C (B, K-1, K) with rows e_y - e_j for every j != y: C z >= 0 means class y beats every other."""
    torch = _torch()
    B = labels.shape[0]
    C = torch.zeros((B, n_classes - 1, n_classes), dtype=torch.float64)
    others = torch.arange(n_classes).unsqueeze(0).expand(B, -1)
    others = others[others != labels.unsqueeze(1)].reshape(B, n_classes - 1)
    C[torch.arange(B).unsqueeze(1), torch.arange(n_classes - 1).unsqueeze(0), others] = -1.0
    C[torch.arange(B), :, labels] = 1.0
    return C, others


def optimise_alpha(net: TorchNet, C: Any, lows: Sequence[Any], ups: Sequence[Any], lo: Any, hi: Any,
                   iterations: int = 20, lr: float = 0.25) -> tuple[Any, list[Any], Any]:
    """alpha-CROWN on the specification C: the best lower bound (B, S) over the iterations, its alphas
    (one set per specification) and the coefficients on x at that best."""
    torch = _torch()
    S = C.shape[1]
    alphas = [default_alpha(lk, uk).unsqueeze(1).expand(-1, S, -1).clone().requires_grad_(True)
              for lk, uk in zip(lows, ups, strict=True)]
    with torch.no_grad():
        best, best_A = backward_bound(net, C, lows, ups, lo, hi)
    best_alphas = [a.detach().clone() for a in alphas]
    if iterations <= 0 or not alphas:
        return best, best_alphas, best_A
    opt = torch.optim.Adam(alphas, lr=lr)
    for _ in range(iterations):
        bound, A = backward_bound(net, C, lows, ups, lo, hi, alphas=alphas)
        with torch.no_grad():
            better = bound > best
            best = torch.where(better, bound, best)
            best_A = torch.where(better.unsqueeze(-1), A, best_A)
            for ba, a in zip(best_alphas, alphas, strict=True):
                ba.copy_(torch.where(better.unsqueeze(-1), a, ba))
        opt.zero_grad()
        (-bound.sum()).backward()
        opt.step()
        with torch.no_grad():
            for a in alphas:
                a.clamp_(0.0, 1.0)
    return best.detach(), best_alphas, best_A.detach()


def as_numpy(t: Any) -> np.ndarray:
    return np.asarray(t.detach().cpu().numpy())
