"""Group rates and gaps, against scikit-learn's confusion matrix per group."""

import numpy as np
from sklearn.metrics import confusion_matrix

from modelward.explain.fairness.metrics import cells, differences, group_rates


def test_rates_match_confusion_matrices_per_group():
    rng = np.random.default_rng(0)
    y, pred = rng.integers(0, 2, 500), rng.integers(0, 2, 500)
    groups = rng.choice(["a", "b", "c"], 500)
    per_group, overall = group_rates(y, pred, groups, rng.random(500))
    for g in per_group:
        inside = groups == g.group
        tn, fp, fn, tp = confusion_matrix(y[inside], pred[inside], labels=[0, 1]).ravel()
        assert g.selection_rate == (tp + fp) / inside.sum()
        assert g.tpr == tp / (tp + fn) and g.fpr == fp / (fp + tn)
        assert g.count == inside.sum()
    assert overall.accuracy == np.mean(y == pred)


def test_gaps_are_max_minus_min_and_a_group_without_positives_counts_zero():
    y = np.array([1, 1, 0, 0, 0, 0])
    pred = np.array([1, 0, 0, 0, 0, 1])
    index = np.array([0, 0, 0, 1, 1, 1])
    d = differences(cells(y, pred, index, 2))
    assert d["dp"] == 0.0  # both select 1 of 3
    assert d["tpr"] == 0.5  # group 1 has no positive: TPR 0, as Fairlearn counts it
    assert d["eo"] == max(d["tpr"], d["fpr"])
