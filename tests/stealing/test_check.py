"""The registered extraction check: contract, equation solving on linear models, the gateway limit."""

import numpy as np
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import AssessContext, Dataset
from modelward.stealing.check import ExtractionCheck, judge_likelihood
from modelward.testing import plugin_contract_errors


def _ctx():
    X, y = load_iris(return_X_y=True)
    model = SklearnAdapter(LogisticRegression(max_iter=1000).fit(X, y))
    return AssessContext(model, Dataset(X, y, ("a", "b", "c", "d"), source="iris.csv"))


def test_the_check_meets_the_contract():
    assert plugin_contract_errors(ExtractionCheck) == []


def test_a_linear_model_is_copied_exactly_by_equations():
    (finding,) = ExtractionCheck(budgets=(20, 40), access=("probabilities",)).run(_ctx())
    m = finding.evidence.measurements
    assert m["fidelity@13.equations"] == 1.0
    assert m["queries_to_90pct_fidelity"] <= 20
    assert finding.evidence.likelihood == 5 and "query-limits" in finding.mitigations


def test_the_gateway_limit_caps_what_counts():
    (finding,) = ExtractionCheck(budgets=(5, 40), access=("labels",), query_limit=5).run(_ctx())
    m = finding.evidence.measurements
    assert m["query_limit"] == 5 and "several identities" in finding.description
    assert m["fidelity@40.labels"] >= m["fidelity@5.labels"]
    reached = m["queries_to_90pct_fidelity"]
    assert reached is None or reached <= 5


def test_likelihood_follows_the_queries_needed():
    assert judge_likelihood(50, 0.95)[0] == 5
    assert judge_likelihood(5000, 0.95)[0] == 3
    assert judge_likelihood(None, 0.5)[0] == 1
    assert np.isfinite(judge_likelihood(None, 0.75)[0])
