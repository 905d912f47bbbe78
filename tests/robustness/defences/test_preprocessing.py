"""Feature squeezing: correct transforms, no gradient for the naive attacker, BPDA/EOT breaks it."""

import numpy as np
import pytest

from modelward.core.errors import ConfigError
from modelward.robustness.attacks._common import has_gradient
from modelward.robustness.attacks._pgd import pgd
from modelward.robustness.defences.measure import masking_verdict, measure
from modelward.robustness.defences.preprocessing import BPDAAdapter, Squeezer, feature_squeezing


def test_bit_depth_keeps_exactly_two_to_the_bits_levels():
    X = np.linspace(0, 1, 101).reshape(1, -1)
    out = Squeezer("bit-depth", 2)(X)
    assert np.allclose(np.unique(out), [0, 1 / 3, 2 / 3, 1])
    assert np.abs(out - X).max() <= 1 / 6 + 1e-12


def test_median_filter_uses_the_image_shape():
    img = np.zeros((1, 8, 8))
    img[0, 3, 3] = 1.0  # a lone bright pixel is removed by a 3x3 median
    out = Squeezer("median", 3, input_shape=(1, 8, 8))(img.reshape(1, -1))
    assert out.max() == 0.0


def test_quantise_and_noise_stay_in_bounds():
    rng = np.random.default_rng(0)
    X = rng.uniform(0, 1, (20, 5))
    assert np.all(np.isin(np.round(Squeezer("quantise", 0.25)(X), 9), [0, 0.25, 0.5, 0.75, 1.0]))
    noisy = Squeezer("gaussian", 0.5)(X, rng)
    assert noisy.min() >= 0 and noisy.max() <= 1 and not np.allclose(noisy, X)


def test_bad_squeezers_are_refused():
    with pytest.raises(ConfigError, match="kind"):
        Squeezer("jpeg", 1)
    with pytest.raises(ConfigError, match="bits"):
        Squeezer("bit-depth", 2.5)


def test_the_defended_model_hides_its_gradient_and_bpda_restores_one(logreg, digits):
    _, Xte, _, yte = digits
    defended = feature_squeezing(logreg, ("bit-depth",), bits=3)
    assert not has_gradient(defended)
    adaptive = BPDAAdapter(defended)
    assert has_gradient(adaptive)
    g = adaptive.loss_gradient(Xte[:5], np.asarray(yte[:5]))
    assert g.shape == (5, 64) and np.abs(g).sum() > 0
    assert np.array_equal(adaptive.predict(Xte[:50]), defended.predict(Xte[:50]))


def test_eot_averages_only_over_randomised_squeezers(logreg):
    assert BPDAAdapter(feature_squeezing(logreg, ("bit-depth",)), eot=8).eot == 1
    assert BPDAAdapter(feature_squeezing(logreg, ("gaussian",), sigma=0.1), eot=8).eot == 8


def test_adaptive_attack_breaks_what_the_naive_attack_reports_as_robust(logreg, digits):
    _, Xte, _, yte = digits
    X, y = Xte[:80], yte[:80]
    defended = feature_squeezing(logreg, ("bit-depth",), bits=3)
    m = measure(defended, X, y, [0.1], views=[("bpda-eot", BPDAAdapter(defended))], steps=20, square_queries=100)
    assert m.by_view["bpda-eot"][0.1] < m.by_view["direct"][0.1]
    assert m.robust[0.1] <= min(m.by_view["bpda-eot"][0.1], m.by_view["direct"][0.1])
    assert "gradient masking" in masking_verdict(m)
    plain = pgd(logreg, X, y, 0.1, steps=20).robust_accuracy
    assert m.robust[0.1] <= plain + 0.1  # squeezing buys (almost) nothing against the adaptive attacker
