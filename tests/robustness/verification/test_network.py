import numpy as np
import pytest

from modelward.robustness.verification.errors import UnsupportedModelError
from modelward.robustness.verification.network import relu_network

torch = pytest.importorskip("torch")


def test_folded_conv_net_computes_what_the_module_computes():
    from sklearn.datasets import load_digits

    X = load_digits().data[:50] / 16.0
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Unflatten(1, (1, 8, 8)), torch.nn.Conv2d(1, 4, 3, padding=1),
                              torch.nn.BatchNorm2d(4), torch.nn.ReLU(), torch.nn.AvgPool2d(2), torch.nn.Flatten(),
                              torch.nn.Linear(64, 16), torch.nn.Dropout(0.5), torch.nn.ReLU(),
                              torch.nn.Linear(16, 10)).eval()
    rn = relu_network(net)
    assert rn.hidden == (256, 16)
    want = net(torch.tensor(X, dtype=torch.float32)).detach().numpy()
    np.testing.assert_allclose(rn.forward(X), want, atol=1e-4)


def test_the_callers_module_is_left_as_it_was(iris_net):
    iris_net.train()
    relu_network(iris_net)
    assert iris_net.training
    assert next(iris_net.parameters()).dtype == torch.float32
    iris_net.eval()


@pytest.mark.parametrize("layer", [torch.nn.Tanh(), torch.nn.MaxPool1d(2), torch.nn.Sigmoid()])
def test_unsupported_layers_are_not_verified(layer):
    width = 4 if "Pool" in type(layer).__name__ else 8
    net = torch.nn.Sequential(torch.nn.Linear(4, 8), layer, torch.nn.Linear(width, 3))
    with pytest.raises(UnsupportedModelError, match="not verified.*" + type(layer).__name__):
        relu_network(net)


def test_a_module_that_is_not_a_sequential_is_not_verified():
    class Custom(torch.nn.Module):
        def forward(self, x):  # type: ignore[no-untyped-def]
            return x

    with pytest.raises(UnsupportedModelError, match="not verified"):
        relu_network(Custom())
