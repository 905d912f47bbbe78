"""Vectorised training of fresh torch copies: each copy learns its own rows, independently."""

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from sklearn.datasets import load_digits  # noqa: E402

from modelward.core.errors import ConfigError  # noqa: E402
from modelward.privacy._torch import Recipe, reset_copy, train_ensemble  # noqa: E402


@pytest.fixture(scope="module")
def digits():
    X, y = load_digits(return_X_y=True)
    return X / 16.0, y


def _net():
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 10))


def test_copies_learn_their_own_rows_and_differ(digits):
    X, y = digits
    subsets = [np.arange(0, 300), np.arange(300, 600), np.arange(0, 300)]
    ens = train_ensemble(_net(), X, y, subsets, Recipe(epochs=15, batch_size=64, lr=1e-2), seed=1)
    P = ens.proba(X[1000:1300])
    assert P.shape == (3, 300, 10)
    np.testing.assert_allclose(P.sum(-1), 1.0, atol=1e-6)
    accuracy = (P.argmax(-1) == y[1000:1300]).mean(axis=1)
    assert (accuracy > 0.85).all()
    train_fit = [(ens.proba(X[s])[k].argmax(-1) == y[s]).mean() for k, s in enumerate(subsets)]
    assert min(train_fit) > 0.97
    assert not np.allclose(P[0], P[2])  # same rows, different initialisation and batches


def test_reset_copy_reinitialises_and_keeps_the_original(digits):
    net = _net()
    before = [p.detach().clone() for p in net.parameters()]
    clone = reset_copy(net, seed=5)
    assert all(torch.equal(a, b) for a, b in zip(before, net.parameters(), strict=True))
    assert not all(torch.equal(a, b) for a, b in zip(before, clone.parameters(), strict=True))


def test_unequal_subsets_and_batch_norm_are_refused(digits):
    X, y = digits
    with pytest.raises(ConfigError, match="same, non-zero size"):
        train_ensemble(_net(), X, y, [np.arange(10), np.arange(20)], Recipe(epochs=1))
    bn = torch.nn.Sequential(torch.nn.Linear(64, 8), torch.nn.BatchNorm1d(8), torch.nn.Linear(8, 10))
    with pytest.raises(ConfigError, match="buffers"):
        train_ensemble(bn, X, y, [np.arange(10)], Recipe(epochs=1))
