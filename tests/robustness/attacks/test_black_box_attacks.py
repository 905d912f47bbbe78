"""Square, HopSkipJump and transfer through a probabilities-only view; budgets are exact."""

from __future__ import annotations

import numpy as np

from modelward.robustness.attacks.hopskipjump import hopskipjump
from modelward.robustness.attacks.pgd import pgd
from modelward.robustness.attacks.square import square
from modelward.robustness.attacks.transfer import transfer

from ..conftest import ProbaOnly


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
