"""Adversarial training: PGD-AT (Madry et al. 2018), TRADES (Zhang et al. 2019) and fast FGSM-RS
training (Wong et al. 2020) for torch models; adversarial data augmentation for scikit-learn models.

Torch methods train a copy of the model on adversarial batches made by a fast in-loop PGD. The
training budget is `eps * eps_margin` (a little above the evaluation budget, a common remedy for
robustness lost at the boundary), ramped up over the first epochs, with a one-cycle learning rate.
"""

from __future__ import annotations

import dataclasses
import math
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.errors import ConfigError, ModelLoadError
from modelward.robustness.scaled import FeatureScale, RangeScaledAdapter

METHODS = ("pgd", "trades", "fast")


@dataclass(frozen=True)
class TrainingConfig:
    """How to train: method, perturbation budget and optimisation schedule (validated here, once)."""

    method: str = "pgd"
    eps: float = 0.1
    norm: str = "linf"
    eps_margin: float = 1.3
    epochs: int = 60
    batch_size: int = 64
    lr: float = 3e-3
    steps: int = 5
    step_size: float | None = None
    beta: float = 6.0
    ramp_epochs: int = 5
    reinit: bool = True
    seed: int = 0

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ConfigError(f"adversarial training: method must be one of {METHODS}, got {self.method!r}")
        if self.norm not in ("linf", "l2"):
            raise ConfigError(f"adversarial training: norm must be 'linf' or 'l2', got {self.norm!r}")
        for name in ("eps", "lr", "eps_margin", "beta"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
                raise ConfigError(f"adversarial training: {name} must be a positive number, got {value!r}")
        for name in ("epochs", "batch_size", "steps"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ConfigError(f"adversarial training: {name} must be an integer >= 1, got {value!r}")
        if self.ramp_epochs < 0:
            raise ConfigError(f"adversarial training: ramp_epochs must be >= 0, got {self.ramp_epochs}")

    @property
    def train_eps(self) -> float:
        return self.eps * self.eps_margin


@dataclass(frozen=True, eq=False)
class TrainedModule:
    """A trained torch module, the configuration that made it and how long training took."""

    module: Any
    config: TrainingConfig
    seconds: float
    epoch_loss: tuple[float, ...] = field(default_factory=tuple)


def adversarial_train(
    module: Any,
    X: np.ndarray,
    y: np.ndarray,
    config: TrainingConfig | None = None,
    *,
    lower: Any = 0.0,
    upper: Any = 1.0,
    input_shape: tuple[int, ...] | None = None,
) -> TrainedModule:
    """Train a copy of `module` (re-initialised unless `config.reinit` is False) on rows X and class
    indices y; the original module is left untouched."""
    from modelward.robustness.defences import _torch as T

    torch = T.torch_module()
    F = torch.nn.functional
    cfg = config or TrainingConfig()
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=np.int64)
    if X.ndim != 2 or len(X) != len(y) or len(X) == 0:
        raise ConfigError(f"adversarial training: need rows (n, features) and n labels, got {X.shape}, {y.shape}")
    lo, hi = T.bounds(lower, upper, X.shape[1])
    net = T.fresh_copy(module, cfg.reinit, cfg.seed)
    batch = T.Batch(X, input_shape, lo, hi)
    yt = torch.as_tensor(y)
    opt = torch.optim.Adam(net.parameters(), lr=cfg.lr)
    n_batches = (len(X) + cfg.batch_size - 1) // cfg.batch_size
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=cfg.lr, total_steps=cfg.epochs * n_batches)
    gen = torch.Generator().manual_seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    losses = []
    start = time.perf_counter()
    with T.small_model_threads(net):
        for epoch in range(cfg.epochs):
            eps = cfg.train_eps * (min(1.0, (epoch + 1) / cfg.ramp_epochs) if cfg.ramp_epochs else 1.0)
            total = 0.0
            for idx in T.minibatches(len(X), cfg.batch_size, gen):
                x, t = batch.X[idx], yt[idx]
                net.eval()  # the inner attack sees the model as it is deployed (no dropout, frozen BN stats)
                if cfg.method == "pgd":
                    alpha = cfg.step_size or 2.5 * eps / cfg.steps
                    xa = T.pgd_batch(net, batch, x, t, eps, cfg.steps, alpha, cfg.norm)
                    net.train()
                    loss = F.cross_entropy(net(batch.view(xa)), t)
                elif cfg.method == "fast":
                    xa = T.pgd_batch(net, batch, x, t, eps, 1, cfg.step_size or 1.25 * eps, cfg.norm)
                    net.train()
                    loss = F.cross_entropy(net(batch.view(xa)), t)
                else:
                    loss = _trades_loss(net, batch, x, t, eps, cfg)
                opt.zero_grad()
                loss.backward()
                opt.step()
                sched.step()
                total += float(loss.detach()) * len(idx)
            losses.append(total / len(X))
    return TrainedModule(net.eval(), cfg, time.perf_counter() - start, tuple(losses))


