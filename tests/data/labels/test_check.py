"""`data.label-errors` as a check: findings on flipped labels follow the rubric and name the rows."""

import numpy as np
from sklearn.datasets import load_wine

from modelward.core.context import AssessContext, Dataset
from modelward.data.labels.check import LabelErrorCheck
from modelward.testing import reference_context


def test_reports_flipped_rows_with_a_measured_severity():
    X, y = load_wine(return_X_y=True)
    noisy = y.copy()
    rows = np.random.default_rng(0).choice(len(y), 18, replace=False)
    noisy[rows] = (y[rows] + 1) % 3
    ctx = AssessContext(reference_context().model, Dataset(X, noisy, tuple(f"f{i}" for i in range(13)), "cls"))
    (f,) = LabelErrorCheck(ensemble="linear", rounds=2).run(ctx)
    assert f.evidence.likelihood == 4 or f.evidence.likelihood == 5
    flagged = set(int(r) for r in f.evidence.series["rows"])
    assert len(flagged & set(rows.tolist())) >= 14 and len(flagged) <= 22
    assert f.location.column == "cls"
