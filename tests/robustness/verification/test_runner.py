import numpy as np
import pytest

from modelward.robustness.verification import (
    UnsupportedModelError,
    VerificationConfigError,
    VerificationDataError,
    verify,
)

torch = pytest.importorskip("torch")


def _strong_attack(net, x, y, lo, hi, restarts=10, steps=50):  # type: ignore[no-untyped-def]
    """PGD on the margin from random starts plus corner sampling: the best wrong-class margin found."""
    g = torch.Generator().manual_seed(0)
    lo_t, hi_t = torch.tensor(lo, dtype=torch.float32), torch.tensor(hi, dtype=torch.float32)
    best = np.inf
    for _ in range(restarts):
        z = (lo_t + torch.rand(lo_t.shape, generator=g) * (hi_t - lo_t)).requires_grad_(True)
        for _ in range(steps):
            out = net(z)
            others = out.clone()
            others[:, y] = -np.inf
            m = out[:, y] - others.max(dim=1).values
            (g_,) = torch.autograd.grad(m.sum(), z)
            with torch.no_grad():
                z -= 0.02 * g_.sign()
                z.copy_(torch.maximum(torch.minimum(z, hi_t), lo_t))
        best = min(best, float(m.detach().min()))
    corners = torch.where(torch.rand((4000, lo.shape[1]), generator=g) < 0.5, lo_t, hi_t)
    out = net(corners)
    others = out.clone()
    others[:, y] = -np.inf
    return min(best, float((out[:, y] - others.max(dim=1).values).min().detach()))


def test_verified_rows_resist_strong_attacks_and_attackable_rows_are_real(iris_net, iris01):
    X, y = iris01
    X, y = X[::2], y[::2]
    res = verify(iris_net, X, y, 0.08, lower=0.0, upper=1.0, time_budget_s=60, attack_steps=20)
    assert res.count("unknown") == 0
    lo_i, hi_i = res.interval
    assert 0 < lo_i == hi_i < 1
    for i in res.rows("verified")[::4]:
        lo, hi = np.clip(X[i] - 0.08, 0, 1)[None], np.clip(X[i] + 0.08, 0, 1)[None]
        assert _strong_attack(iris_net, X[i], y[i], lo, hi) > 0
    for i in res.rows("attackable"):
        x = res.x_adv[i]
        assert np.abs(x - X[i]).max() <= 0.08 + 1e-9 and x.min() >= 0 and x.max() <= 1
        assert int(iris_net(torch.tensor(x[None], dtype=torch.float32)).argmax()) != y[i]


def test_eps_zero_verifies_every_correct_row(iris_net, iris01):
    X, y = iris01
    res = verify(iris_net, X, y, 0.0, lower=0.0, upper=1.0, time_budget_s=30)
    correct = iris_net(torch.tensor(X, dtype=torch.float32)).argmax(1).numpy() == y
    assert res.rows("verified") == tuple(np.flatnonzero(correct))
    assert set(res.rows("attackable")) == set(np.flatnonzero(~correct))


def test_a_huge_eps_verifies_nothing_and_rows_on_the_bounds_are_fine(iris_net, iris01):
    X, y = iris01
    Xb = np.clip(np.round(X[::10]), 0, 1)  # rows on the corners of the domain
    res = verify(iris_net, Xb, y[::10], 1e6, lower=0.0, upper=1.0, time_budget_s=20)
    assert res.count("verified") == 0
    assert res.count("attackable") == len(Xb)  # the whole domain: every class the net outputs is reachable


def test_bad_input_gets_a_clear_error(iris_net, iris01):
    X, y = iris01
    Xn = X[:5].copy()
    Xn[2, 1] = np.nan
    with pytest.raises(VerificationDataError, match="row 2, feature 1"):
        verify(iris_net, Xn, y[:5], 0.1)
    with pytest.raises(VerificationConfigError, match="eps"):
        verify(iris_net, X[:5], y[:5], -0.1)
    with pytest.raises(VerificationConfigError, match="eps"):
        verify(iris_net, X[:5], y[:5], np.inf)
    with pytest.raises(VerificationDataError, match="outside the bounds"):
        verify(iris_net, X[:5] + 2, y[:5], 0.1, lower=0.0, upper=1.0)
    with pytest.raises(VerificationDataError, match="label"):
        verify(iris_net, X[:5], np.array([0, 1, 2, 3, 9]), 0.1)


def test_unsupported_models_are_not_verified(iris01):
    from sklearn.linear_model import LogisticRegression

    X, y = iris01
    tanh = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.Tanh(), torch.nn.Linear(8, 3))
    with pytest.raises(UnsupportedModelError, match="not verified"):
        verify(tanh, X[:5], y[:5], 0.1)
    with pytest.raises(UnsupportedModelError, match="not verified"):
        verify(LogisticRegression().fit(X, y), X[:5], y[:5], 0.1)


def test_a_sequential_with_its_own_forward_is_caught(iris_net, iris01):
    X, y = iris01

    class Doubled(torch.nn.Sequential):
        def forward(self, x):  # type: ignore[no-untyped-def]
            return -super().forward(x)

    net = Doubled(*iris_net)
    with pytest.raises(UnsupportedModelError, match="disagrees"):
        verify(net, X, y, 0.05, lower=0.0, upper=1.0)
