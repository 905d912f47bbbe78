"""Adversarial training makes the torch MLP robust; augmentation helps scikit-learn models; bad options fail."""

import pytest

from modelward.core.errors import ConfigError, ModelLoadError
from modelward.robustness.attacks._pgd import pgd
from modelward.robustness.defences.adversarial_training import (
    TrainingConfig,
    adversarial_augmentation,
    adversarially_train_adapter,
)


@pytest.mark.parametrize("method", ["fast", "trades"])
def test_adversarial_training_raises_robust_accuracy(torch_mlp, digits, method):
    Xtr, Xte, ytr, yte = digits
    X, y = Xte[:150], yte[:150]
    before = pgd(torch_mlp, X, y, 0.1, steps=20, seed=1).robust_accuracy
    cfg = TrainingConfig(method=method, eps=0.1, epochs=15 if method == "fast" else 10, steps=3, seed=0)
    hardened, trained = adversarially_train_adapter(torch_mlp, Xtr, ytr, cfg)
    after = pgd(hardened, X, y, 0.1, steps=20, seed=1).robust_accuracy
    clean = float((hardened.predict(X) == y).mean())
    assert after > before + 0.15, (before, after)
    assert clean > 0.85
    assert len(trained.epoch_loss) == cfg.epochs
    assert hardened.module is not torch_mlp.module  # the original is untouched


def test_training_config_is_validated():
    with pytest.raises(ConfigError, match="method"):
        TrainingConfig(method="magic")
    with pytest.raises(ConfigError, match="eps"):
        TrainingConfig(eps=-0.1)
    with pytest.raises(ConfigError, match="epochs"):
        TrainingConfig(epochs=0)


def test_adversarial_training_refuses_a_scikit_learn_model(logreg, digits):
    Xtr, _, ytr, _ = digits
    with pytest.raises(ModelLoadError, match="PyTorch"):
        adversarially_train_adapter(logreg, Xtr, ytr, TrainingConfig(epochs=1))


def test_augmentation_refits_a_scikit_learn_model_on_adversarial_rows(digits):
    from sklearn.neural_network import MLPClassifier

    from modelward.core.adapters.sklearn import SklearnAdapter

    from .conftest import PIXELS

    Xtr, Xte, ytr, yte = digits
    X, y = Xte[:150], yte[:150]
    with pytest.warns(Warning):  # a few iterations only: the MLP does not converge, on purpose (speed)
        model = SklearnAdapter(MLPClassifier((32,), max_iter=200, random_state=0).fit(Xtr, ytr), PIXELS)
    before = pgd(model, X, y, 0.1, steps=20, seed=1).robust_accuracy
    with pytest.warns(Warning):
        res = adversarial_augmentation(model, Xtr, ytr, 0.1, rounds=2, max_rows=600, seed=0)
    after = pgd(res.model, X, y, 0.1, steps=20, seed=1).robust_accuracy
    assert res.rows_added == (600, 600)
    assert res.attack.startswith("pgd")
    assert after > before, (before, after)
    assert float((res.model.predict(X) == y).mean()) > 0.9


def test_augmentation_refuses_a_model_it_cannot_refit(torch_mlp, digits):
    Xtr, _, ytr, _ = digits
    with pytest.raises(ModelLoadError, match="refit"):
        adversarial_augmentation(torch_mlp, Xtr, ytr, 0.1)