def _trades_loss(net: Any, batch: Any, x: Any, t: Any, eps: float, cfg: TrainingConfig) -> Any:
    """Cross-entropy on clean rows plus beta * KL(clean || adversarial), the KL maximised by PGD."""
    from modelward.robustness.defences import _torch as T

    torch = T.torch_module()
    F = torch.nn.functional
    with torch.no_grad():
        p_clean = F.softmax(net(batch.view(x)), dim=1)

    def kl(out: Any, _: Any) -> Any:
        return F.kl_div(F.log_softmax(out, dim=1), p_clean, reduction="sum")

    start = batch.clamp(x + 0.001 * torch.randn_like(x))
    alpha = cfg.step_size or 2.5 * eps / cfg.steps
    xa = T.pgd_batch(net, batch, start, t, eps, cfg.steps, alpha, cfg.norm, random_start=False, loss_fn=kl)
    xa = batch.clamp(torch.maximum(torch.minimum(xa, x + eps), x - eps)) if cfg.norm == "linf" else xa
    net.train()
    out = net(batch.view(x))
    out_adv = net(batch.view(xa))
    robust = F.kl_div(F.log_softmax(out_adv, dim=1), F.softmax(out, dim=1), reduction="batchmean")
    return F.cross_entropy(out, t) + cfg.beta * robust


def adversarially_train_adapter(
    model: ModelAdapter, X: np.ndarray, y_idx: np.ndarray, config: TrainingConfig | None = None,
    scale: FeatureScale | None = None,
) -> tuple[ModelAdapter, TrainedModule]:
    """Adversarially train the module inside a TorchAdapter; returns a new adapter over the new module.

    With `scale`, the budget is in range units (a share of each feature's range): the module is trained
    behind a fixed input map u -> lower + u * scale, so the attacks of training move every feature by the
    same share of its range; the map is dropped afterwards."""
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.robustness.defences._torch import InputAffine, module_of

    module, shape = module_of(model)
    spec = model.input_spec
    lower = spec.lower if spec.features else 0.0
    upper = spec.upper if spec.features else 1.0
    if scale is None:
        trained = adversarial_train(module, X, y_idx, config, lower=lower, upper=upper, input_shape=shape)
        net = trained.module
    else:
        mapped = InputAffine(module, scale.lower, scale.scale, shape)
        trained = adversarial_train(mapped, scale.to_u(X), y_idx, config, lower=scale.to_u(np.asarray(lower)),
                                    upper=scale.to_u(np.asarray(upper)))
        net = trained.module.inner
        trained = dataclasses.replace(trained, module=net)
    adapter = TorchAdapter(net, classes=model.classes, input_spec=spec, input_shape=shape,
                           device="cpu", name=f"{model.name}+{trained.config.method}-at")
    return adapter, trained


# --- scikit-learn: adversarial data augmentation -------------------------------------------------


