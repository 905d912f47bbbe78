"""DP Gaussian naive Bayes: useful at a moderate budget, worse when the budget shrinks."""

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split

from modelward.privacy.dp.naive_bayes import DPGaussianNB


def test_useful_and_budget_dependent():
    X, y = load_breast_cancer(return_X_y=True)
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)
    def score(eps):
        return np.mean([DPGaussianNB(epsilon=eps, random_state=s).fit(X_tr, y_tr).score(X_te, y_te) for s in range(5)])
    assert score(3.0) > 0.85
    assert score(0.02) < score(3.0)
    model = DPGaussianNB(epsilon=1.0, random_state=0).fit(X_tr, y_tr)
    assert 0.99 <= model.privacy_.epsilon <= 1.0
    np.testing.assert_allclose(model.predict_proba(X_te).sum(axis=1), 1.0)
