"""The RDP accountant: exact where a closed form exists, consistent across its two formulas, monotone,
calibrated to the target, and it never throws for large losses."""

import math

import numpy as np
import pytest

from modelward.core.errors import ConfigError
from modelward.privacy.dp.accountant import (
    Mechanism,
    _log_a_frac,
    _log_a_int,
    check_budget,
    epsilon_from_rdp,
    noise_for,
    privacy_spent,
    rdp_step,
)


def test_full_batch_gaussian_matches_its_closed_form():
    sigma, steps, delta = 2.0, 10, 1e-5
    orders = [1.5, 2.0, 8.0, 32.0]
    spent = privacy_spent([Mechanism(1.0, sigma, steps)], delta, orders)
    direct = min(steps * a / (2 * sigma**2) + math.log1p(-1 / a) - (math.log(delta) + math.log(a)) / (a - 1)
                 for a in orders)
    assert spent.epsilon == pytest.approx(direct)


def test_integer_and_fractional_formulas_agree_at_integer_orders():
    for q, sigma, alpha in [(0.01, 1.0, 2), (0.1, 2.0, 8), (0.3, 0.8, 5)]:
        assert _log_a_frac(q, sigma, float(alpha)) == pytest.approx(_log_a_int(q, sigma, alpha), rel=1e-6)


def test_subsampling_amplifies_and_steps_compose():
    full = rdp_step(1.0, 1.0, 8.0)
    sampled = rdp_step(0.01, 1.0, 8.0)
    assert 0 < sampled < full
    one = privacy_spent([Mechanism(0.1, 1.5, 100)], 1e-5).epsilon
    two = privacy_spent([Mechanism(0.1, 1.5, 100), Mechanism(0.1, 1.5, 100)], 1e-5).epsilon
    assert two == pytest.approx(privacy_spent([Mechanism(0.1, 1.5, 200)], 1e-5).epsilon)
    assert one < two


def test_calibrated_noise_spends_the_target_within_one_percent():
    for eps in (0.5, 1.0, 3.0, 8.0):
        sigma = noise_for(eps, 1e-5, 0.2, 150)
        spent = privacy_spent([Mechanism(0.2, sigma, 150)], 1e-5).epsilon
        assert eps * 0.99 <= spent <= eps


def test_large_losses_are_numbers_not_exceptions():
    assert math.isinf(rdp_step(0.5, 0.0, 4.0))
    spent = privacy_spent([Mechanism(0.5, 1e-3, 10)], 1e-5)
    assert spent.epsilon > 1e3 and np.isfinite(spent.epsilon)
    assert noise_for(1e4, 1e-5, 0.5, 10) <= 0.1


@pytest.mark.parametrize("epsilon, delta, n, message", [
    (0.0, 1e-5, 100, "epsilon"), (-1.0, 1e-5, 100, "epsilon"), (float("nan"), 1e-5, 100, "epsilon"),
    (1.0, 0.0, 100, "delta"), (1.0, 0.02, 100, "1/n"),
])
def test_meaningless_budgets_are_refused(epsilon, delta, n, message):
    with pytest.raises(ConfigError, match=message):
        check_budget(epsilon, delta, n)


def test_an_impossible_target_is_named():
    with pytest.raises(ConfigError, match="cannot be met"):
        noise_for(1e-6, 1e-5, 1.0, 10_000)
    with pytest.raises(ConfigError, match="delta"):
        epsilon_from_rdp([1.0], [2.0], 1.5)
