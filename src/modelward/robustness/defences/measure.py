"""The one before/after measurement of evasion defences: `auto` robust accuracy, worst case per point
over several attacker views of the defended model (naive, adaptive, transferred), judged on the
defended model itself."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.robustness.attacks._common import label_indices


@dataclass(frozen=True)
class Measurement:
    """Clean and robust accuracy per eps; `by_view` keeps each attacker view's own figure."""

    norm: str
    n: int
    clean_accuracy: float
    robust: dict[float, float]
    by_view: dict[str, dict[float, float]] = field(default_factory=dict)
    flags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def as_dict(self, prefix: str = "") -> dict[str, float]:
        """Flat numbers for AppliedMitigation.before/after."""
        out = {f"{prefix}clean_accuracy": round(self.clean_accuracy, 4)}
        for eps, acc in sorted(self.robust.items()):
            out[f"{prefix}robust_accuracy@{self.norm}={eps:g}"] = round(acc, 4)
        for view, per in self.by_view.items():
            for eps, acc in sorted(per.items()):
                out[f"{prefix}robust_accuracy@{self.norm}={eps:g}[{view}]"] = round(acc, 4)
        return out


def measure(
    defended: ModelAdapter,
    X: np.ndarray,
    y: np.ndarray,
    eps: Sequence[float],
    *,
    norm: str = "linf",
    views: Sequence[tuple[str, ModelAdapter]] = (),
    steps: int = 50,
    square_queries: int = 500,
    seed: int = 0,
) -> Measurement:
    """Run `auto` against the defended model and against every extra attacker view (e.g. BPDA/EOT,
    temperature-rescaled logits, the undefended base for a transfer attack); a point counts as broken
    when any view's adversarial row is misclassified by the defended model."""
    from modelward.robustness.auto import auto_evaluate

    X = np.asarray(X, dtype=float)
    y_idx = label_indices(defended, np.asarray(y))
    clean = np.asarray(defended.predict_proba(X)).argmax(axis=1) == y_idx
    all_views = [("direct", defended), *views]
    broken = {float(e): ~clean.copy() for e in eps}
    by_view: dict[str, dict[float, float]] = {}
    flags: list[str] = []
    notes: list[str] = []
    for name, view in all_views:
        ev = auto_evaluate(view, X, y, [float(e) for e in eps], norm=norm, steps=steps,
                           square_queries=square_queries, targeted=False, seed=seed)
        flags.extend(f"{name}: {f.code}: {f.message}" for f in ev.flags)
        notes.extend(f"{name}: {n}" for n in ev.notes)
        per: dict[float, float] = {}
        for e in ev.evaluations:
            fooled = np.asarray(defended.predict_proba(e.x_adv)).argmax(axis=1) != y_idx
            per[e.eps] = float((clean & ~fooled).mean())
            broken[e.eps] |= fooled
        by_view[name] = per
    robust = {e: float((~b).mean()) for e, b in broken.items()}
    return Measurement(norm, len(X), float(clean.mean()), robust, by_view, tuple(flags), tuple(dict.fromkeys(notes)))


def masking_verdict(measurement: Measurement, naive_view: str = "direct") -> str:
    """Say when the naive attacker's figure overstates robustness the adaptive views take away."""
    naive = measurement.by_view.get(naive_view, {})
    gaps = [(e, naive[e] - measurement.robust[e]) for e in naive if e in measurement.robust]
    worst = max(gaps, key=lambda g: g[1], default=None)
    if worst is None or worst[1] < 0.05:
        return ""
    eps, gap = worst
    return (f"gradient masking: the naive attack leaves {naive[eps]:.3f} robust accuracy at eps={eps:g}, "
            f"the adaptive attack {measurement.robust[eps]:.3f} ({gap:.3f} less); only the adaptive figure counts")
