"""`explain`: the whole explanation of a model on a dataset, as one frozen result: local attributions of
the rows asked for, global attributions of a sample (for the summary and dependence plots), how far they
can be trusted (stability across seeds, the randomised-model sanity check), and surrogate rules with their
measured fidelity."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError
from modelward.explain.attributions import Attributions, attribute
from modelward.explain.quality import Sanity, Stability, sanity, stability
from modelward.explain.rules import RuleList, fit_rules


@dataclass(frozen=True, eq=False)
class Explanation:
    """`local`: attributions of `rows` (indices into the data); `sample`: attributions of `sample_rows`,
    with their feature values `sample_X`, for the global picture."""

    source: str
    model: str
    rows: np.ndarray
    X_rows: np.ndarray
    local: Attributions
    sample_rows: np.ndarray
    sample_X: np.ndarray
    sample: Attributions
    stability: Stability
    sanity: Sanity
    rules: RuleList | None
    classes: tuple[str, ...]

    def global_importance(self) -> list[tuple[str, float]]:
        """(feature, mean |attribution|), most important first."""
        imp = self.sample.importance()
        return [(self.sample.feature_names[j], float(imp[j])) for j in np.argsort(-imp, kind="stable")]

    def to_dict(self, top: int = 5) -> dict[str, Any]:
        """Plain data for JSON: per row its class, output, expected output and largest attributions."""
        names = self.local.feature_names
        rows = []
        for i, r in enumerate(self.rows.tolist()):
            order = np.argsort(-np.abs(self.local.values[i]), kind="stable")[:top]
            rows.append({"row": int(r), "class": self.classes[int(self.local.class_index[i])],
                         "output": float(self.local.output[i]), "expected": float(self.local.expected[i]),
                         "top": [{"feature": names[j], "value": _plain(self.X_rows[i, j]),
                                  "attribution": float(self.local.values[i, j]),
                                  "stderr": float(self.local.stderr[i, j])} for j in order]})
        out: dict[str, Any] = {
            "schema": "modelward.explanation", "schema_version": "1.0", "source": self.source, "model": self.model,
            "method": self.local.method, "units": self.local.units, "seed": self.local.seed,
            "exact": self.local.exact, "notes": list(self.local.notes),
            "additivity_gap": self.local.additivity_gap,
            "stability": {"k": self.stability.k, "seeds": list(self.stability.seeds),
                          "mean_jaccard": self.stability.mean_jaccard, "min_jaccard": self.stability.min_jaccard,
                          "exact": self.stability.exact},
            "sanity": {"passed": self.sanity.passed, "correlation": self.sanity.correlation,
                       "randomisation": self.sanity.randomisation, "limit": self.sanity.limit},
            "global_importance": [{"feature": f, "mean_abs_attribution": v} for f, v in self.global_importance()],
            "sample_rows": len(self.sample_rows), "rows": rows,
        }
        if self.rules is not None:
            out["rules"] = {"fidelity": self.rules.fidelity, "held_out_rows": self.rules.held_out_rows,
                            "default": self.rules.default, "method": self.rules.method,
                            "rules": [{"rule": str(r), "outcome": r.outcome, "coverage": r.coverage,
                                       "precision": _plain(r.precision)} for r in self.rules.rules]}
        return out


def _plain(v: Any) -> Any:
    f = float(v)
    return f if np.isfinite(f) else None


def parse_rows(spec: str, n: int) -> np.ndarray:
    """Row indices from "0:20", "3,7,11" or "5" (a Python-style slice, a list, or one row)."""
    text = spec.strip()
    try:
        if ":" in text:
            parts = [int(p) if p.strip() else None for p in text.split(":")]
            if len(parts) > 3:
                raise ValueError
            idx = np.arange(n)[slice(*parts)]
        else:
            idx = np.array([int(p) for p in text.split(",") if p.strip()], dtype=int)
    except ValueError:
        raise ConfigError(f"--rows {spec!r}: expected START:STOP, a list like 3,7,11, or one row number") from None
    bad = [int(i) for i in idx if not 0 <= i < n]
    if bad:
        raise ConfigError(f"--rows {spec!r}: row {bad[0]} is outside the data's {n} rows")
    if not len(idx):
        raise ConfigError(f"--rows {spec!r} selects no row")
    return idx


def explain(model: ModelAdapter, data: Dataset, rows: np.ndarray | None = None, *, method: str = "auto",
            seed: int = 0, sample: int = 300, budget: int = 512, rules: bool = True, max_rules: int = 20,
            reference: Dataset | None = None) -> Explanation:
    """Explain `model` on `data`: the rows `rows` (default: the first 10), a sample of `sample` rows for
    the global picture, stability and sanity on the explained rows, and surrogate rules (on all rows)."""
    n = len(data)
    if not n:
        raise ConfigError(f"{data.source}: no rows to explain")
    rows = np.arange(min(10, n)) if rows is None else np.asarray(rows, dtype=int)
    ref = reference.X if reference is not None else data.X
    kw: dict[str, Any] = {"reference": ref, "method": method, "budget": budget}
    local = attribute(model, data.X[rows], feature_names=data.feature_names, seed=seed, **kw)
    rng = np.random.default_rng([seed, 41])
    picked = np.sort(rng.choice(n, sample, replace=False)) if n > sample else np.arange(n)
    glob = attribute(model, data.X[picked], feature_names=data.feature_names, seed=seed, top_k=0, **kw)
    stable = stability(model, data.X[rows], local, **kw)
    sane = sanity(model, data.X[rows], local, **kw)
    surrogate = fit_rules(model, data.X, data.feature_names, max_rules=max_rules, seed=seed) \
        if rules and n >= 20 else None
    return Explanation(data.source, model.name, rows, data.X[rows], local, picked, data.X[picked], glob, stable,
                       sane, surrogate, tuple(str(c) for c in np.asarray(model.classes).tolist()))
