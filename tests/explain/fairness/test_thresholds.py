"""Group thresholds reach the criterion on the rows they are fitted on, ties included."""

import numpy as np
import pytest

from modelward.explain.fairness.metrics import cells, differences
from modelward.explain.fairness.thresholds import _top_k_rule, fit_thresholds, safe_slack


def _task(seed=0, n=6000):
    rng = np.random.default_rng(seed)
    groups = rng.integers(0, 2, n)
    y = (rng.random(n) < np.where(groups == 1, 0.3, 0.5)).astype(int)
    score = np.clip(0.5 * y + rng.normal(0.25, 0.25, n) - 0.1 * groups, 0, 1)
    return score, y, groups


def _expected_gaps(rules, score, y, groups):
    q = rules.probability(score, groups)
    out = {}
    for name, rate in (("dp", lambda m: q[m].mean()), ("tpr", lambda m: q[m & (y == 1)].mean() / 1.0),
                       ("fpr", lambda m: q[m & (y == 0)].mean())):
        values = [rate(groups.astype(str) == g) for g in ("0", "1")]
        out[name] = abs(values[0] - values[1])
    return out


def test_demographic_parity_is_exact_in_expectation():
    score, y, groups = _task()
    rules = fit_thresholds(score, y, groups, "demographic-parity")
    assert _expected_gaps(rules, score, y, groups)["dp"] < 1e-3


def test_equalised_odds_is_exact_in_expectation_and_keeps_accuracy():
    score, y, groups = _task(1)
    rules = fit_thresholds(score, y, groups, "equalised-odds")
    gaps = _expected_gaps(rules, score, y, groups)
    assert gaps["tpr"] < 0.01 and gaps["fpr"] < 0.01
    q = rules.probability(score, groups)
    expected_accuracy = np.mean(np.where(y == 1, q, 1 - q))
    assert expected_accuracy > np.mean((score >= 0.5) == y) - 0.03


def test_ties_at_the_boundary_are_split_to_hit_the_count():
    scores = np.array([0.9, 0.5, 0.5, 0.5, 0.1])
    rule = _top_k_rule(scores, 2.5)
    assert rule.probability(scores).sum() == pytest.approx(2.5)


def test_decisions_drawn_from_the_rules_reach_parity_on_new_rows():
    score, y, groups = _task(2, n=20000)
    rules = fit_thresholds(score[:10000], y[:10000], groups[:10000], "demographic-parity")
    decided = rules.decide(score[10000:], groups[10000:], np.random.default_rng(0))
    d = differences(cells(y[10000:], decided, groups[10000:], 2))
    assert d["dp"] < 0.03


def test_an_unknown_group_is_an_error():
    score, y, groups = _task()
    rules = fit_thresholds(score, y, groups, "demographic-parity")
    with pytest.raises(ValueError, match="not among the groups"):
        rules.probability(score[:3], np.array(["9", "9", "0"]))


@pytest.mark.parametrize("criterion", ["demographic-parity", "equalised-odds"])
@pytest.mark.parametrize("slack", [0.0, 0.03])
def test_the_lp_keeps_the_gap_within_slack_and_slack_buys_accuracy(criterion, slack):
    score, y, groups = _task(3)
    rules = fit_thresholds(score, y, groups, criterion, slack)
    gaps = _expected_gaps(rules, score, y, groups)
    if criterion == "demographic-parity":
        assert gaps["dp"] <= slack + 1e-9
    else:
        assert gaps["tpr"] <= slack + 1e-9 and gaps["fpr"] <= slack + 1e-9
    q = rules.probability(score, groups)
    accuracy = np.mean(np.where(y == 1, q, 1 - q))
    exact = fit_thresholds(score, y, groups, criterion).probability(score, groups)
    assert accuracy >= np.mean(np.where(y == 1, exact, 1 - exact)) - 1e-9
    if slack:
        assert accuracy > np.mean(np.where(y == 1, exact, 1 - exact)) + 1e-3


def test_thresholds_on_the_true_posterior_reach_the_population_bound():
    """Fitted on 20000 generated rows scored by their true posterior, the rule's expected accuracy on
    fresh rows is the bound, and its parity gap there is within sampling error."""
    from modelward.explain.fairness.bounds import biased_truth, bound

    truth, *_ = biased_truth(4)
    rng = np.random.default_rng(0)
    X, a = truth.sample(20000, rng)
    p = truth.posterior(X, a)
    y = (rng.random(len(p)) < p).astype(int)
    rules = fit_thresholds(p, y, a, "demographic-parity")
    X2, a2 = truth.sample(200000, rng)
    p2 = truth.posterior(X2, a2)
    q = rules.probability(p2, a2)
    b = bound(p2, a2, "demographic-parity")
    assert abs(np.mean(q * p2 + (1 - q) * (1 - p2)) - b.constrained) < 0.004
    assert abs(q[a2 == 0].mean() - q[a2 == 1].mean()) < 0.025


def test_safe_slack_leaves_room_for_sampling_error():
    score, y, groups = _task(4, n=4000)
    slack, se = safe_slack(0.02, score, y, groups, "demographic-parity")
    assert slack == 0.0 and 0.01 < se < 0.03  # two groups of ~2000 rows: no room in a 0.02 target
    score, y, groups = _task(4, n=400000)
    slack, se = safe_slack(0.02, score, y, groups, "demographic-parity")
    assert 0.01 < slack < 0.02 and se < 0.003
