import time

import numpy as np
import pytest

from modelward.robustness.verification.bab import FALSIFIED, OPEN, VERIFIED, branch_and_bound
from modelward.robustness.verification.bounds import TorchNet, as_numpy
from modelward.robustness.verification.milp import min_margin
from modelward.robustness.verification.network import relu_network
from modelward.robustness.verification.relu import root_bounds

torch = pytest.importorskip("torch")


def test_branch_and_bound_settles_every_margin_as_the_exact_milp_does(iris_net, iris01):
    X, y = iris01
    net = relu_network(iris_net)
    rows = np.arange(0, 150, 6)
    lo, hi = np.clip(X[rows] - 0.12, 0, 1), np.clip(X[rows] + 0.12, 0, 1)
    root = root_bounds(net, lo, hi, y[rows], alpha_iterations=5)
    R, S = len(rows), 2
    out = branch_and_bound(TorchNet.of(net), root.lo, root.hi, root.lows, root.ups,
                           torch.arange(R).repeat_interleave(S), root.C.reshape(-1, 3),
                           [a.reshape(R * S, 1, -1) for a in root.alphas], root.lb.reshape(-1),
                           time.monotonic() + 60, batch=64)
    exact = []
    for p in range(R * S):
        r, j = divmod(p, S)
        m = min_margin(list(net.weights), list(net.biases), as_numpy(root.C[r, j]), lo[r], hi[r],
                       [as_numpy(t[r]) for t in root.lows], [as_numpy(t[r]) for t in root.ups], 30.0)
        assert m.optimal
        exact.append(m.lower)
    exact = np.array(exact)
    assert (out.status != OPEN).all()
    assert (exact[out.status == VERIFIED] > 0).all()
    assert (exact[out.status == FALSIFIED] < 1e-5).all()
    assert (out.status == VERIFIED).any() and (out.status == FALSIFIED).any()
    assert (out.lower[out.status == VERIFIED] <= exact[out.status == VERIFIED] + 1e-6).all()
    for p in np.flatnonzero(out.status == FALSIFIED):  # counterexamples lie in the box and break the margin
        r, j = divmod(p, S)
        x = out.x_adv[p]
        assert (x >= lo[r] - 1e-12).all() and (x <= hi[r] + 1e-12).all()
        assert net.forward(x)[0] @ as_numpy(root.C[r, j]) < 0


def test_milp_minimum_is_below_every_sampled_margin(iris_net, iris01):
    X, y = iris01
    net = relu_network(iris_net)
    lo, hi = np.clip(X[[10, 70]] - 0.1, 0, 1), np.clip(X[[10, 70]] + 0.1, 0, 1)
    root = root_bounds(net, lo, hi, y[[10, 70]])
    rng = np.random.default_rng(1)
    for r in range(2):
        c = as_numpy(root.C[r, 0])
        m = min_margin(list(net.weights), list(net.biases), c, lo[r], hi[r], [as_numpy(t[r]) for t in root.lows],
                       [as_numpy(t[r]) for t in root.ups], 30.0)
        S = lo[r] + rng.random((5000, 4)) * (hi[r] - lo[r])
        sampled = net.forward(S) @ c
        assert m.optimal and m.lower <= sampled.min() + 1e-9
        assert m.x is not None and abs(float(net.forward(m.x)[0] @ c) - m.lower) < 1e-6
