"""Output perturbation: what a client sees of the probabilities, as the gateway's output policy serves
them (labels only, top-k, rounding, Laplace noise with the top class kept), measured against the attacks.

`perturb` applies one setting to a table of probabilities and returns what an attacker can rebuild from
the answer: one-hot rows for labels, the shown classes with the rest of the mass spread evenly over the
hidden ones for top-k, rounded (renormalised) rows, noisy rows. `PerturbedAdapter` serves a model that
way, `PerturbedTrainer` gives an attacker's reference models the same treatment (the attacker knows the
policy). The `privacy.output-perturbation` mitigation wraps the model and shows the membership audit
before and after on the same rows; bench/privacy/output.py measures every setting against membership
inference and extraction, with its utility cost, for the gateway's documentation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.adapters.base import BaseAdapter, ModelAdapter
from modelward.core.context import AssessContext
from modelward.core.errors import ConfigError
from modelward.core.params import Param
from modelward.core.plugins import Hardened
from modelward.privacy.references import ReferenceModels, Trainer

KINDS = ("none", "label", "top_k", "round", "noise")


@dataclass(frozen=True)
class OutputPolicy:
    """One setting: `kind` and its parameter (k for top_k, decimals for round, Laplace scale for noise)."""

    kind: str = "none"
    top_k: int = 1
    decimals: int = 2
    noise: float = 0.05

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ConfigError(f"output perturbation kind must be one of {', '.join(KINDS)}, got {self.kind!r}")
        if self.top_k < 1 or self.decimals < 0 or self.noise < 0:
            raise ConfigError("top_k must be at least 1, decimals and noise at least 0")

    def describe(self) -> str:
        return {"none": "full probabilities", "label": "labels only", "top_k": f"top-{self.top_k} probabilities",
                "round": f"probabilities rounded to {self.decimals} decimals",
                "noise": f"Laplace noise of scale {self.noise:g} (top class kept)"}[self.kind]


def perturb(proba: np.ndarray, policy: OutputPolicy, rng: np.random.Generator) -> np.ndarray:
    """The probabilities (n, k) or (models, n, k) as an attacker rebuilds them from the served answer."""
    P = np.asarray(proba, dtype=float)
    k = P.shape[-1]
    top = P.argmax(axis=-1)
    if policy.kind == "none":
        return P
    if policy.kind == "label":
        return np.asarray(np.eye(k)[top])
    if policy.kind == "top_k":
        if policy.top_k >= k:
            return P
        order = np.argsort(-P, axis=-1, kind="stable")
        hidden = order[..., policy.top_k:]
        out = P.copy()
        rest = np.clip(1.0 - np.take_along_axis(P, order[..., : policy.top_k], axis=-1).sum(axis=-1), 0.0, None)
        np.put_along_axis(out, hidden, (rest / (k - policy.top_k))[..., None], axis=-1)
        return out
    if policy.kind == "round":
        R = np.round(P, policy.decimals)
        sums = R.sum(axis=-1, keepdims=True)
        return np.asarray(np.where(sums > 0, R / np.where(sums > 0, sums, 1.0), np.eye(k)[top]))
    noisy = np.clip(P + rng.laplace(0.0, policy.noise, P.shape), 1e-6, None)
    noisy /= noisy.sum(axis=-1, keepdims=True)
    new_top = noisy.argmax(axis=-1)
    moved = new_top != top
    if moved.any():  # swap so the model's class stays on top, as the gateway does
        idx = np.nonzero(moved)
        hi = noisy[(*idx, new_top[idx])].copy()
        lo = noisy[(*idx, top[idx])].copy()
        noisy[(*idx, top[idx])] = hi
        noisy[(*idx, new_top[idx])] = lo
    return noisy


def utility_cost(proba: np.ndarray, served: np.ndarray) -> dict[str, float]:
    """What a legitimate client loses: mean L1 change of the probabilities and the share of top classes kept."""
    P, S = np.asarray(proba, dtype=float), np.asarray(served, dtype=float)
    return {"mean_l1_change": float(np.abs(P - S).sum(axis=-1).mean()),
            "top_class_kept": float(np.mean(P.argmax(axis=-1) == S.argmax(axis=-1)))}


class PerturbedAdapter(BaseAdapter):
    """A model served through an output policy (what a gateway client sees)."""

    def __init__(self, model: ModelAdapter, policy: OutputPolicy, seed: int = 0) -> None:
        super().__init__()
        self.model, self.policy = model, policy
        self.classes, self.input_spec = model.classes, model.input_spec
        self.name = f"{model.name} ({policy.describe()})"
        self._rng = np.random.default_rng(seed)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        self._queries += len(X)
        return perturb(self.model.predict_proba(X), self.policy, self._rng)


@dataclass(frozen=True, eq=False)
class _PerturbedModels:
    inner: ReferenceModels
    policy: OutputPolicy
    seed: int

    @property
    def k(self) -> int:
        return self.inner.k

    def proba(self, X: np.ndarray) -> np.ndarray:
        return perturb(self.inner.proba(X), self.policy, np.random.default_rng(self.seed))


class PerturbedTrainer:
    """Reference models whose answers the attacker passes through the same policy."""

    def __init__(self, inner: Trainer, policy: OutputPolicy) -> None:
        self.inner, self.policy = inner, policy
        self.description = f"{inner.description}, answers as {policy.describe()}"

    def train(self, X: np.ndarray, y: np.ndarray, subsets: Sequence[np.ndarray], seed: int) -> ReferenceModels:
        return _PerturbedModels(self.inner.train(X, y, subsets, seed), self.policy, seed)


class OutputPerturbationMitigation:
    """Serve the model through an output policy (labels only, top-k, rounding or Laplace noise), measured
    before/after with the membership audit on the same rows; the label is always the model's."""

    id = "privacy.output-perturbation"
    threat = "membership-inference"
    title = "Output perturbation (labels only, top-k, rounding, noise)"
    improves = "privacy.membership-inference"
    params = (
        Param("kind", str, "label", "what clients see", choices=KINDS[1:]),
        Param("top_k", int, 1, "classes shown (kind top_k)", minimum=1),
        Param("decimals", int, 2, "decimals kept (kind round)", minimum=0),
        Param("noise", float, 0.05, "Laplace scale on each probability (kind noise)", minimum=0.0),
        Param("eval_fraction", float, 0.3, "share of the data held out to measure on (when no holdout is given)",
              minimum=0.05, maximum=0.9),
        Param("audit_references", int, 0, "reference models of the before/after LiRA and RMIA (0: threshold only)",
              minimum=0),
        Param("max_audit_rows", int, 1000, "training and held-out rows the audit uses at most, each", minimum=10),
        Param("seed", int, 0, "seed of the split, the noise and the audit", minimum=0),
    )
    example_params = {"kind": "round", "decimals": 1}

    def __init__(self, **values: Any) -> None:
        self.values = {**{p.name: p.default for p in self.params}, **values}

    def applies(self, ctx: AssessContext) -> bool:
        return True

    def apply(self, ctx: AssessContext) -> Hardened:
        from modelward.privacy.dp.mitigations import hardened, measure, split
        from modelward.privacy.references import trainer_for

        v = self.values
        policy = OutputPolicy(v["kind"], v["top_k"], v["decimals"], v["noise"])
        train, holdout, given = split(ctx, v["eval_fraction"], v["seed"])
        served = PerturbedAdapter(ctx.model, policy, v["seed"])
        base = trainer_for(ctx.model)
        refs = v["audit_references"]
        before = measure(ctx.model, train, holdout, base, refs, v["max_audit_rows"], v["seed"])
        after = measure(served, train, holdout, PerturbedTrainer(base, policy) if base else None, refs,
                        v["max_audit_rows"], v["seed"])
        cost = utility_cost(ctx.model.predict_proba(holdout.X), served.predict_proba(holdout.X))
        notes = [f"utility: mean L1 change of the probabilities {cost['mean_l1_change']:.3f}, top class kept on "
                 f"{cost['top_class_kept']:.1%} of held-out rows"]
        if not given:
            notes.append("no held-out rows were given: the model may have trained on every row of the data, so the "
                         "audit's non-members may be members (pass held-out rows for a meaningful audit)")
        summary = (f"outputs served as {policy.describe()}: membership AUC {before['membership_auc']:.3f} -> "
                   f"{after['membership_auc']:.3f}, TPR at 1% FPR {before['membership_tpr@1%fpr']:.3f} -> "
                   f"{after['membership_tpr@1%fpr']:.3f}")
        out = hardened(self, served, {"output_policy": policy.__dict__}, before, after, summary, dict(v), notes)
        from dataclasses import replace

        return replace(out, applied=replace(out.applied, mitigation_id="output-minimisation"))
