"""Transfer attack: train a surrogate on the model's labels, attack the surrogate, replay on the model.

The surrogate is a scikit-learn MLP (analytic gradients) fitted on the attacker's rows and
Gaussian-jittered copies, labelled by querying the target; PGD runs on the surrogate and only
the final rows go to the target. Queries per row: the labels of its copies plus the check.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.attacks import _common as c
from modelward.robustness.budget import QueryBudget
from modelward.robustness.result import AttackResult


def transfer(
    model: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: float,
    *,
    norm: str = "linf",
    copies: int = 4,
    steps: int = 20,
    hidden: tuple[int, ...] = (128,),
    train_X: np.ndarray | None = None,
    target: np.ndarray | None = None,
    seed: int = 0,
) -> AttackResult:
    """Black-box attack that needs labels only for training, then one query per row to check.

    `train_X`: the attacker's own unlabelled rows, labelled by the model too (a shared cost,
    reported as `params["training_queries"]`, not charged to any row)."""
    from sklearn.neural_network import MLPClassifier

    from modelward.core.adapters.sklearn import SklearnAdapter
    from modelward.robustness.attacks._pgd import pgd

    problem = c.prepare(model, X, y, eps, norm, target)
    copies = c.check_steps("copies", copies, minimum=0)
    rng = np.random.default_rng(seed)
    X0, cons = problem.X, problem.constraints
    n = X0.shape[0]
    scale = np.std(X0, axis=0) * 0.1 + 1e-12
    jitter = [cons.box(X0 + rng.normal(size=X0.shape) * scale, X0) for _ in range(copies)]
    Xs = np.vstack([X0, *jitter])
    owners = np.tile(np.arange(n), copies + 1)
    budget = QueryBudget(model, n)
    P = budget.proba(Xs, owners)
    labels = P.argmax(axis=1)
    Z0 = np.log(np.clip(P[:n], 1e-300, 1))
    shared = 0
    if train_X is not None:
        T = c.prepare(model, train_X, np.asarray(model.classes)[np.zeros(len(train_X), int)], None, norm).X
        Xs = np.vstack([Xs, T])
        labels = np.concatenate([labels, np.asarray(model.predict_proba(T)).argmax(axis=1)])
        shared = T.shape[0]
    notes: list[str] = []
    if np.unique(labels).size < 2:
        notes.append("transfer: the model gave one label to every training row; no surrogate to attack")
        return c.finish(problem, X0, "transfer", "transfer", budget.used.copy(), Z0=Z0, notes=tuple(notes))
    sur = MLPClassifier(hidden, max_iter=300, random_state=seed).fit(Xs, labels)
    present = sur.classes_
    surrogate = SklearnAdapter(sur, model.input_spec, name="surrogate")
    keep = np.isin(problem.y, present)
    X_adv = X0.copy()
    if keep.any():
        t_lab = None if problem.target is None else problem.target[keep]
        res = pgd(surrogate, X0[keep], problem.y[keep], eps, norm=norm, steps=steps, seed=seed, early_stop=False,
                  target=t_lab if t_lab is None or np.isin(t_lab, present).all() else None)
        X_adv[keep] = res.x_adv
    if not keep.all():
        notes.append(f"transfer: {int((~keep).sum())} rows have a label the surrogate never saw")
    out = c.finish(problem, X_adv, "transfer", "transfer", budget.used.copy(), Z0=Z0, notes=tuple(notes),
                   params={"copies": copies, "steps": steps, "hidden": list(hidden), "training_queries": shared})
    return replace(out, params={**out.params, "surrogate_agreement": float((sur.predict(Xs) == labels).mean())})
