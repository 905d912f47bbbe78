"""Label-leaking features and time leakage."""

import numpy as np
from sklearn.datasets import load_breast_cancer

from modelward.data.leakage import label_leaking_features, parse_dates, time_leakage


def test_a_planted_label_proxy_leaks_and_real_features_do_not():
    X, y = load_breast_cancer(return_X_y=True)
    names = tuple(f"f{i}" for i in range(X.shape[1]))
    assert label_leaking_features(X, y, names) == []
    leaky = np.column_stack([X, y * 1000 + np.random.default_rng(0).integers(0, 900, len(y))])
    (leak,) = label_leaking_features(leaky, y, (*names, "claim_id"))
    assert leak.feature == "claim_id" and leak.score > 0.99 and leak.runner_up < 0.95


def test_time_leakage():
    train = parse_dates(np.array(["2024-01-01", "2024-03-01 10:00:00", "2024-02-01"], dtype=object))
    test = parse_dates(np.array(["2024-02-15", "2024-04-01", ""], dtype=object))
    leak = time_leakage("date", train, test)
    assert leak.test_rows_before == 1 and leak.n_test == 2 and leak.newest_train.startswith("2024-03-01")
    assert parse_dates(np.array(["apple", "pear"], dtype=object)) is None
