import itertools

import numpy as np
import pytest
from sklearn.ensemble import ExtraTreesClassifier, GradientBoostingClassifier, RandomForestClassifier
from sklearn.tree import DecisionTreeClassifier

from modelward.robustness.verification import UnsupportedModelError, verify

EPS = 0.12


def _trees(est):  # type: ignore[no-untyped-def]
    if hasattr(est, "estimators_"):
        return [t.tree_ for t in np.ravel(est.estimators_)]
    return [est.tree_]


def _brute_force_breaks(est, x, y, lo, hi):  # type: ignore[no-untyped-def]
    """Every cell of the threshold grid inside the box, one point each: does any change the class?"""
    cuts: list[list[float]] = [[lo[f], hi[f]] for f in range(len(x))]
    for t in _trees(est):
        for f, thr in zip(t.feature, t.threshold, strict=True):
            if f >= 0 and lo[f] <= thr < hi[f]:
                cuts[f] += [thr, float(np.nextafter(np.float32(thr), np.float32(np.inf)))]
    values = [sorted(v for v in set(c) if lo[f] <= v <= hi[f]) for f, c in enumerate(cuts)]
    grid = np.array(list(itertools.product(*values)))
    return bool((est.predict(grid) != y).any())


@pytest.mark.parametrize("make", [
    lambda: DecisionTreeClassifier(max_depth=4, random_state=0),
    lambda: RandomForestClassifier(n_estimators=5, max_depth=3, random_state=0),
    lambda: ExtraTreesClassifier(n_estimators=4, max_depth=3, random_state=0),
    lambda: GradientBoostingClassifier(n_estimators=4, max_depth=2, random_state=0),
], ids=["tree", "forest", "extra-trees", "boosting"])
def test_tree_verification_is_exact_against_the_threshold_grid(make, iris01):
    X, y = iris01
    est = make().fit(X, y)
    rows = np.arange(0, 150, 5)
    res = verify(est, X[rows], y[rows], EPS, lower=0.0, upper=1.0, attack=False, time_budget_s=60)
    assert res.count("unknown") == 0
    assert res.count("verified") and res.count("attackable")
    for k, i in enumerate(rows):
        lo, hi = np.clip(X[i] - EPS, 0, 1), np.clip(X[i] + EPS, 0, 1)
        assert (res.status[k] == "attackable") == _brute_force_breaks(est, X[i], y[i], lo, hi), (k, res.how[k])
        if res.status[k] == "attackable":
            assert est.predict(res.x_adv[k][None])[0] != y[i]
            assert np.abs(res.x_adv[k] - X[i]).max() <= EPS + 1e-9


def test_binary_boosting_is_exact(iris01):
    X, y = iris01
    keep = y > 0
    Xb, yb = X[keep], y[keep]
    est = GradientBoostingClassifier(n_estimators=5, max_depth=2, random_state=0).fit(Xb, yb)
    res = verify(est, Xb[::4], yb[::4], EPS, lower=0.0, upper=1.0, attack=False)
    for k, i in enumerate(range(0, len(Xb), 4)):
        lo, hi = np.clip(Xb[i] - EPS, 0, 1), np.clip(Xb[i] + EPS, 0, 1)
        assert (res.status[k] == "attackable") == _brute_force_breaks(est, Xb[i], yb[i], lo, hi)


def test_large_forests_get_sound_bounds_only(iris01, monkeypatch):
    from modelward.robustness.verification import trees

    X, y = iris01
    est = RandomForestClassifier(n_estimators=30, max_depth=4, random_state=0).fit(X, y)
    monkeypatch.setattr(trees, "MILP_MAX_LEAVES", 0)
    res = verify(est, X[::10], y[::10], EPS, lower=0.0, upper=1.0, attack=False)
    for k, i in enumerate(range(0, 150, 10)):
        if res.status[k] == "verified":
            lo, hi = np.clip(X[i] - EPS, 0, 1), np.clip(X[i] + EPS, 0, 1)
            rng = np.random.default_rng(0)
            S = lo + rng.random((3000, 4)) * (hi - lo)
            assert (est.predict(S) == y[i]).all()
    assert res.count("unknown") > 0  # bounds alone leave rows open rather than guess


def test_other_sklearn_models_are_not_verified(iris01):
    from sklearn.neighbors import KNeighborsClassifier

    X, y = iris01
    with pytest.raises(UnsupportedModelError, match="not verified: KNeighborsClassifier"):
        verify(KNeighborsClassifier().fit(X, y), X[:3], y[:3], 0.1)
