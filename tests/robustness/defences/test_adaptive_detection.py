"""The adaptive attack on the detector: its torch score matches the detector's, and it evades the
detector far more often than PGD that ignores it."""

import numpy as np
import pytest

from modelward.core.errors import ConfigError
from modelward.robustness.attacks._pgd import pgd
from modelward.robustness.defences.adaptive_detection import (
    DifferentiableScore,
    adaptive_attack,
    evaluate_under_attack,
)
from modelward.robustness.defences.detection import AdversarialDetector

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def detector(torch_mlp, digits):
    Xtr, _, ytr, _ = digits
    return AdversarialDetector(torch_mlp, reference_rows=300).fit(Xtr[:500], ytr[:500], eps=0.1, seed=0)


def test_differentiable_score_matches_the_detector(detector, digits):
    _, Xte, _, _ = digits
    f = DifferentiableScore(detector)
    x = torch.as_tensor(Xte[:40], dtype=torch.float64).requires_grad_(True)
    _, score = f(x)
    np.testing.assert_allclose(score.detach().numpy(), detector.score(Xte[:40]), rtol=1e-6, atol=1e-6)
    (g,) = torch.autograd.grad(score.sum(), x)
    assert torch.isfinite(g).all() and (g.abs().sum(1) > 0).all()  # a gradient reaches every row


def test_adaptive_attack_evades_the_detector_more_than_plain_pgd(detector, digits):
    _, Xte, _, yte = digits
    X, y = Xte[:80], yte[:80]
    plain = evaluate_under_attack(detector, X, y, pgd(detector.model, X, y, 0.1, steps=20, seed=1).x_adv,
                                  "pgd-20", 0.1)
    res = adaptive_attack(detector, X, y, 0.1, steps=25, lambdas=(0.3, 3.0), seed=0)
    out = res.outcome
    assert plain.misclassified > 20 and plain.detection_rate > 0.8  # the detector works on naive PGD
    assert out.misclassified > 15
    assert out.detection_rate < plain.detection_rate - 0.2
    assert out.robust_accuracy_with_detector < plain.robust_accuracy_with_detector
    assert out.robust_accuracy_with_detector >= out.robust_accuracy  # the detector never hurts
    assert np.abs(res.x_adv - X).max() <= 0.1 + 1e-9 and res.x_adv.min() >= 0 and res.x_adv.max() <= 1
    assert sum(res.broken_by_lambda) > 0


def test_adaptive_attack_needs_a_fitted_torch_detector(detector, digits):
    from sklearn.naive_bayes import GaussianNB

    from modelward.core.adapters.sklearn import SklearnAdapter

    Xtr, _, ytr, _ = digits
    bayes = SklearnAdapter(GaussianNB().fit(Xtr, ytr), detector.model.input_spec)
    with pytest.raises(ConfigError, match="not fitted"):
        DifferentiableScore(AdversarialDetector(detector.model))
    with pytest.raises(ConfigError, match="not a torch model"):
        DifferentiableScore(AdversarialDetector(bayes))
    with pytest.raises(ConfigError, match="norm"):
        adaptive_attack(detector, np.zeros((1, 64)), np.zeros(1, int), 0.1, norm="l1")



@pytest.mark.parametrize("method", ["orthogonal", "selective"])
def test_two_objective_attacks_evade_the_detector(detector, digits, method):
    _, Xte, _, yte = digits
    X, y = Xte[:60], yte[:60]
    res = adaptive_attack(detector, X, y, 0.1, steps=20, methods=(method,), seed=0)
    assert res.broken_by_run[method] > 0 and res.lambdas == () and res.broken_by_lambda == ()
    broken = (np.asarray(detector.model.predict_proba(res.x_adv)).argmax(1) != y) & ~detector.flag(res.x_adv)
    assert broken.sum() >= res.broken_by_run[method]  # the numpy detector confirms the torch rebuild's wins
    assert np.abs(res.x_adv - X).max() <= 0.1 + 1e-9 and res.x_adv.min() >= 0 and res.x_adv.max() <= 1
    with pytest.raises(ConfigError, match="methods"):
        adaptive_attack(detector, X, y, 0.1, methods=("bpda",))


def test_fit_against_adaptive_learns_the_adaptive_rows(torch_mlp, digits):
    from modelward.robustness.defences.adaptive_detection import fit_against_adaptive

    Xtr, _, _, _ = digits
    det, history = fit_against_adaptive(torch_mlp, Xtr[:400], eps=0.1, rounds=2, steps=15, attack_rows=120,
                                        lambdas=(0.1,), methods=("penalty", "selective"), seed=0,
                                        reference_rows=300)
    assert [h.round for h in history] == [1, 2] and det.fitted
    assert history[1].pool > history[0].pool > 20
    assert history[1].undetected < history[0].undetected  # the refit detector is harder to evade


def test_smoothing_aware_attack_pushes_the_noisy_vote_past_the_margin(detector, digits):
    _, Xte, _, yte = digits
    X, y = Xte[:40], yte[:40]
    res = adaptive_attack(detector, X, y, 0.1, steps=20, lambdas=(0.1,), methods=("penalty", "selective"),
                          smoothing_sigma=0.1, eot=8, kappa=3.0, win_margin=1.5, seed=0)
    won = sum(res.broken_by_run.values())
    assert won > 0 and np.abs(res.x_adv - X).max() <= 0.1 + 1e-9
    # a won row's smoothed vote is wrong with a clear majority, so smoothing certifies the wrong class
    from modelward.robustness.defences.certification import SmoothedClassifier

    certs = SmoothedClassifier(detector.model, 0.1, n0=20, n=200, alpha=0.01).certify(res.x_adv)
    assert ((certs.prediction != y) & (certs.prediction >= 0)).sum() >= 0.8 * won
    with pytest.raises(ConfigError, match="smoothing_sigma"):
        adaptive_attack(detector, X, y, 0.1, smoothing_sigma=-1.0)
