"""Detection with the certified fallback: flagged and uncertified rows are withheld, and the attack
success past both layers is measured from the same candidate rows as without them."""

import numpy as np
import pytest

from modelward.core.errors import ConfigError, DataError
from modelward.robustness.attacks import pgd
from modelward.robustness.defences.certification import ABSTAIN, SmoothedClassifier
from modelward.robustness.defences.detect_certify import DetectAndCertify, attack_success
from modelward.robustness.defences.detection import AdversarialDetector

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def detector(torch_mlp, digits):
    Xtr, _, ytr, _ = digits
    return AdversarialDetector(torch_mlp, reference_rows=300).fit(Xtr[:500], ytr[:500], eps=0.1, seed=0)


def test_flagged_and_uncertified_rows_are_withheld(detector, digits):
    _, Xte, _, yte = digits
    X = Xte[:120]
    smoothed = SmoothedClassifier(detector.model, 0.1, n0=20, n=200, alpha=0.01)
    d = DetectAndCertify(detector, smoothed, min_radius=0.05).decide(X)
    certs = smoothed.certify(X)
    unc = (certs.prediction == ABSTAIN) | (certs.radius < 0.05)
    np.testing.assert_array_equal(d.uncertified, unc)
    assert (d.answer[d.flagged | d.uncertified] == ABSTAIN).all()
    ok = ~(d.flagged | d.uncertified)
    np.testing.assert_array_equal(d.answer[ok], certs.prediction[ok])
    assert 0 < d.withheld < 0.3 and (d.answer[ok] == yte[:120][ok]).mean() > 0.9
    plain = DetectAndCertify(detector).decide(X)
    assert plain.uncertified is None and plain.withheld == pytest.approx(plain.flagged.mean())


def test_attack_success_falls_with_each_layer(detector, digits):
    _, Xte, _, yte = digits
    X, y = Xte[:120], yte[:120]
    smoothed = SmoothedClassifier(detector.model, 0.1, n0=20, n=200, alpha=0.01)
    adv = pgd(detector.model, X, y, 0.1, steps=20, loss="margin", early_stop=False, seed=0).x_adv
    r = attack_success(DetectAndCertify(detector, smoothed, 0.05), X, y, [adv])
    assert r.undefended > 0.3
    assert r.detector < r.undefended / 2  # naive PGD run to the end is flagged
    assert r.detector_and_fallback is not None and r.detector_and_fallback <= r.detector
    assert r.clean_withheld_both is not None and r.clean_withheld_both >= r.clean_withheld_detector
    alone = attack_success(DetectAndCertify(detector), X, y, [adv])
    assert alone.detector_and_fallback is None and alone.detector == r.detector
    noisy = np.clip(X + np.random.default_rng(0).uniform(-0.1, 0.1, X.shape), 0, 1)
    other = attack_success(DetectAndCertify(detector), X, y, [noisy])
    worst = alone.worst_with(other)
    assert worst.undefended == pytest.approx((alone.lost_undefended | other.lost_undefended).mean())
    assert worst.undefended >= max(alone.undefended, other.undefended)
    with pytest.raises(DataError, match="combine"):
        alone.worst_with(r)


def test_bad_setups_are_refused(detector, digits):
    from .conftest import make_net, wrap

    _, Xte, _, yte = digits
    with pytest.raises(ConfigError, match="not fitted"):
        DetectAndCertify(AdversarialDetector(detector.model))
    with pytest.raises(ConfigError, match="model the detector watches"):
        DetectAndCertify(detector, SmoothedClassifier(wrap(make_net(1)), 0.1))
    with pytest.raises(ConfigError, match="min_radius"):
        DetectAndCertify(detector, min_radius=-1)
    with pytest.raises(DataError, match="shaped like X"):
        attack_success(DetectAndCertify(detector), Xte[:10], yte[:10], [Xte[:9]])
