"""FAB on real digits models: adversarial rows within eps, minimal norms no worse than DeepFool's."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linprog, minimize

from modelward.core.adapters.spec import FeatureKind, FeatureSpec, InputSpec
from modelward.robustness.attacks._deepfool import deepfool
from modelward.robustness.attacks._fab import _project, fab
from modelward.robustness.attacks._pgd import pgd
from modelward.robustness.constraints import Constraints
from modelward.robustness.errors import AttackConfigError, AttackDataError, EpsilonError

from ..conftest import PIXELS, ProbaOnly


@pytest.fixture()
def rows(sample):
    """30 test rows: FAB queries every class's gradient at each step, so keep the suite quick."""
    X, y = sample
    return X[:30], y[:30]


@pytest.fixture(scope="module")
def mlp(digits):
    """A small ReLU MLP (64-32-10) trained on the digits train split."""
    torch = pytest.importorskip("torch")
    from modelward.core.adapters.torch import TorchAdapter

    Xtr, _, ytr, _ = digits
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 10))
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    X, Y = torch.tensor(Xtr, dtype=torch.float32), torch.tensor(ytr)
    for _ in range(150):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(net(X), Y).backward()
        opt.step()
    return TorchAdapter(net, classes=np.arange(10), input_spec=PIXELS, device="cpu")


def _dist(A, B, norm):
    D = A - B
    return np.abs(D).max(1) if norm == "linf" else np.linalg.norm(D, axis=1)


@pytest.mark.parametrize("which", ["mlp", "logreg"])
@pytest.mark.parametrize("norm,eps", [("linf", 0.1), ("l2", 1.0)])
def test_fab_breaks_points_within_eps(request, rows, which, norm, eps):
    model = request.getfixturevalue(which)
    X, y = rows
    res = fab(model, X, y, eps, norm=norm, steps=30)
    clean = model.predict(X) == y
    assert res.attack == "fab" and res.access == "white-box"
    assert np.all(res.x_adv >= 0) and np.all(res.x_adv <= 1)
    assert np.allclose(_dist(res.x_adv, X, norm), res.perturbation)
    assert np.all(res.perturbation <= eps * (1 + 1e-6) + 1e-9)
    assert np.array_equal(res.success, (model.predict(res.x_adv) != y) | ~clean)
    assert res.robust_accuracy < clean.mean() - 0.2
    # as strong as PGD-20 at the same budget, give or take a few rows
    assert res.robust_accuracy <= pgd(model, X, y, eps, norm=norm, steps=20).robust_accuracy + 0.05


@pytest.mark.parametrize("which", ["mlp", "logreg"])
@pytest.mark.parametrize("norm", ["linf", "l2"])
def test_fab_minimal_norms_not_larger_than_deepfool(request, rows, which, norm):
    model = request.getfixturevalue(which)
    X, y = rows
    f = fab(model, X, y, norm=norm, steps=30)
    d = deepfool(model, X, y, norm=norm)
    clean = model.predict(X) == y
    assert f.success[clean].all()
    assert np.array_equal(f.success, (model.predict(f.x_adv) != y) | ~clean)
    both = clean & d.success
    assert np.median(f.perturbation[both]) <= 1.05 * np.median(d.perturbation[both])
    # more steps never give a larger minimum
    short = fab(model, X, y, norm=norm, steps=3)
    assert np.all(f.perturbation[clean] <= short.perturbation[clean] * (1 + 1e-9))


def test_fab_targeted_reaches_the_target(mlp, rows):
    X, y = rows
    target = (y + 1) % 10
    res = fab(mlp, X, y, norm="l2", steps=30, target=target)
    assert res.targeted and res.attack == "fab-targeted"
    hit = mlp.predict(res.x_adv) == target
    assert np.array_equal(res.success, hit)
    assert hit.mean() > 0.9


def test_fab_t_sweeps_targets_and_counts_any_error(mlp, rows):
    X, y = rows
    res = fab(mlp, X, y, 0.1, steps=30, n_target_classes=3)
    assert res.attack == "fab-t" and not res.targeted
    clean = mlp.predict(X) == y
    assert np.array_equal(res.success, (mlp.predict(res.x_adv) != y) | ~clean)
    assert res.robust_accuracy < clean.mean() - 0.2


