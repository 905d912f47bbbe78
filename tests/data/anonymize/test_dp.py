"""DP aggregates: unbiased within the Laplace scale, the budget refuses overspending."""

import numpy as np
import pytest

from modelward.core.errors import ConfigError
from modelward.data.anonymize.dp import BudgetAccountant, dp_count, dp_histogram, dp_mean


def test_count_noise_has_the_laplace_scale():
    rng = np.random.default_rng(0)
    draws = [dp_count(1000, 0.5, BudgetAccountant(1.0), rng) for _ in range(4000)]
    assert abs(np.mean(draws) - 1000) < 0.3
    assert np.std(draws) == pytest.approx(np.sqrt(2) / 0.5, rel=0.1)  # Laplace(b) has sd b * sqrt(2)


def test_histogram_and_mean_on_real_data():
    from sklearn.datasets import load_wine

    X, y = load_wine(return_X_y=True)
    rng = np.random.default_rng(1)
    budget = BudgetAccountant(4.0)
    hist = dp_histogram(y, [0, 1, 2, 3], 2.0, budget, rng)
    assert set(hist) == {"0", "1", "2", "3"} and abs(hist["1"] - int((y == 1).sum())) <= 6
    mean = dp_mean(X[:, 0], 10.0, 15.0, 2.0, budget, rng)
    assert abs(mean - X[:, 0].mean()) < 0.5 and budget.remaining == pytest.approx(0.0)


def test_budget_is_enforced():
    budget = BudgetAccountant(1.0)
    rng = np.random.default_rng(0)
    dp_count(5, 0.7, budget, rng)
    with pytest.raises(ConfigError, match="budget is spent"):
        dp_count(5, 0.5, budget, rng)
    assert budget.log == [("count", 0.7)]
    with pytest.raises(ConfigError, match="positive"):
        BudgetAccountant(0)
