"""auto_evaluate: worst case per point, intervals, who broke what, and the reliability flags."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.ensemble import RandomForestClassifier

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.robustness.auto import CLEAN, auto_evaluate
from modelward.robustness.errors import AttackDataError, EpsilonError

from .conftest import PIXELS, ProbaOnly


def test_white_box_ensemble(logreg, sample):
    X, y = sample
    ev = auto_evaluate(logreg, X, y, [0.02, 0.1], steps=20, square_queries=100)
    assert ev.access == "white-box"
    lo, hi = ev.evaluations[1].interval
    assert lo <= ev.evaluations[1].robust_accuracy <= hi
    assert ev.evaluations[0].robust_accuracy >= ev.evaluations[1].robust_accuracy
    e = ev.evaluations[1]
    assert len(e.broken_by) == len(X)
    pred = logreg.predict(X)
    for i, who in enumerate(e.broken_by):
        assert (who == CLEAN) == (pred[i] != y[i])
        if who not in (None, CLEAN):
            assert logreg.predict(e.x_adv[i : i + 1])[0] != y[i]
    assert sum(e.broken_per_attack.values()) == sum(b is not None for b in e.broken_by)
    assert "apgd-ce" in e.broken_per_attack
    assert not [f for f in ev.flags if f.code == "not-monotone-in-eps"]


def test_black_box_fallback_is_reported(logreg, sample):
    X, y = sample
    ev = auto_evaluate(ProbaOnly(logreg), X, y, [0.1], square_queries=100)
    assert ev.access == "black-box"
    assert any("no input gradient" in n for n in ev.notes)


def test_forest_uses_the_tree_attack(digits):
    Xtr, Xte, ytr, yte = digits
    model = SklearnAdapter(RandomForestClassifier(20, random_state=0).fit(Xtr, ytr), PIXELS)
    ev = auto_evaluate(model, Xte[:30], yte[:30], [0.1], square_queries=50)
    assert ev.access.startswith("score")
    assert ev.evaluations[0].broken_per_attack.get("tree-greedy", 0) > 0


class _MaskedGradient(SklearnAdapter):
    """A model whose reported gradient is zero: the textbook case of gradient masking."""

    def loss_gradient(self, X, y):
        return np.zeros_like(np.asarray(X, dtype=float))


def test_masked_gradients_are_flagged(logreg, sample):
    X, y = sample
    masked = _MaskedGradient(logreg.estimator, PIXELS)
    ev = auto_evaluate(masked, X, y, [0.1], steps=10, targeted=False, square_queries=200)
    codes = {f.code for f in ev.flags}
    assert "black-box-beats-white-box" in codes
    assert "loss-not-improving" in codes


def test_bad_inputs_are_clear_errors(logreg, sample):
    X, y = sample
    with pytest.raises(EpsilonError, match="whole range"):
        auto_evaluate(logreg, X, y, [5.0])
    with pytest.raises(EpsilonError, match="positive"):
        auto_evaluate(logreg, X, y, [-0.1])
    with pytest.raises(AttackDataError, match="features per row"):
        auto_evaluate(logreg, X[:, :10], y, [0.1])
    Xn = X.copy()
    Xn[3, 5] = np.nan
    with pytest.raises(AttackDataError, match="row 3"):
        auto_evaluate(logreg, Xn, y, [0.1])
    with pytest.raises(AttackDataError, match="above the model's bound"):
        auto_evaluate(logreg, X * 2 + 0.5, y, [0.1])
    with pytest.raises(AttackDataError, match="label"):
        auto_evaluate(logreg, X, y + 20, [0.1])


def test_labels_only_models_get_decision_based_attacks(logreg, sample):
    from .conftest import LabelsOnly

    X, y = sample
    white = auto_evaluate(logreg, X, y, [0.1], steps=20, square_queries=100).evaluations[0].robust_accuracy
    ev = auto_evaluate(LabelsOnly(logreg), X, y, [0.1], square_queries=200)
    assert ev.access == "decision"
    assert any("labels only" in n and "RayS" in n for n in ev.notes)
    e = ev.evaluations[0]
    assert set(e.broken_per_attack) <= {"rays", CLEAN}
    # Square on one-hot scores sees a flat loss; the decision-based attack gets close to white-box
    assert e.robust_accuracy <= white + 0.1
    flat = auto_evaluate(ProbaOnly(logreg), X, y, [0.1], square_queries=200)
    assert flat.access == "black-box"  # real scores: Square as before
    l2 = auto_evaluate(LabelsOnly(logreg), X[:20], y[:20], [1.0], norm="l2", square_queries=100)
    assert set(l2.evaluations[0].broken_per_attack) <= {"hopskipjump", CLEAN}
    assert l2.evaluations[0].broken_per_attack.get("hopskipjump", 0) > 0


def test_coarse_scores_get_a_decision_based_attack_after_square(digits):
    from sklearn.neighbors import KNeighborsClassifier

    from modelward.robustness.attacks._square import square

    Xtr, Xte, ytr, yte = digits
    knn = ProbaOnly(SklearnAdapter(KNeighborsClassifier(5).fit(Xtr, ytr), PIXELS))  # scores in steps of 0.2
    X, y = Xte[:60], yte[:60]
    ev = auto_evaluate(knn, X, y, [0.15], square_queries=100)
    assert ev.access == "black-box"
    assert any("then RayS" in n for n in ev.notes)
    e = ev.evaluations[0]
    assert e.broken_per_attack.get("rays", 0) > 0  # points Square left
    assert e.robust_accuracy < square(knn, X, y, 0.15, queries=100).robust_accuracy - 0.1