@dataclass(frozen=True, eq=False)
class AugmentedModel:
    """A refitted scikit-learn model and what the augmentation added."""

    model: ModelAdapter
    rounds: int
    rows_added: tuple[int, ...]
    attack: str
    seconds: float


def adversarial_augmentation(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: float,
    *,
    norm: str = "linf",
    rounds: int = 2,
    max_rows: int = 1000,
    queries: int = 300,
    seed: int = 0,
    scale: FeatureScale | None = None,
) -> AugmentedModel:
    """Refit a scikit-learn model on its data plus adversarial rows crafted against it, `rounds` times.

    Where the model has an analytic gradient, every sampled row gets its loss-maximising PGD-20 version
    (as in adversarial training, not only the rows that flip); tree ensembles get the rows the tree
    threshold attack breaks, other models those the Square attack breaks (`queries` per row).
    With `scale`, `eps` is a share of each feature's range: the attacks run on the range-scaled model.
    """
    from modelward.robustness.attacks._common import has_gradient
    from modelward.robustness.attacks._square import square
    from modelward.robustness.attacks._trees import tree_attack, tree_thresholds

    refit = getattr(model, "refit", None)
    if not callable(refit):
        raise ModelLoadError(
            f"{model.name}: adversarial augmentation refits the model, which needs a scikit-learn estimator; "
            "for a torch model use adversarial training"
        )
    if rounds < 1:
        raise ConfigError(f"adversarial augmentation: rounds must be >= 1, got {rounds}")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    start = time.perf_counter()
    current: ModelAdapter = model
    X_aug, y_aug = X, y
    added = []
    attack_name = ""
    for r in range(rounds):
        pick = rng.choice(len(X), min(max_rows, len(X)), replace=False)
        Xs, ys = X[pick], y[pick]
        view: ModelAdapter = current if scale is None else RangeScaledAdapter(current, scale)
        Xv = Xs if scale is None else scale.to_u(Xs)
        if has_gradient(view):
            X_new = _loss_maximising_pgd(view, Xv, ys, eps, norm, steps=20, rng=rng)
            attack_name = "pgd-20 (full, all rows)"
        else:
            if tree_thresholds(getattr(current, "estimator", None), 1) is not None:
                res = tree_attack(view, Xv, ys, eps, norm=norm)
            else:
                res = square(view, Xv, ys, eps, norm=norm, queries=queries, seed=seed + r)
            attack_name = res.attack
            moved = res.success & np.any(res.x_adv != Xv, axis=1)
            X_new, ys = res.x_adv[moved], ys[moved]
        if scale is not None:
            X_new = view.to_x(X_new)  # type: ignore[attr-defined]  # back to the model's inputs, clipped
        X_aug = np.vstack([X_aug, X_new])
        y_aug = np.concatenate([y_aug, ys])
        added.append(len(X_new))
        current = refit(X_aug, y_aug)
        current.input_spec = model.input_spec
    return AugmentedModel(current, rounds, tuple(added), attack_name, time.perf_counter() - start)


def _loss_maximising_pgd(model: ModelAdapter, X: np.ndarray, y: np.ndarray, eps: float, norm: str, steps: int,
                         rng: np.random.Generator) -> np.ndarray:
    """PGD that runs all its steps (no early stop), for training data rather than measurement."""
    from modelward.robustness.attacks import _common as c
    from modelward.robustness.constraints import Constraints

    cons = Constraints.from_spec(model.input_spec, X.shape[1])
    y_idx = c.label_indices(model, y)
    white_box: Any = model  # has_gradient(model) was checked by the caller
    Xa = c.project(c.random_start(X, eps, norm, rng), X, eps, norm, cons)
    for _ in range(steps):
        G = cons.mask(np.asarray(white_box.loss_gradient(Xa, y_idx), dtype=float))
        Xa = c.project(Xa + 2.5 * eps / steps * c.direction(G, norm), X, eps, norm, cons)
    return cons.finalize(Xa, X)
