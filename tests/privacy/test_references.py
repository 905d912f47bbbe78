"""Reference trainers: the right one per model kind, classes aligned, chunks stopped by the budget."""

import numpy as np
import pytest
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

from modelward.core.adapters.callable import CallableAdapter
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.privacy.references import (
    CallableTrainer,
    RefitTrainer,
    TorchTrainer,
    train_in_chunks,
    trainer_for,
)


def test_the_trainer_follows_the_model_kind():
    X, y = load_iris(return_X_y=True)
    sk = SklearnAdapter(LogisticRegression(max_iter=500).fit(X, y))
    assert isinstance(trainer_for(sk), RefitTrainer)
    assert trainer_for(CallableAdapter(lambda Z: np.eye(3)[np.zeros(len(Z), int)], classes=[0, 1, 2])) is None
    torch = pytest.importorskip("torch")
    from modelward.core.adapters.torch import TorchAdapter

    net = TorchAdapter(torch.nn.Linear(4, 3), classes=np.arange(3), device="cpu")
    assert isinstance(trainer_for(net, epochs=3), TorchTrainer)


def test_a_copy_that_never_saw_a_class_scores_it_zero():
    X, y = load_iris(return_X_y=True)
    model = SklearnAdapter(LogisticRegression(max_iter=500).fit(X, y))
    refs = RefitTrainer(model).train(X, y, [np.arange(100), np.arange(50, 150)], seed=0)  # first: classes 0, 1
    P = refs.proba(X[:5])
    assert P.shape == (2, 5, 3) and (P[0, :, 2] == 0).all()


def test_chunks_stop_at_the_deadline_after_a_whole_chunk():
    X, y = load_iris(return_X_y=True)
    trainer = CallableTrainer(lambda A, b: LogisticRegression(max_iter=300).fit(A, b), np.arange(3))
    subsets = [np.arange(150)] * 3
    refs, done = train_in_chunks(trainer, X, y, subsets, seed=0, chunk=2, deadline=0.0)
    assert done == 2 and refs.k == 2
    refs, done = train_in_chunks(trainer, X, y, subsets, seed=0, chunk=2, deadline=None)
    assert done == 3 and refs.proba(X[:3]).shape == (3, 3, 3)
