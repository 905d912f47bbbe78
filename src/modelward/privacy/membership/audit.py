"""The membership-inference audit: run the attacks that the model's access allows and summarise them.

`audit_membership(model, members, nonmembers)` splits the rows (`design`), queries the audited model on
the targets, runs the threshold attack (Yeom et al.) at once, then trains reference models with the
model's own recipe (`references.trainer_for`) and runs LiRA, RMIA and the shadow-model attack on
them. Models that answer with labels only get the label-only signal (noise robustness), calibrated by
the reference models when there are any. The result holds every attack's per-record scores, its ROC
summary, and what drives the exposure: the generalisation gap, per-class exposure and the most exposed
records. A time budget stops reference training after a whole chunk; the attacks then run on the
models trained so far and the result says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError, DataError
from modelward.privacy import signals
from modelward.privacy.membership import attacks, label_only
from modelward.privacy.membership.design import AuditDesign, make_design
from modelward.privacy.references import Trainer, train_in_chunks, trainer_for
from modelward.privacy.roc import RocSummary, auc, summarise

ATTACKS = ("loss", "lira", "lira-offline", "rmia", "shadow")
REFERENCE_ATTACKS = frozenset({"lira", "lira-offline", "rmia", "shadow"})
MIN_REFERENCE_MODELS = 2
MIN_POPULATION = 10


@dataclass(frozen=True)
class AuditConfig:
    """What to run. `reference_models`: copies trained for LiRA / RMIA / shadow (0: threshold only);
    `known_fraction`: share of members and of non-members the attacker is given; `time_budget`: seconds
    before reference training stops (after a whole `chunk` of models)."""

    attacks: tuple[str, ...] = ("loss", "lira", "rmia")
    reference_models: int = 16
    known_fraction: float = 0.5
    fprs: tuple[float, ...] = (0.01, 0.001)
    rmia_gamma: float = 1.0
    label_copies: int = 16
    label_noise: float = 0.1
    time_budget: float | None = 300.0
    bootstrap: int = 200
    chunk: int = 16  # copies trained together: 16 or more halve the cost per copy of 8 (vectorised steps)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.attacks) - set(ATTACKS))
        if unknown or not self.attacks:
            raise ConfigError(f"membership attacks {unknown or '(none)'}: expected some of {', '.join(ATTACKS)}")
        if self.reference_models < 0 or self.chunk < 1 or self.label_copies < 1:
            raise ConfigError("reference_models must be >= 0, chunk and label_copies >= 1")
        if any(not 0 < f < 1 for f in self.fprs):
            raise ConfigError(f"FPRs must lie in (0, 1), got {list(self.fprs)}")


@dataclass(frozen=True, eq=False)
class AttackResult:
    """One attack's scores on the target records (in `AuditDesign.targets` order) and its ROC summary."""

    name: str
    description: str
    scores: np.ndarray
    roc: RocSummary


@dataclass(frozen=True, eq=False)
class MembershipAudit:
    """Everything the audit measured."""

    design: AuditDesign
    attacks: tuple[AttackResult, ...]
    access: str  # "scores" or "labels"
    reference_models: int
    trainer: str
    member_accuracy: float
    nonmember_accuracy: float
    loss_gap: float
    per_class: tuple[tuple[str, float, int, int], ...]  # class, AUC of the best attack, members, non-members
    notes: tuple[str, ...] = ()
    limit_reached: str = ""
    seconds: float = 0.0
    queries: int = 0
    classes: tuple[str, ...] = field(default_factory=tuple)

    def best(self) -> AttackResult:
        """The attack with the highest TPR at the first (lowest-listed) FPR, ties broken by AUC."""
        return strongest(self.attacks)

    def attack(self, name: str) -> AttackResult:
        for a in self.attacks:
            if a.name == name:
                return a
        raise KeyError(f"no attack {name!r} in this audit; ran {[a.name for a in self.attacks]}")

    def per_sample(self, name: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Scores of one attack (default: the best) for every member then every non-member, in the order
        given; NaN for the rows that served as the attacker's knowledge."""
        result = self.best() if name is None else self.attack(name)
        out = np.full(self.design.pool_size, np.nan)
        out[self.design.targets] = result.scores
        return out[: self.design.n_members], out[self.design.n_members:]

    def most_exposed(self, n: int = 10, name: str | None = None) -> tuple[tuple[int, float], ...]:
        """The `n` target members the attack is most sure of: (row among the members, score)."""
        result = self.best() if name is None else self.attack(name)
        member_scores = result.scores[self.design.target_is_member]
        rows = self.design.targets[self.design.target_is_member]
        top = np.argsort(-member_scores, kind="mergesort")[:n]
        return tuple((int(rows[i]), float(member_scores[i])) for i in top)


Progress = Callable[[str, float], None]


def strongest(results: Sequence[AttackResult]) -> AttackResult:
    """The attack with the highest TPR at the first FPR of its summary, ties broken by AUC."""
    return max(results, key=lambda a: (a.roc.low[0].tpr, a.roc.auc))


def _y_index(model: ModelAdapter, y: np.ndarray, what: str) -> np.ndarray:
    lookup = {c: i for i, c in enumerate(np.asarray(model.classes).tolist())}
    unknown = [v for v in np.asarray(y).tolist() if v not in lookup]
    if unknown:
        raise DataError(f"{what}: label {unknown[0]!r} is not a class of the model "
                        f"{np.asarray(model.classes).tolist()}")
    return np.array([lookup[v] for v in np.asarray(y).tolist()], dtype=int)


def _as_xy(data: Dataset | tuple[np.ndarray, np.ndarray], what: str) -> tuple[np.ndarray, np.ndarray]:
    X, y = (data.X, data.y) if isinstance(data, Dataset) else (np.asarray(data[0]), np.asarray(data[1]))
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) != len(y):
        raise DataError(f"{what}: expected a 2-D table with one label per row, got {X.shape} and {np.shape(y)}")
    if not np.isfinite(X).all():
        raise DataError(f"{what}: rows hold NaN or infinite values")
    return X, np.asarray(y)


