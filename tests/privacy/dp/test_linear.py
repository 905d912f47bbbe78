"""DP logistic regression: useful at epsilon 1, spends what it says, and its noise really depends on epsilon."""

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.datasets import load_breast_cancer, load_iris
from sklearn.model_selection import train_test_split

from modelward.core.errors import ConfigError
from modelward.privacy.dp.linear import DPLogisticRegression


@pytest.fixture(scope="module")
def cancer():
    X, y = load_breast_cancer(return_X_y=True)
    return train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)


def test_useful_at_epsilon_one_and_spends_its_budget(cancer):
    X_tr, X_te, y_tr, y_te = cancer
    scores = [DPLogisticRegression(epsilon=1.0, random_state=s).fit(X_tr, y_tr).score(X_te, y_te) for s in range(3)]
    assert np.mean(scores) > 0.85
    model = DPLogisticRegression(epsilon=1.0, random_state=0).fit(X_tr, y_tr)
    assert 0.99 <= model.privacy_.epsilon <= 1.0


def test_less_budget_means_more_noise(cancer):
    X_tr, _, y_tr, _ = cancer
    def spread(eps):
        coefs = [DPLogisticRegression(epsilon=eps, random_state=s).fit(X_tr, y_tr).coef_ for s in range(4)]
        return np.std(coefs, axis=0).mean()
    assert spread(0.1) > spread(10.0)


def test_multiclass_and_clone():
    X, y = load_iris(return_X_y=True)
    model = clone(DPLogisticRegression(epsilon=5.0, delta=1e-5, random_state=0)).fit(X, y)
    assert model.predict_proba(X).shape == (150, 3) and (model.predict(X) == y).mean() > 0.6


def test_bad_budgets_are_refused(cancer):
    X_tr, _, y_tr, _ = cancer
    with pytest.raises(ConfigError, match="epsilon"):
        DPLogisticRegression(epsilon=0).fit(X_tr, y_tr)
    with pytest.raises(ConfigError, match="1/n"):
        DPLogisticRegression(delta=0.01).fit(X_tr, y_tr)
