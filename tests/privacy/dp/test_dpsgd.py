"""DP-SGD: it learns, spends the target epsilon, clips every example (a huge outlier moves the model no
more than any other row), and refuses batch norm."""

import pytest

torch = pytest.importorskip("torch")

from sklearn.datasets import load_digits  # noqa: E402

from modelward.core.errors import ConfigError  # noqa: E402
from modelward.privacy.dp.dpsgd import DPSGDConfig, train_dp_sgd  # noqa: E402


def _net(seed=0):
    torch.manual_seed(seed)
    return torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.Tanh(), torch.nn.Linear(32, 10))


def _acc(net, X, y):
    with torch.no_grad():
        return float((net(torch.as_tensor(X, dtype=torch.float32)).argmax(1).numpy() == y).mean())


def test_learns_and_spends_the_target():
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    net = _net()
    result = train_dp_sgd(net, X[:1200], y[:1200], DPSGDConfig(epsilon=3.0, epochs=20, batch_size=300), seed=0)
    assert 2.97 <= result.spent.epsilon <= 3.0 and result.sigma > 0.5
    assert _acc(net, X[1200:], y[1200:]) > 0.8


def test_per_example_clipping_bounds_an_outliers_pull():
    """With no noise budget to speak of (huge epsilon) the outlier's gradient is still clipped: one row
    scaled a thousandfold moves the weights about as much as one ordinary row."""
    X, y = load_digits(return_X_y=True)
    X = X[:200] / 16.0
    config = DPSGDConfig(epsilon=1e5, delta=1e-5, epochs=1, batch_size=200, lr=0.1, optimizer="sgd", momentum=0.0)

    def moved(rows):
        net = _net(1)
        before = torch.nn.utils.parameters_to_vector(net.parameters()).detach().clone()
        train_dp_sgd(net, rows, y[:200], config, seed=3)
        return float((torch.nn.utils.parameters_to_vector(net.parameters()) - before).norm())

    outlier = X.copy()
    outlier[0] *= 1000.0
    assert moved(outlier) == pytest.approx(moved(X), rel=0.2)


def test_batch_norm_and_bad_budgets_are_refused():
    X, y = load_digits(return_X_y=True)
    bn = torch.nn.Sequential(torch.nn.Linear(64, 8), torch.nn.BatchNorm1d(8), torch.nn.Linear(8, 10))
    with pytest.raises(ConfigError, match="batch norm"):
        train_dp_sgd(bn, X, y, DPSGDConfig(epochs=1))
    with pytest.raises(ConfigError, match="1/n"):
        train_dp_sgd(_net(), X[:50], y[:50], DPSGDConfig(delta=0.1, epochs=1))
