"""Adversarial-input detection on the digits MLP, and its guard."""

import numpy as np
import pytest

from modelward.core.errors import ConfigError, DataError
from modelward.robustness.attacks.pgd import pgd
from modelward.robustness.defences.detection import AdversarialDetector, AdversarialInputGuard, request_rows
from modelward.testing import plugin_contract_errors


@pytest.fixture(scope="module")
def fitted(torch_mlp, digits):
    Xtr, _, ytr, _ = digits
    return AdversarialDetector(torch_mlp).fit(Xtr[:800], ytr[:800], eps=0.1, seed=0)


@pytest.fixture(scope="module")
def adversarial(torch_mlp, digits):
    _, Xte, _, yte = digits
    res = pgd(torch_mlp, Xte[:200], yte[:200], 0.1, steps=20, seed=3)
    return Xte[:200], res.x_adv[res.success & res.clean_correct]


def test_detector_separates_clean_from_pgd_rows(fitted, adversarial):
    clean, adv = adversarial
    m = fitted.evaluate(clean, adv)
    assert len(adv) > 30
    assert m.auc > 0.95
    assert m.tpr_at_fpr > 0.7
    assert m.fpr < 0.2  # threshold set on clean rows at 5% FPR transfers to unseen clean rows
    assert len(fitted.feature_names) == fitted.features(clean[:3]).shape[1]
    assert any(n.startswith("mahalanobis:layer") for n in fitted.feature_names)


def test_guard_lets_clean_rows_through_and_refuses_adversarial_ones(fitted, adversarial):
    clean, adv = adversarial
    guard = AdversarialInputGuard(fitted)
    scores = fitted.score(clean)
    calm = clean[int(np.argmin(scores))]
    assert guard.inspect({"inputs": [calm.tolist()]}).allowed
    worst = adv[int(np.argmax(fitted.score(adv)))]
    decision = guard.inspect(worst)
    assert not decision.allowed and "adversarial" in decision.reason
    assert guard.filter({"outputs": [1]}).allowed
    assert plugin_contract_errors(guard) == []


def test_unfitted_guard_and_bad_requests_are_clear_errors(fitted):
    with pytest.raises(ConfigError, match="no fitted detector"):
        AdversarialInputGuard().inspect([[0.0] * 64])
    with pytest.raises(DataError, match="NaN"):
        request_rows([[float("nan")] * 64])
    with pytest.raises(DataError, match="inputs"):
        request_rows({"rows_of": 1})
    with pytest.raises(ConfigError, match="not fitted"):
        AdversarialDetector(fitted.model).score(np.zeros((1, 64)))
