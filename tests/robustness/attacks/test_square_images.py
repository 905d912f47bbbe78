"""Square on image-shaped inputs: true square windows over every channel (Andriushchenko et al. 2020)."""

import numpy as np
import pytest

from modelward.robustness.attacks._square import _image_shape, _square_windows, square

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def cnn(digits):
    from modelward.core.adapters.spec import FeatureSpec, InputSpec

    Xtr, _, ytr, _ = digits
    torch.manual_seed(0)
    net = torch.nn.Sequential(
        torch.nn.Conv2d(1, 8, 3, padding=1), torch.nn.ReLU(),
        torch.nn.MaxPool2d(2), torch.nn.Flatten(), torch.nn.Linear(8 * 16, 10),
    )
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    X, Y = torch.tensor(Xtr, dtype=torch.float32).reshape(-1, 1, 8, 8), torch.tensor(ytr)
    for _ in range(60):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(net(X), Y).backward()
        opt.step()
    spec = InputSpec(tuple(FeatureSpec(f"p{i}", lower=0.0, upper=1.0) for i in range(64)))
    return spec, net.eval()


def test_windows_are_squares_on_every_channel():
    rng = np.random.default_rng(0)
    idx, signs = _square_windows(rng, 5, (3, 8, 8), p=0.1)
    assert idx.shape == (5, 3 * 9) and signs.shape == idx.shape  # side round(sqrt(6.4)) = 3
    for row, sg in zip(idx, signs, strict=True):
        ch, rem = np.divmod(row, 64)
        r, col = np.divmod(rem, 8)
        for c in range(3):
            sel = ch == c
            assert np.ptp(r[sel]) == 2 and np.ptp(col[sel]) == 2 and len(set(sg[sel])) == 1
    assert _image_shape((1, 8, 8), 64) == (1, 8, 8) and _image_shape((8, 8), 64) == (1, 8, 8)
    assert _image_shape((64,), 64) is None and _image_shape((1, 8, 8), 65) is None


@pytest.mark.parametrize("norm,eps", [("linf", 0.2), ("l2", 1.5)])
def test_square_windows_break_a_cnn_within_budget(cnn, sample, norm, eps):
    from modelward.core.adapters.torch import TorchAdapter

    spec, net = cnn
    X, y = sample
    model = TorchAdapter(net, classes=np.arange(10), input_spec=spec, input_shape=(1, 8, 8))
    res = square(model, X, y, eps, norm=norm, queries=200, seed=0)
    clean = res.clean_correct
    assert res.success[clean].mean() > 0.3
    assert np.all(res.perturbation <= eps * (1 + 1e-6))
    assert res.queries.max() <= 200
    fooled = model.predict(res.x_adv[res.success & clean]) != y[res.success & clean]
    assert fooled.all()
