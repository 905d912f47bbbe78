"""`data.sanitize`: removing flagged rows lowers the measured label-error rate on real data."""

import numpy as np
from sklearn.datasets import load_wine
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import AssessContext, Dataset
from modelward.data.sanitize import SanitizeMitigation


def test_sanitize_removes_flipped_rows_and_shows_it():
    X, y = load_wine(return_X_y=True)
    rng = np.random.default_rng(0)
    flipped = rng.choice(len(y), 25, replace=False)
    noisy = y.copy()
    noisy[flipped] = (y[flipped] + 1) % 3
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X, noisy)
    ctx = AssessContext(SklearnAdapter(model), Dataset(X, noisy, tuple(f"f{i}" for i in range(13))), seed=0)
    hardened = SanitizeMitigation(ensemble="linear", backdoor=False).apply(ctx)
    assert hardened.applied.check_id == "data.label-errors"
    assert hardened.after["label_error_rate"] < 0.5 * hardened.before["label_error_rate"]
    assert hardened.after["holdout_accuracy"] >= hardened.before["holdout_accuracy"] - 0.03
    kept = set(hardened.artifact["kept_rows"])
    assert len(kept) < len(y)