class _Signals:
    """The audited (or a reference) model's signals on the targets, however it answers."""

    def __init__(self, access: str, copies: int, noisy: np.ndarray | None) -> None:
        self.access, self.copies, self.noisy = access, copies, noisy

    def of(self, proba_fn: Callable[[np.ndarray], np.ndarray], X: np.ndarray,
           y_idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(signal, Pr(y|x)) with a leading model axis when `proba_fn` returns one."""
        if self.access == "labels":
            assert self.noisy is not None
            P = proba_fn(self.noisy)
            sig = label_only.kept_label_logodds(P.argmax(axis=-1), y_idx, self.copies)
            p = np.exp(sig) / (1 + np.exp(sig))
            return sig, p
        P = proba_fn(X)
        return signals.logit_confidence(P, y_idx), signals.true_class_probability(P, y_idx)


def audit_membership(model: ModelAdapter, members: Dataset | tuple[np.ndarray, np.ndarray],
                     nonmembers: Dataset | tuple[np.ndarray, np.ndarray], *, trainer: Trainer | str | None = "auto",
                     config: AuditConfig | None = None, seed: int = 0, progress: Progress | None = None,
                     design: AuditDesign | None = None) -> MembershipAudit:
    """Audit how well an attacker tells `members` (the model's training rows) from `nonmembers`.

    `trainer`: how reference models are trained ("auto": the model's refit or fresh torch copies; None:
    no reference models, threshold attacks only; or a `references.Trainer`). `design`: a split made with
    `make_design` (e.g. to give another tool the same attacker knowledge); drawn from `seed` when None."""
    config = config or AuditConfig()
    progress = progress or (lambda message, fraction: None)
    start = time.monotonic()
    deadline = None if config.time_budget is None else start + config.time_budget
    rng = np.random.default_rng([seed, 4242])
    Xm, ym = _as_xy(members, "members")
    Xn, yn = _as_xy(nonmembers, "non-members")
    if Xm.shape[1] != Xn.shape[1]:
        raise DataError(f"members have {Xm.shape[1]} features, non-members {Xn.shape[1]}")
    X, y = np.vstack([Xm, Xn]), np.r_[ym, yn]
    y_idx = _y_index(model, y, "audit data")
    wants_refs = bool(REFERENCE_ATTACKS & set(config.attacks)) and config.reference_models >= MIN_REFERENCE_MODELS
    if trainer == "auto":
        trainer = trainer_for(model) if wants_refs else None
    if design is None:
        design = make_design(len(Xm), len(Xn), config.known_fraction,
                             config.reference_models if (wants_refs and trainer is not None) else 0, rng)
    elif (design.n_members, design.n_nonmembers) != (len(Xm), len(Xn)):
        raise ConfigError(f"the design is for {design.n_members} members and {design.n_nonmembers} non-members, "
                          f"the data has {len(Xm)} and {len(Xn)}")
    notes: list[str] = []
    q0 = model.query_count
    T = design.targets
    probe = np.asarray(model.predict_proba(X[T]), dtype=float)
    access = "labels" if signals.is_one_hot(probe) else "scores"
    noisy = None
    if access == "labels":
        scale, lo, hi = label_only.noise_scale(X, model.input_spec, config.label_noise)
        noisy = label_only.noisy_copies(X[T], config.label_copies, scale, lo, hi, np.random.default_rng([seed, 7]))
        notes.append(f"the model answers with labels only: each record was queried clean and {config.label_copies} "
                     f"times with Gaussian noise of {config.label_noise:g} of each feature's range")
    sig = _Signals(access, config.label_copies, noisy)
    t_sig, t_p = sig.of(lambda Z: np.asarray(model.predict_proba(Z), dtype=float), X[T], y_idx[T])
    pred = probe.argmax(axis=1)
    correct = pred == y_idx[T]
    member_acc = float(correct[design.target_is_member].mean())
    nonmember_acc = float(correct[~design.target_is_member].mean())
    losses = signals.loss(probe, y_idx[T]) if access == "scores" else np.where(correct, 0.0, 1.0)
    loss_gap = float(losses[~design.target_is_member].mean() - losses[design.target_is_member].mean())
    boot_rng = np.random.default_rng([seed, 99])
    results: list[AttackResult] = []

    def add(name: str, description: str, scores: np.ndarray) -> None:
        roc = summarise(scores, design.target_is_member, config.fprs, boot_rng, config.bootstrap)
        results.append(AttackResult(name, description, scores, roc))

    if "loss" in config.attacks or not (wants_refs and trainer is not None):
        if access == "scores":
            add("loss", "threshold on the loss (Yeom et al. 2018); the same ranking as confidence", -losses)
        else:
            add("label-only", "threshold on the share of noisy queries that keep the label (Choquette-Choo et al. "
                "2021)", t_sig)
    limit = ""
    n_refs = 0
    trainer_text = "none"
    if wants_refs and trainer is not None:
        assert not isinstance(trainer, str)
        trainer_text = trainer.description
        progress("training reference models", 0.1)
        refs, n_refs = train_in_chunks(trainer, X, y, design.subsets, seed, config.chunk, deadline)
        if n_refs < len(design.subsets):
            limit = (f"time budget of {config.time_budget:g} s reached after {n_refs} of {len(design.subsets)} "
                     "reference models; the reference attacks ran on those")
        target_in = design.target_in[:n_refs]
        progress("scoring with reference models", 0.8)
        r_sig, r_p = sig.of(refs.proba, X[T], y_idx[T])
        if access == "scores":
            t_sig, r_sig = signals.cap_saturated(t_sig, r_sig)
        prefix = "label-only " if access == "labels" else ""
        if n_refs >= MIN_REFERENCE_MODELS and target_in.any() and (~target_in).any():
            if "lira" in config.attacks:
                add(prefix + "lira", f"LiRA online (Carlini et al. 2022), {n_refs} reference models",
                    attacks.lira(t_sig, r_sig, target_in, online=True))
            if "lira-offline" in config.attacks:
                add(prefix + "lira-offline", f"LiRA offline (OUT answers only), {n_refs} reference models",
                    attacks.lira(t_sig, r_sig, target_in, online=False))
            if "rmia" in config.attacks and access == "scores":
                z = design.known_nonmembers if len(design.known_nonmembers) >= MIN_POPULATION else T
                if z is T:
                    notes.append("RMIA's population records are the targets themselves (fewer than "
                                 f"{MIN_POPULATION} known non-members)")
                z_p = signals.true_class_probability(np.asarray(model.predict_proba(X[z]), dtype=float), y_idx[z])
                zr_p = signals.true_class_probability(refs.proba(X[z]), y_idx[z])
                z_in = np.stack([np.isin(z, s) for s in design.subsets[:n_refs]])
                add("rmia", f"RMIA (Zarifzadeh et al. 2024), gamma {config.rmia_gamma:g}, {n_refs} reference models, "
                    f"{len(z)} population records",
                    attacks.rmia(t_p, r_p, target_in, z_p, zr_p, z_in, config.rmia_gamma))
            if "shadow" in config.attacks and access == "scores":
                t_f = attacks.shadow_features(probe, t_sig)
                r_f = attacks.shadow_features(refs.proba(X[T]), r_sig)
                add("shadow", f"shadow-model attack classifier (Shokri et al. 2017) on {n_refs} reference models",
                    attacks.shadow(t_f, r_f, target_in, seed))
        else:
            notes.append(f"only {n_refs} reference model(s) trained: the reference attacks need {MIN_REFERENCE_MODELS} "
                         "with and without each record")
    elif wants_refs:
        notes.append("reference-model attacks (LiRA, RMIA, shadow) not run: the model cannot be retrained here "
                     "(no refit, not a torch module); pass a trainer. The figures are a lower bound on the exposure")
    if not results:
        raise ConfigError("no membership attack could run with this configuration")
    best = strongest(results)
    per_class = _per_class(best.scores, design, y[T], np.asarray(model.classes).tolist())
    return MembershipAudit(design, tuple(results), access, n_refs, trainer_text, member_acc, nonmember_acc, loss_gap,
                           per_class, tuple(notes), limit, time.monotonic() - start, model.query_count - q0,
                           tuple(str(c) for c in np.asarray(model.classes).tolist()))


def _per_class(scores: np.ndarray, design: AuditDesign, labels: np.ndarray,
               classes: Sequence[object]) -> tuple[tuple[str, float, int, int], ...]:
    out = []
    for c in classes:
        rows = labels == c
        m, n = int((rows & design.target_is_member).sum()), int((rows & ~design.target_is_member).sum())
        if m and n:
            out.append((str(c), auc(scores[rows], design.target_is_member[rows]), m, n))
    return tuple(out)
