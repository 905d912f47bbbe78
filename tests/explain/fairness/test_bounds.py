"""The Bayes bounds: the programme over the posterior's ROC curves agrees with a direct search over every
classifier of (x, group) on a small discrete task, and the replay of `generate.biased` is the generator."""

import itertools

import numpy as np
import pytest
from scipy.optimize import linprog

from modelward.explain import generate as G
from modelward.explain.fairness.bounds import biased_truth, bound, population_bounds

# two groups, three cells (values of x) each: the cell's posterior P(y=1 | x, a) and its number of rows
CELLS = {"a": ([0.9, 0.6, 0.2], [30, 50, 20]), "b": ([0.7, 0.35, 0.1], [20, 40, 40])}


def _rows():
    p = np.concatenate([np.repeat(ps, n) for ps, n in CELLS.values()])
    groups = np.concatenate([np.repeat(g, sum(n)) for g, (_, n) in CELLS.items()])
    return p, groups


def _rates(q, criterion):
    """Per group (rates,) for the decision probabilities q (one per cell, groups in order)."""
    out, i = [], 0
    for ps, ns in CELLS.values():
        ps, ns, qg = np.asarray(ps), np.asarray(ns, dtype=float), q[..., i:i + len(ps)]
        i += len(ps)
        pos, neg = ps * ns, (1 - ps) * ns
        if criterion == "demographic-parity":
            out.append([(qg * ns).sum(-1) / ns.sum()])
        else:
            out.append([(qg * pos).sum(-1) / pos.sum(), (qg * neg).sum(-1) / neg.sum()])
    return out


def _accuracy(q):
    ps = np.concatenate([c[0] for c in CELLS.values()])
    ns = np.concatenate([c[1] for c in CELLS.values()]).astype(float)
    return (ns * (q * ps + (1 - q) * (1 - ps))).sum(-1) / ns.sum()


def _direct_lp(criterion, slack):
    """Every classifier of (x, group) on this task is a decision probability per cell: an exact LP."""
    k = sum(len(c[0]) for c in CELLS.values())
    ps = np.concatenate([c[0] for c in CELLS.values()])
    ns = np.concatenate([c[1] for c in CELLS.values()]).astype(float)
    gain = ns * (2 * ps - 1) / ns.sum()  # accuracy = const + gain @ q
    eye = np.eye(k)
    rates = _rates(eye, criterion)  # each entry: the rate's coefficient per cell
    A = []
    for j in range(len(rates[0])):
        d = rates[0][j] - rates[1][j]
        A += [d, -d]
    res = linprog(-gain, A_ub=np.asarray(A), b_ub=[slack] * len(A), bounds=[(0, 1)] * k, method="highs")
    return _accuracy(res.x)


@pytest.mark.parametrize("criterion, slack", [("demographic-parity", 0.0), ("demographic-parity", 0.05),
                                              ("equalised-odds", 0.0), ("equalised-odds", 0.05)])
def test_the_bound_is_the_best_classifier_of_x_and_group(criterion, slack):
    p, groups = _rows()
    b = bound(p, groups, criterion, slack)
    assert b.constrained == pytest.approx(_direct_lp(criterion, slack), abs=1e-9)
    # brute force on a grid of decision probabilities (a gap within slack is met on the grid only when the
    # slack is not zero): never above the bound, and close to it
    if slack == 0:
        return
    grid = np.linspace(0, 1, 11)
    q = np.array(list(itertools.product(grid, repeat=6)))
    gaps = [np.abs(a - b_) for a, b_ in zip(*_rates(q, criterion), strict=True)]
    feasible = np.all(np.vstack(gaps) <= slack + 1e-12, axis=0)
    best = _accuracy(q[feasible]).max()
    assert best <= b.constrained + 1e-9
    assert b.constrained - best < 0.01


def test_the_unconstrained_bound_is_the_bayes_classifier():
    p, groups = _rows()
    bayes = np.concatenate([np.asarray(c[0]) >= 0.5 for c in CELLS.values()]).astype(float)
    assert bound(p, groups, "demographic-parity").unconstrained == pytest.approx(_accuracy(bayes))


