"""Square, HopSkipJump (steps, start selection) and transfer via a probabilities-only view; exact budgets."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.svm import SVC

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.robustness.attacks._hopskipjump import hopskipjump
from modelward.robustness.attacks._pgd import pgd
from modelward.robustness.attacks._square import square
from modelward.robustness.attacks._transfer import transfer
from modelward.robustness.errors import AttackConfigError

from ..conftest import PIXELS, ProbaOnly


@pytest.fixture(scope="module")
def svc(digits):
    Xtr, _, ytr, _ = digits
    return SklearnAdapter(SVC(kernel="rbf").fit(Xtr, ytr), PIXELS)


def test_square_breaks_points_and_honours_the_budget(logreg, sample):
    X, y = sample
    bb = ProbaOnly(logreg)
    res = square(bb, X, y, 0.1, queries=200)
    assert res.access == "score"
    assert res.queries.max() <= 200
    assert bb.query_count == res.queries.sum()
    assert np.all(np.abs(res.x_adv - X).max(1) <= 0.1 + 1e-9)
    clean = logreg.predict(X) == y
    assert res.robust_accuracy < clean.mean() - 0.2


def test_square_l2(logreg, sample):
    X, y = sample
    res = square(ProbaOnly(logreg), X, y, 1.5, norm="l2", queries=300)
    assert np.all(np.linalg.norm(res.x_adv - X, axis=1) <= 1.5 + 1e-9)
    assert res.success_rate > 0.4


def test_pgd_without_gradients_falls_back_and_says_so(logreg, sample):
    X, y = sample
    res = pgd(ProbaOnly(logreg), X, y, 0.1)
    assert res.attack == "square"
    assert any("no input gradient" in n for n in res.notes)


def test_hopskipjump_uses_labels_only_within_budget(logreg, sample):
    X, y = sample
    bb = ProbaOnly(logreg)
    res = hopskipjump(bb, X, y, queries=150)
    clean = logreg.predict(X) == y
    assert res.access == "decision"
    assert res.queries.max() <= 150
    assert bb.query_count == res.queries.sum()
    assert res.success[clean].all()
    more = hopskipjump(ProbaOnly(logreg), X, y, queries=400)
    # more queries give closer adversarial points
    assert np.median(more.perturbation[clean]) < np.median(res.perturbation[clean])


def test_hopskipjump_with_eps_counts_only_close_points(logreg, sample):
    X, y = sample
    res = hopskipjump(ProbaOnly(logreg), X, y, eps=0.5, queries=150)
    assert np.all(res.perturbation[res.success] <= 0.5 + 1e-9)


def test_hopskipjump_on_an_rbf_svc_within_budget_and_in_input_order(svc, sample):
    X, y = sample
    bb = ProbaOnly(svc)
    res = hopskipjump(bb, X, y, queries=350)
    clean = res.clean_correct
    assert res.queries.max() <= 350
    assert bb.query_count == res.queries.sum()
    assert res.success[clean].all()
    assert np.allclose(res.perturbation, np.linalg.norm(res.x_adv - X, axis=1))
    assert np.all(svc.predict(res.x_adv[clean]) != y[clean])
    # each adversarial point belongs to its own input row: it is nearer to it than to any other row
    near = np.linalg.norm(res.x_adv[clean][:, None, :] - X[None, :, :], axis=2).argmin(axis=1)
    assert np.array_equal(near, np.flatnonzero(clean))
    # far closer than the nearest row the model puts in another class
    pred = svc.predict(X)
    other = np.array([np.linalg.norm(X[pred != y[i]] - X[i], axis=1).min() for i in np.flatnonzero(clean)])
    assert np.median(res.perturbation[clean]) < 0.6 * np.median(other)


def test_hopskipjump_subspace_options(svc, sample):
    X, y = sample
    auto = hopskipjump(ProbaOnly(svc), X, y, queries=120)
    assert any("principal directions" in n for n in auto.notes)
    full = hopskipjump(ProbaOnly(svc), X, y, queries=120, subspace=None)
    assert any("full input space" in n for n in full.notes)
    fixed = hopskipjump(ProbaOnly(svc), X, y, queries=120, subspace=10, full_after=1.0)
    assert any("top 10 principal" in n for n in fixed.notes)
    for res in (auto, full, fixed):
        assert res.queries.max() <= 120
        assert res.success[res.clean_correct].all()
    # a single row gives no subspace to estimate: the full space is used
    one = hopskipjump(ProbaOnly(svc), X[:1], y[:1], queries=100)
    assert any("full input space" in n for n in one.notes)
    for bad in ({"subspace": 0}, {"subspace": 65}, {"subspace": "pca"}, {"subspace": 2.5}, {"full_after": 1.5}):
        with pytest.raises(AttackConfigError):
            hopskipjump(ProbaOnly(svc), X, y, queries=50, **bad)


def test_hopskipjump_subspace_from_a_pool(svc, sample, digits):
    X, y = sample
    pool = digits[0][:300]
    bb = ProbaOnly(svc)
    res = hopskipjump(bb, X[:20], y[:20], queries=150, pool=pool)
    assert res.queries.max() <= 150
    assert bb.query_count == res.queries.sum() + 300  # the pool is labelled once, shared
    assert any("principal directions" in n for n in res.notes)
    assert res.success[res.clean_correct].all()


def test_transfer_from_a_surrogate(logreg, sample, digits):
    X, y = sample
    own = digits[0][:400]  # the attacker's own unlabelled rows
    bb = ProbaOnly(logreg)
    res = transfer(bb, X, y, 0.15, copies=2, hidden=(64,), train_X=own)
    assert res.access == "transfer"
    assert res.params["training_queries"] == 400
    assert bb.query_count == res.queries.sum() + 400
    assert res.success_rate > 0.4
    assert res.params["surrogate_agreement"] > 0.8


def test_hopskipjump_step_and_start_selection(svc, sample):
    X, y = sample
    runs = {}
    for name, kw in {"arc": {}, "geometric": {"step": "geometric"}, "halving": {"select": 0.3}}.items():
        bb = ProbaOnly(svc)
        res = hopskipjump(bb, X, y, queries=250, **kw)
        assert res.queries.max() <= 250
        assert bb.query_count == res.queries.sum()
        assert res.success[res.clean_correct].all()
        assert np.all(svc.predict(res.x_adv[res.clean_correct]) != y[res.clean_correct])
        runs[name] = np.median(res.perturbation[res.clean_correct])
    # the half-circle step lands on the boundary without a line search: closer for the same budget
    assert runs["arc"] < runs["geometric"]
    for bad in ({"step": "ray"}, {"select": 1.0}, {"select": -0.1}):
        with pytest.raises(AttackConfigError):
            hopskipjump(ProbaOnly(svc), X, y, queries=50, **bad)


def test_hopskipjump_leaves_immutable_features_alone(digits, sample):
    from modelward.core.adapters.spec import FeatureKind, FeatureSpec, InputSpec

    Xtr, _, ytr, _ = digits
    X, y = sample
    feats = list(PIXELS.features)
    frozen = [18, 19, 20, 26, 27, 28, 34, 35, 36]  # the centre of the 8x8 image
    for i in frozen:
        feats[i] = FeatureSpec(feats[i].name, FeatureKind.NUMERIC, 0.0, 1.0, mutable=False)
    model = SklearnAdapter(SVC(kernel="rbf").fit(Xtr, ytr), InputSpec(tuple(feats)))
    for kw in ({}, {"subspace": None}):
        res = hopskipjump(ProbaOnly(model), X[:20], y[:20], queries=200, **kw)
        assert res.queries.max() <= 200
        assert np.array_equal(res.x_adv[:, frozen], X[:20, frozen])
        assert res.success[res.clean_correct].mean() > 0.8


def test_hopskipjump_reaches_the_nearest_point_of_a_flat_boundary():
    from sklearn.datasets import make_classification
    from sklearn.linear_model import LogisticRegression

    from modelward.core.adapters.spec import FeatureSpec, InputSpec

    X, y = make_classification(n_samples=600, n_features=30, n_informative=12, random_state=0)
    est = LogisticRegression(max_iter=1000).fit(X, y)
    model = SklearnAdapter(est, InputSpec(tuple(FeatureSpec(f"f{i}", lower=-30.0, upper=30.0) for i in range(30))))
    Xa, ya = X[:80], y[:80]
    right = est.predict(Xa) == ya
    exact = np.abs(est.decision_function(Xa)) / np.linalg.norm(est.coef_)  # distance to the hyperplane
    ratios = {}
    for step in ("arc", "geometric"):
        res = hopskipjump(ProbaOnly(model), Xa, ya, queries=300, step=step, pool=X[80:])
        assert res.success[right].all()
        ratio = res.perturbation[right] / exact[right]
        assert ratio.min() > 1 - 1e-6  # no adversarial point is closer than the hyperplane
        ratios[step] = float(np.median(ratio))
    # tangent probes measure only the error of the current direction: within a few % at 300 queries
    assert ratios["arc"] < 1.03
    assert ratios["arc"] < ratios["geometric"]


def test_hopskipjump_starts_at_local_class_means():
    from sklearn.datasets import make_blobs

    from modelward.core.adapters.callable import CallableAdapter
    from modelward.robustness.attacks._hopskipjump import _starts
    from modelward.robustness.budget import QueryBudget
    from modelward.robustness.constraints import Constraints

    X, y = make_blobs(n_samples=90, centers=[[0, 0], [4, 0], [0, 5]], cluster_std=0.8, random_state=1)
    X = np.asarray(X, dtype=float)

    def nearest_label(Q):  # 1-nearest-neighbour of the batch; class 0 for points off the data
        d = np.linalg.norm(Q[:, None, :] - X[None], axis=2)
        return np.where(d.min(1) < 1e-9, y[d.argmin(1)], 0)

    model = CallableAdapter(nearest_label, classes=[0, 1, 2], returns="labels")
    budget = QueryBudget(model, len(X), 10)
    cons = Constraints.from_spec(None, 2)

    def adversarial(labels, rows):
        return labels != y[rows]

    starts, shared = _starts(budget, X, y, y, None, None, np.zeros(len(X), bool), cons, 2, 5, adversarial)
    assert shared == 0
    assert (budget.used == 2).all()  # one query per start: is the class mean adversarial?
    for r in range(len(X)):
        other = [k for k in (0, 1, 2) if k != y[r]]
        d = np.linalg.norm(X - X[r], axis=1)
        means = {k: np.sort(d[y == k])[:5].mean() for k in other}
        k = min(means, key=means.get)  # the class whose five nearest rows are closest on average
        near = np.flatnonzero(y == k)[np.argsort(d[y == k])[:5]]
        # rows of class 0: the mean is called class 0 (not adversarial), so the nearest row is the start
        want = X[near[0]] if y[r] == 0 else X[near].mean(0)
        assert np.allclose(starts[0][r], want)
    for bad in ({"n_starts": 0}, {"start_rows": 0}, {"start_rows": 1.5}):
        with pytest.raises(AttackConfigError):
            hopskipjump(model, X, y, queries=50, **bad)
