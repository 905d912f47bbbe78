"""Integrated gradients through the adapter's loss gradient: complete up to the integration error."""

import numpy as np
import pytest

from modelward.explain.background import summarise
from modelward.explain.gradients import integrated_gradients
from modelward.testing import reference_context, torch_reference_context


def test_completeness_holds_for_a_linear_model():
    ctx = reference_context()
    X = ctx.data.X[:30]
    cls = np.argmax(ctx.model.predict_proba(X), axis=1)
    ig = integrated_gradients(ctx.model, X, cls, summarise(ctx.reference.X, 5), steps=32)
    assert ig.completeness_gap.max() < 1e-3 * max(1.0, np.abs(ig.scores - ig.expected).max())


def test_a_torch_network_is_explained_and_more_nodes_close_the_gap():
    ctx = torch_reference_context()
    if ctx is None:
        pytest.skip("torch is not installed")
    X = ctx.data.X[:20]
    cls = np.argmax(ctx.model.predict_proba(X), axis=1)
    bg = summarise(ctx.data.X, 4)
    coarse = integrated_gradients(ctx.model, X, cls, bg, steps=2)
    fine = integrated_gradients(ctx.model, X, cls, bg, steps=32)
    assert fine.completeness_gap.mean() < coarse.completeness_gap.mean()
    assert fine.completeness_gap.max() < 0.05