def test_a_looser_constraint_never_costs_more():
    p, groups = _rows()
    losses = [bound(p, groups, "demographic-parity", s).minimum_loss for s in (0.0, 0.02, 0.1, 1.0)]
    assert losses == sorted(losses, reverse=True) and losses[0] > 0.01 and losses[-1] == pytest.approx(0.0, abs=1e-9)


def test_the_generators_truth_gives_its_rows_and_a_calibrated_posterior():
    task = G.biased(3, n=4000)
    truth, X, y, a = biased_truth(3, n=4000)
    np.testing.assert_array_equal(X[:4000], task.X)
    np.testing.assert_array_equal(X[4000:], task.X_test)
    np.testing.assert_array_equal(y[4000:], task.y_test)
    np.testing.assert_array_equal(a[:4000], task.sensitive)
    p = truth.posterior(X, a)
    for lo in np.arange(0, 1, 0.2):
        inside = (p >= lo) & (p < lo + 0.2)
        assert abs(y[inside].mean() - p[inside].mean()) < 0.03
    # no classifier beats the posterior's decisions, within sampling error
    from sklearn.ensemble import HistGradientBoostingClassifier
    model = HistGradientBoostingClassifier(max_iter=80, random_state=0).fit(np.column_stack([task.X, task.sensitive]),
                                                                             task.y)
    model_accuracy = np.mean(model.predict(np.column_stack([task.X_test, task.sensitive_test])) == task.y_test)
    assert np.mean((p[4000:] >= 0.5) == task.y_test) > model_accuracy - 0.005


def test_population_bounds_on_a_generated_task():
    truth, *_ = biased_truth(0)
    dp0, dp2, eo0 = population_bounds(truth, (("demographic-parity", 0.0), ("demographic-parity", 0.02),
                                              ("equalised-odds", 0.0)), n=200_000)
    assert dp0.unconstrained == dp2.unconstrained
    assert dp0.constrained < dp2.constrained < dp0.unconstrained  # parity costs accuracy on this task
    rates = [r[0] for r in dp2.rates.values()]
    assert max(rates) - min(rates) <= 0.02 + 1e-9
    tpr = [r[1] for r in eo0.rates.values()]
    assert max(tpr) - min(tpr) < 1e-9


def _joint_from_cells(reveal):
    """Rows of the small task as P(a, y | x): the group known from x (reveal), or x independent of it."""
    p, groups = _rows()
    joint = np.zeros((len(p), 2, 2))
    a = (groups == "b").astype(int)
    if reveal:
        joint[np.arange(len(p)), a, 1], joint[np.arange(len(p)), a, 0] = p, 1 - p
    else:  # each row's x says nothing of the group: the same posterior under either group
        for g in (0, 1):
            joint[:, g, 1], joint[:, g, 0] = 0.5 * p, 0.5 * (1 - p)
    return p, groups, joint


@pytest.mark.parametrize("criterion", ["demographic-parity", "equalised-odds"])
def test_without_the_group_the_bound_is_the_group_aware_one_when_x_reveals_the_group(criterion):
    from modelward.explain.fairness.bounds import bound_without_group

    p, groups, joint = _joint_from_cells(reveal=True)
    for slack in (0.0, 0.05):
        assert bound_without_group(joint, criterion, slack).constrained == pytest.approx(
            bound(p, groups, criterion, slack).constrained, abs=1e-7)


def test_without_the_group_parity_is_free_when_x_says_nothing_of_it():
    from modelward.explain.fairness.bounds import bound_without_group

    p, groups, joint = _joint_from_cells(reveal=False)
    b = bound_without_group(joint, "demographic-parity")
    assert b.minimum_loss == pytest.approx(0.0, abs=1e-9)
    assert bound(p, groups, "demographic-parity").minimum_loss > 0.01  # the groups' rows differ
