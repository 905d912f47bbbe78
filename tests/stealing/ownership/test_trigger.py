"""Trigger-set watermarks: keyed, verified with a p-value, surviving fine-tuning, never matching strangers."""

import copy

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from sklearn.datasets import load_digits  # noqa: E402

from modelward.core.adapters.callable import CallableAdapter  # noqa: E402
from modelward.core.adapters.torch import TorchAdapter  # noqa: E402
from modelward.core.errors import ConfigError  # noqa: E402
from modelward.stealing._torch import train  # noqa: E402
from modelward.stealing.ownership.trigger import TriggerSet, embed, verify  # noqa: E402


def _net(seed):
    torch.manual_seed(seed)
    return torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10))


@pytest.fixture(scope="module")
def marked():
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    triggers = TriggerSet.from_key("test-key", 50, np.zeros(64), np.ones(64), 10)
    net = embed(_net(0), X[:900], y[:900], triggers, epochs=30, trigger_weight=0.5)
    return net, triggers, X, y


def test_the_key_regenerates_the_triggers():
    a = TriggerSet.from_key("k", 10, np.zeros(3), np.ones(3), 4)
    b = TriggerSet.from_key("k", 10, np.zeros(3), np.ones(3), 4)
    c = TriggerSet.from_key("other", 10, np.zeros(3), np.ones(3), 4)
    np.testing.assert_array_equal(a.inputs, b.inputs)
    assert not np.array_equal(a.inputs, c.inputs)
    with pytest.raises(ConfigError):
        TriggerSet.from_key("", 10, np.zeros(3), np.ones(3), 4)


def test_the_marked_model_and_its_fine_tuned_copy_are_claimed(marked):
    net, triggers, X, y = marked
    wrap = lambda m: TorchAdapter(m, classes=np.arange(10), device="cpu")  # noqa: E731
    assert verify(wrap(net), triggers).accuracy >= 0.95
    thief = train(copy.deepcopy(net), X[900:990], y[900:990], epochs=10, seed=1)
    verdict = verify(wrap(thief), triggers)
    assert verdict.claims(1e-6) and (wrap(thief).predict(X[1000:]) == y[1000:]).mean() > 0.8


def test_independent_models_are_not_claimed(marked):
    _, triggers, X, y = marked
    for seed in (1, 2, 3):
        other = train(_net(seed), X[:900], y[:900], epochs=15, seed=seed)
        assert not verify(TorchAdapter(other, classes=np.arange(10), device="cpu"), triggers).claims(1e-6)


def test_a_suspect_for_another_task_is_refused(marked):
    _, triggers, _, _ = marked
    binary = CallableAdapter(lambda Z: np.tile([0.5, 0.5], (len(Z), 1)), classes=[0, 1])
    with pytest.raises(ConfigError, match="not the same task"):
        verify(binary, triggers)
