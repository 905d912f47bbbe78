"""Defensive distillation masks gradients; attacking rescaled logits takes the masking away."""

import numpy as np
import pytest

from modelward.core.errors import ConfigError
from modelward.robustness.attacks._pgd import pgd
from modelward.robustness.defences.distillation import TemperatureAdapter, defensive_distillation


@pytest.fixture(scope="module")
def distilled(torch_mlp, digits):
    Xtr, _, ytr, _ = digits
    return defensive_distillation(torch_mlp, Xtr, ytr, temperature=100, epochs=60, seed=0)


def test_distilled_model_saturates_and_its_gradient_vanishes(distilled, digits):
    _, Xte, _, yte = digits
    model = distilled.model
    correct = model.predict(Xte[:100]) == yte[:100]
    g_naive = np.abs(model.loss_gradient(Xte[:100][correct], yte[:100][correct])).sum(axis=1)
    g_scaled = np.abs(TemperatureAdapter(model, 100).loss_gradient(Xte[:100][correct], yte[:100][correct])).sum(axis=1)
    assert np.median(g_naive) < 1e-3 * np.median(g_scaled)
    assert float(correct.mean()) > 0.85


def test_rescaled_logits_keep_decisions_and_break_more_points(distilled, digits):
    _, Xte, _, yte = digits
    X, y = Xte[:120], yte[:120]
    rescaled = TemperatureAdapter(distilled.model, distilled.temperature)
    assert np.array_equal(rescaled.predict(X), distilled.model.predict(X))
    naive = pgd(distilled.model, X, y, 0.1, steps=20, seed=0)
    adaptive = pgd(rescaled, X, y, 0.1, steps=20, seed=0)
    fooled = distilled.model.predict(adaptive.x_adv) != y
    assert fooled.mean() > naive.success_rate + 0.1


def test_bad_temperature_and_non_torch_models_are_refused(logreg, digits):
    Xtr, _, ytr, _ = digits
    with pytest.raises(ConfigError, match="temperature"):
        defensive_distillation(logreg, Xtr, ytr, temperature=0.5)
    with pytest.raises(ConfigError, match="logits"):
        TemperatureAdapter(logreg, 10)
