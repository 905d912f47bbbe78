"""Learning-based extraction on real models: active learning beats random queries, labels-only works,
synthetic queries need only a few seeds, and bad budgets are refused."""

import numpy as np
import pytest
from sklearn.datasets import load_digits
from sklearn.neural_network import MLPClassifier

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.errors import ConfigError, DataError, QueryRefused
from modelward.stealing.extraction import extract


@pytest.fixture(scope="module")
def victim():
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    order = np.random.default_rng(0).permutation(len(X))
    train, pool, test = order[:800], order[800:1300], order[1300:1600]
    model = SklearnAdapter(MLPClassifier((32,), max_iter=1000, random_state=0).fit(X[train], y[train]))
    return model, X[pool], X[test], y[test]


def test_active_extraction_beats_random_queries_at_the_same_budget(victim):
    model, pool, X_te, y_te = victim
    active = extract(model, pool, X_te, [60, 120], eval_y=y_te, strategy="active")
    random = extract(model, pool, X_te, [60, 120], eval_y=y_te, strategy="random")
    assert [f.queries for f in active.figures] == [60, 120]
    assert active.figures[-1].fidelity > 0.9
    assert active.figures[0].fidelity > random.figures[0].fidelity
    f = active.figures[-1]
    assert f.fidelity_ci[0] <= f.fidelity <= f.fidelity_ci[1]
    assert active.queries_for(0.9) == 120 or active.queries_for(0.9) == 60


def test_labels_only_extraction_learns_from_one_hot_answers(victim):
    model, pool, X_te, y_te = victim
    result = extract(model, pool, X_te, [120], eval_y=y_te, access="labels")
    assert result.access == "labels" and result.figures[0].fidelity > 0.85


def test_synthetic_queries_start_from_a_few_seed_rows(victim):
    model, pool, X_te, _ = victim
    before = model.query_count
    result = extract(model, pool, X_te, [40], source="synthetic", seed_rows=10)
    assert model.query_count - before == 40 + len(X_te)  # 40 attack queries, plus the victim's own answers
    assert result.figures[0].queries == 40
    assert result.figures[0].fidelity > 0.1  # better than nothing; synthetic rows teach far less than natural ones


def test_a_budget_larger_than_the_pool_is_said(victim):
    model, pool, X_te, _ = victim
    result = extract(model, pool[:30], X_te, [50], strategy="random")
    assert result.figures[0].queries == 30 and "pool holds 30 rows" in result.notes[0]


@pytest.mark.parametrize("budgets, error", [([0], ConfigError), ([], ConfigError)])
def test_bad_budgets_are_refused(victim, budgets, error):
    model, pool, X_te, _ = victim
    with pytest.raises(error, match="at least 1 query"):
        extract(model, pool, X_te, budgets)


def test_natural_extraction_needs_a_pool(victim):
    model, _, X_te, _ = victim
    with pytest.raises(DataError, match="pool"):
        extract(model, None, X_te, [10])


class _RefusesAfter:
    """The victim behind a server that refuses every query once `limit` rows were answered (a guard)."""

    def __init__(self, model, limit):
        self.model, self.limit, self.answered = model, limit, 0
        self.classes, self.input_spec, self.name = model.classes, model.input_spec, model.name

    def predict_proba(self, X):
        if self.answered + len(X) > self.limit:
            raise QueryRefused(f"refused after {self.answered} rows")
        self.answered += len(X)
        return self.model.predict_proba(X)


def test_a_refused_query_stops_the_attack_and_keeps_what_it_measured(victim):
    model, pool, X_te, y_te = victim
    # eval_X's own answers (the reference, not attack queries) pass first: len(X_te) rows
    guarded = _RefusesAfter(model, len(X_te) + 100)
    result = extract(guarded, pool, X_te, [60, 120, 240], eval_y=y_te)
    assert result.refused_after is not None and 60 <= result.refused_after <= 100
    assert result.figures[0].budget == 60  # the budget reached stays measured ...
    assert result.figures[-1].queries == result.refused_after  # ... and so does the copy held when stopped
    assert all(f.queries <= 100 for f in result.figures)
    assert "refused a query after" in result.notes[-1] and "budgets from 120 on" in result.notes[-1]
