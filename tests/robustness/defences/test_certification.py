"""Randomised smoothing: the bound, the radius, certified accuracy on digits, abstention, fail-safe."""

import numpy as np
import pytest
from scipy.stats import norm

from modelward.core.errors import ConfigError
from modelward.robustness.defences.certification import (
    ABSTAIN,
    FailSafe,
    SmoothedClassifier,
    clopper_pearson_lower,
    gaussian_augmentation,
)


def test_clopper_pearson_lower_bound_known_values():
    # all n successes: the bound solves p^n = alpha
    assert clopper_pearson_lower(np.array([100]), 100, 0.001)[0] == pytest.approx(0.001 ** (1 / 100))
    assert clopper_pearson_lower(np.array([0]), 100, 0.001)[0] == 0.0
    lo = clopper_pearson_lower(np.array([50]), 100, 0.05)[0]
    assert 0.40 < lo < 0.5


@pytest.fixture(scope="module")
def smoothed(torch_mlp, digits):
    Xtr, _, ytr, _ = digits
    base = gaussian_augmentation(torch_mlp, Xtr, ytr, 0.25, epochs=20, seed=0)
    return SmoothedClassifier(base, 0.25, n0=50, n=300, alpha=0.001)


def test_certify_gives_sound_radii_and_good_accuracy(smoothed, digits):
    _, Xte, _, yte = digits
    certs = smoothed.certify(Xte[:120], seed=0)
    ok = certs.prediction != ABSTAIN
    assert np.allclose(certs.radius[ok], 0.25 * norm.ppf(certs.p_lower[ok]))
    assert np.all(certs.radius[~ok] == 0)
    assert certs.certified_accuracy(yte[:120], 0.0) > 0.85
    curve = certs.curve(yte[:120], [0.0, 0.25, 0.5])
    assert curve == sorted(curve, reverse=True) and curve[1] > 0.5
    # with n = 300 and alpha = 0.001 no radius can exceed sigma * Phi^-1(alpha^(1/n))
    assert certs.radius.max() <= 0.25 * norm.ppf(0.001 ** (1 / 300)) + 1e-9


def test_far_from_the_data_the_smoothed_model_abstains(smoothed):
    rng = np.random.default_rng(0)
    junk = rng.uniform(0, 1, (30, 64))  # noise images: votes split, many abstentions
    certs = smoothed.certify(junk, seed=1)
    assert certs.abstention_rate > 0.2
    assert np.all(smoothed.predict(junk[:5], seed=1) >= ABSTAIN)


def test_fail_safe_answers_the_fallback_below_the_radius(smoothed, digits):
    _, Xte, _, _ = digits
    certs = smoothed.certify(Xte[:40], seed=0)
    answers = FailSafe(min_radius=0.45, fallback="refer to a human").decide(certs, smoothed.classes)
    assert all((a == "refer to a human") == (r < 0.45 or p == ABSTAIN)
               for a, r, p in zip(answers, certs.radius, certs.prediction, strict=True))
    assert any(a != "refer to a human" for a in answers)


def test_bad_parameters_are_refused(torch_mlp):
    with pytest.raises(ConfigError, match="sigma"):
        SmoothedClassifier(torch_mlp, 0.0)
    with pytest.raises(ConfigError, match="alpha"):
        SmoothedClassifier(torch_mlp, 0.25, alpha=0.7)