def test_results_follow_input_order(logreg, rows):
    X, y = rows
    perm = np.random.default_rng(0).permutation(len(y))
    a = fab(logreg, X, y, norm="linf", steps=20)
    b = fab(logreg, X[perm], y[perm], norm="linf", steps=20)
    assert np.array_equal(a.success[perm], b.success)
    assert np.allclose(a.perturbation[perm], b.perturbation, rtol=1e-6, atol=1e-9)
    assert np.allclose(a.x_adv[perm], b.x_adv, atol=1e-9)


def test_immutable_features_stay(logreg, rows):
    X, y = rows
    feats = list(PIXELS.features)
    for i in (20, 28, 36, 44):  # central pixels, which matter for most digits
        feats[i] = FeatureSpec(feats[i].name, FeatureKind.NUMERIC, 0.0, 1.0, mutable=False)
    from modelward.core.adapters.sklearn import SklearnAdapter

    frozen = SklearnAdapter(logreg.estimator, InputSpec(tuple(feats)))
    res = fab(frozen, X, y, 0.15, steps=30)
    assert np.array_equal(res.x_adv[:, [20, 28, 36, 44]], X[:, [20, 28, 36, 44]])
    assert res.success.mean() > 0.5


@pytest.mark.parametrize("norm", ["linf", "l2"])
def test_projection_is_the_exact_minimum(logreg, digits, norm):
    """The boundary projection agrees with a generic solver on real rows and real class margins."""
    _, Xte, _, yte = digits
    X = Xte[:12]
    W = logreg.estimator.coef_
    Z = logreg.estimator.decision_function(X)
    j = (yte[:12] + 3) % 10
    G, f = W[j] - W[yte[:12]], Z[np.arange(12), j] - Z[np.arange(12), yte[:12]]
    cons = Constraints.from_spec(PIXELS, 64)
    D = _project(X, G, f, cons, norm)
    assert np.all(X + D >= -1e-12) and np.all(X + D <= 1 + 1e-12)
    n = X.shape[1]
    for i in range(len(X)):
        box = [(-X[i, k], 1 - X[i, k]) for k in range(n)]
        if norm == "linf":
            r = linprog(np.r_[np.zeros(n), 1.0],
                        A_ub=np.block([[np.eye(n), -np.ones((n, 1))], [-np.eye(n), -np.ones((n, 1))]]),
                        b_ub=np.zeros(2 * n), A_eq=np.r_[G[i], 0.0][None], b_eq=[-f[i]],
                        bounds=[*box, (0, None)])
            reachable, best = r.status == 0, (r.fun if r.status == 0 else None)
        else:
            r = minimize(lambda z: z @ z, np.zeros(n), jac=lambda z: 2 * z, bounds=box, method="SLSQP",
                         constraints=[{"type": "eq", "fun": lambda z, i=i: f[i] + G[i] @ z}])
            reachable, best = r.success, np.sqrt(r.fun)
        if reachable:
            assert abs(f[i] + G[i] @ D[i]) < 1e-8 * max(1.0, abs(f[i]))
            assert _dist(D[i : i + 1], 0 * D[i : i + 1], norm)[0] == pytest.approx(best, rel=1e-4, abs=1e-7)


def test_bad_input_raises(logreg, sample):
    X, y = sample
    bad = X.copy()
    bad[3, 5] = np.nan
    with pytest.raises(AttackDataError, match="row 3"):
        fab(logreg, bad, y, 0.1)
    with pytest.raises(AttackDataError, match="labels"):
        fab(logreg, X, y[:-1], 0.1)
    with pytest.raises(EpsilonError):
        fab(logreg, X, y, -0.1)
    with pytest.raises(AttackConfigError, match="norm"):
        fab(logreg, X, y, 0.1, norm="l7")
    with pytest.raises(AttackConfigError, match="alpha_max"):
        fab(logreg, X, y, 0.1, alpha_max=2.0)
    with pytest.raises(AttackConfigError, match="beta"):
        fab(logreg, X, y, 0.1, beta=0.0)
    with pytest.raises(AttackConfigError, match="not both"):
        fab(logreg, X, y, 0.1, target=y, n_target_classes=3)
    with pytest.raises(AttackConfigError, match="gradients"):
        fab(ProbaOnly(logreg), X, y, 0.1)
