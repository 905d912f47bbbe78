"""Scaffolding: a model that switches to another function on explanation-style queries is told apart from
honest models fitted on the same table."""

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

from modelward.core.adapters.callable import CallableAdapter
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.errors import ConfigError
from modelward.explain import generate as G
from modelward.explain.audits.scaffolding import audit_scaffolding, explanation_queries


def _table():
    task = G.with_sensitive(G.tabular(0, n=800, n_features=8), 0, n_proxies=1, in_features=True)
    return task, task.feature_names.index("sensitive")


def test_a_scaffolded_model_is_caught_on_the_queries_its_detector_catches():
    task, s = _table()
    predict_proba, _ = G.scaffolded(task.X, s, 0 if s else 1, seed=0)
    real = np.argmax(predict_proba(task.X), axis=1)
    assert np.mean(real == (task.X[:, s] > np.median(task.X[:, s]))) > 0.95  # decides by the attribute on real rows
    audit = audit_scaffolding(CallableAdapter(predict_proba, classes=[0, 1], name="scaffold"), task.X, seed=0)
    assert audit.suspected and audit.fidelity > 0.95 and audit.gap > 0.3
    assert audit.query == "noisy (LIME-like)" and audit.noise_agreement < 0.7


@pytest.mark.parametrize("estimator", [HistGradientBoostingClassifier(max_iter=60, random_state=0),
                                       LogisticRegression(max_iter=2000)], ids=["hist-gbm", "logistic"])
def test_honest_models_answer_queries_as_they_answer_real_rows(estimator):
    task, _ = _table()
    audit = audit_scaffolding(SklearnAdapter(estimator.fit(task.X, task.y)), task.X, seed=0)
    assert not audit.suspected and audit.gap < 0.1


def test_a_model_with_one_answer_has_nothing_to_hide():
    task, _ = _table()
    model = CallableAdapter(lambda X: np.tile([0.9, 0.1], (len(X), 1)), classes=[0, 1], name="constant")
    audit = audit_scaffolding(model, task.X, seed=0)
    assert not audit.suspected and audit.gap == 0.0 and audit.decided_classes == 1


def test_queries_keep_a_coalition_of_each_row_and_noise_every_feature():
    X = np.random.default_rng(0).normal(size=(200, 6))
    hybrid, noisy = explanation_queries(X, X + 100.0, np.random.default_rng(1))
    kept = (hybrid == X).sum(axis=1)
    assert kept.min() >= 1 and kept.max() <= 5  # never the row itself, never all of another row
    assert not np.any(noisy == X)


def test_too_few_rows_is_an_error():
    with pytest.raises(ConfigError, match="40 rows"):
        audit_scaffolding(CallableAdapter(lambda X: np.tile([0.5, 0.5], (len(X), 1)), classes=[0, 1]),
                          np.zeros((10, 3)))
