"""FGSM, PGD, APGD, DeepFool, CW on a real logistic regression: they break points, stay in the ball."""

from __future__ import annotations

import numpy as np
import pytest

from modelward.robustness.attacks._apgd import apgd, checkpoints
from modelward.robustness.attacks._cw import carlini_wagner_l2
from modelward.robustness.attacks._deepfool import deepfool
from modelward.robustness.attacks._pgd import fgsm, pgd


def _check_result(res, X, eps, norm):
    assert res.x_adv.shape == X.shape
    assert np.all(res.x_adv >= 0) and np.all(res.x_adv <= 1)
    D = res.x_adv - X
    dist = np.abs(D).max(1) if norm == "linf" else np.linalg.norm(D, axis=1)
    assert np.allclose(dist, res.perturbation)
    assert np.all(dist <= eps * (1 + 1e-6) + 1e-9)


@pytest.mark.parametrize("norm,eps", [("linf", 0.1), ("l2", 1.0)])
def test_pgd_breaks_points_within_the_ball(logreg, sample, norm, eps):
    X, y = sample
    res = pgd(logreg, X, y, eps, norm=norm, steps=20)
    _check_result(res, X, eps, norm)
    pred = logreg.predict(res.x_adv)
    clean = logreg.predict(X) == y
    assert np.array_equal(res.success, (pred != y) | ~clean)
    assert res.robust_accuracy < clean.mean() - 0.2
    assert res.access == "white-box" and res.attack == "pgd-20"


def test_stronger_budget_breaks_more(logreg, sample):
    X, y = sample
    accs = [pgd(logreg, X, y, e, steps=20).robust_accuracy for e in (0.02, 0.1, 0.3)]
    assert accs[0] >= accs[1] >= accs[2]
    assert accs[2] < 0.1


def test_fgsm_is_one_step_and_weaker_than_pgd(logreg, sample):
    X, y = sample
    f = fgsm(logreg, X, y, 0.1)
    p = pgd(logreg, X, y, 0.1, steps=30, loss="margin")
    assert f.attack == "fgsm"
    assert p.robust_accuracy <= f.robust_accuracy


def test_targeted_pgd_hits_the_target(logreg, sample):
    X, y = sample
    target = (y + 1) % 10
    res = pgd(logreg, X, y, 0.3, steps=40, target=target)
    assert res.targeted
    hit = logreg.predict(res.x_adv) == target
    assert np.array_equal(res.success, hit)
    assert hit.mean() > 0.8


def test_apgd_checkpoints_follow_the_paper():
    # p = 0, .22, .41, .57, .70, .80, .87, .93, .99 (Croce & Hein 2020, section 3.2)
    assert checkpoints(100) == [22, 41, 57, 70, 80, 87, 93, 99]


@pytest.mark.parametrize("loss", ["ce", "dlr"])
def test_apgd_at_least_as_strong_as_pgd(logreg, sample, loss):
    X, y = sample
    a = apgd(logreg, X, y, 0.08, loss=loss, steps=50)
    p = pgd(logreg, X, y, 0.08, steps=20)
    _check_result(a, X, 0.08, "linf")
    assert a.robust_accuracy <= p.robust_accuracy + 0.05
    assert a.loss_trace[-1] > a.loss_trace[0]  # the best loss rose


def test_apgd_targeted_sweep_counts_any_misclassification(logreg, sample):
    X, y = sample
    res = apgd(logreg, X, y, 0.08, steps=30, n_target_classes=3)
    assert res.attack == "apgd-t" and not res.targeted
    assert np.array_equal(res.success, (logreg.predict(res.x_adv) != y) | (logreg.predict(X) != y))


def test_deepfool_and_cw_find_small_l2_perturbations(logreg, sample):
    X, y = sample
    df = deepfool(logreg, X, y)
    cw = carlini_wagner_l2(logreg, X, y, steps=60, search_steps=4, lr=0.05)
    clean = logreg.predict(X) == y
    assert df.success[clean].mean() > 0.9
    assert cw.success[clean].mean() > 0.8
    # minimal-norm attacks beat a fixed-budget attack's typical L2 norm
    assert np.median(df.perturbation[clean & df.success]) < 2.0
    assert np.median(cw.perturbation[clean & cw.success]) < 2.0
