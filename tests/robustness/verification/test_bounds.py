import numpy as np
import pytest

from modelward.robustness.verification.bounds import (
    TorchNet,
    backward_bound,
    crown_intermediate,
    interval_bounds,
    margin_matrix,
    optimise_alpha,
)
from modelward.robustness.verification.network import relu_network

torch = pytest.importorskip("torch")


def _pre_activations(tn, X):  # type: ignore[no-untyped-def]
    out, h = [], X
    for i, (W, b) in enumerate(zip(tn.weights, tn.biases, strict=True)):
        h = h @ W.T + b
        out.append(h)
        if i < len(tn.weights) - 1:
            h = h.clamp(min=0)
    return out


def test_ibp_contains_crown_contains_sampled_values(iris_net, iris01):
    X, y = iris01
    tn = TorchNet.of(relu_network(iris_net))
    rows = torch.tensor(X[::15])
    lo, hi = (rows - 0.15).clamp(0, 1), (rows + 0.15).clamp(0, 1)
    ibp = interval_bounds(tn, lo, hi)
    lows, ups = crown_intermediate(tn, lo, hi)
    C, _ = margin_matrix(torch.tensor(y[::15]), 3)
    with torch.no_grad():
        crown_lb, _ = backward_bound(tn, C, lows, ups, lo, hi)
    alpha_lb, _, _ = optimise_alpha(tn, C, lows, ups, lo, hi, iterations=30)
    ibp_lb = (C.clamp(min=0) * ibp[-1][0].unsqueeze(1) + C.clamp(max=0) * ibp[-1][1].unsqueeze(1)).sum(-1)
    rng = np.random.default_rng(0)
    samples = lo.unsqueeze(1) + torch.tensor(rng.random((len(rows), 4000, 4))) * (hi - lo).unsqueeze(1)
    corners = torch.where(torch.tensor(rng.random((len(rows), 2000, 4)) < 0.5), lo.unsqueeze(1), hi.unsqueeze(1))
    S = torch.cat([samples, corners], dim=1)
    z = _pre_activations(tn, S.reshape(-1, 4))
    for k in range(len(lows)):
        zk = z[k].reshape(len(rows), -1, z[k].shape[-1])
        assert (ibp[k][0] <= lows[k] + 1e-9).all() and (ups[k] <= ibp[k][1] + 1e-9).all()
        assert (lows[k].unsqueeze(1) <= zk + 1e-9).all() and (zk <= ups[k].unsqueeze(1) + 1e-9).all()
    margins = torch.einsum("bsk,bnk->bns", C, z[-1].reshape(len(rows), -1, 3))
    true_min = margins.min(dim=1).values
    assert (ibp_lb <= crown_lb + 1e-9).all()
    assert (crown_lb <= alpha_lb + 1e-12).all()
    assert (alpha_lb <= true_min + 1e-9).all()
    assert (alpha_lb > ibp_lb + 1e-6).any()  # the relaxations do tighten


def test_at_eps_zero_the_bound_is_the_margin(iris_net, iris01):
    X, y = iris01
    tn = TorchNet.of(relu_network(iris_net))
    rows = torch.tensor(X[:20])
    lows, ups = crown_intermediate(tn, rows, rows)
    C, _ = margin_matrix(torch.tensor(y[:20]), 3)
    with torch.no_grad():
        lb, _ = backward_bound(tn, C, lows, ups, rows, rows)
    want = torch.einsum("bsk,bk->bs", C, tn.forward(rows))
    torch.testing.assert_close(lb, want, atol=1e-9, rtol=0)
