"""The fairness check (`assess --sensitive COL`): group and intersectional rates of the model's decisions,
with bootstrap intervals and permutation tests; a gap is a finding only when its interval excludes zero
and the permutation test agrees."""

from __future__ import annotations

from typing import Any

import numpy as np

from modelward.core.context import AssessContext, Dataset
from modelward.core.errors import ConfigError
from modelward.core.findings import Finding, JSONScalar, Location
from modelward.core.params import Param
from modelward.explain.checks import BIAS_MITIGATIONS, make_finding
from modelward.explain.fairness.groups import intersections, sensitive_attributes
from modelward.explain.fairness.inference import GapTest, gap_tests
from modelward.explain.fairness.metrics import cells, differences, group_rates


def positive_index(classes: np.ndarray, positive: str) -> int:
    """Index of the favourable class: `positive` (matched as text), else the last class."""
    names = [str(c) for c in np.asarray(classes).tolist()]
    if not positive:
        return len(names) - 1
    if positive not in names:
        raise ConfigError(f"positive class {positive!r} is not a class of the model ({', '.join(names)})")
    return names.index(positive)


def binary_labels(y: np.ndarray, classes: np.ndarray, index: int) -> np.ndarray:
    """1 where the label is the favourable class, else 0."""
    out: np.ndarray = (np.asarray(y).astype(str) == str(np.asarray(classes)[index])).astype(int)
    return out


def measure(y01: np.ndarray, decisions: np.ndarray, groups: np.ndarray) -> dict[str, float]:
    """The before/after measurement: demographic-parity and equalised-odds differences, accuracy."""
    names, index = np.unique(np.asarray(groups).astype(str), return_inverse=True)
    d = differences(cells(np.asarray(y01), np.asarray(decisions).astype(int), index, len(names)))
    return {"dp_difference": float(d["dp"]), "eo_difference": float(d["eo"]),
            "accuracy": float(np.mean(np.asarray(decisions) == y01))}


def group_sets(data: Dataset, sensitive: str) -> dict[str, np.ndarray]:
    """Each attribute's groups, and their intersection when there are several."""
    attrs = sensitive_attributes(data, sensitive)
    out = dict(attrs)
    if len(attrs) > 1:
        out[" x ".join(attrs)] = intersections(attrs)
    return out


def _likelihood(gap: float) -> int:
    return 4 if gap >= 0.2 else 3 if gap >= 0.1 else 2


class FairnessCheck:
    """Group fairness of the model's decisions for a favourable class: selection rate, TPR, FPR,
    accuracy and calibration per group (and per intersection of several attributes); demographic-parity
    and equalised-odds differences with 95% bootstrap intervals and permutation p-values. A gap is flagged
    when its interval excludes zero and p < alpha: likelihood 4 at a gap of 0.2, 3 at 0.1, else 2; impact
    3. Groups smaller than `min_group` rows are left out, and said to be."""

    id = "explain.fairness"
    threat = "bias"
    title = "Group fairness: parity and equalised odds with intervals and permutation tests"
    params = (
        Param("sensitive", str, "", "the sensitive column (default: the data's sensitive attributes)"),
        Param("positive", str, "", "the favourable class (default: the last class)"),
        Param("alpha", float, 0.05, "significance level of the permutation test", minimum=0.0, maximum=1.0),
        Param("n_boot", int, 1000, "bootstrap resamples", minimum=50),
        Param("n_perm", int, 1000, "permutations", minimum=50),
        Param("min_group", int, 20, "smallest group measured", minimum=2),
    )
    example_params: dict[str, Any] = {"sensitive": "mean radius", "n_boot": 100, "n_perm": 100}

    def __init__(self, sensitive: str = "", positive: str = "", alpha: float = 0.05, n_boot: int = 1000,
                 n_perm: int = 1000, min_group: int = 20) -> None:
        self.sensitive, self.positive, self.alpha = sensitive, positive, alpha
        self.n_boot, self.n_perm, self.min_group = n_boot, n_perm, min_group

    def applies(self, ctx: AssessContext) -> bool:
        return len(ctx.data) >= 2 * self.min_group and bool(sensitive_attributes(ctx.data, self.sensitive))

    def run(self, ctx: AssessContext) -> list[Finding]:
        data = ctx.data
        k = positive_index(ctx.model.classes, self.positive)
        favourable = str(np.asarray(ctx.model.classes)[k])
        proba = np.asarray(ctx.model.predict_proba(data.X), dtype=float)
        decisions = (np.argmax(proba, axis=1) == k).astype(int)
        y01 = binary_labels(data.y, ctx.model.classes, k)
        out = []
        for name, groups in group_sets(data, self.sensitive).items():
            labels, counts = np.unique(groups.astype(str), return_counts=True)
            small = set(labels[counts < self.min_group].tolist())
            keep = ~np.isin(groups.astype(str), list(small))
            if len(set(groups[keep].tolist())) < 2:
                continue
            out.append(self._finding(ctx, name, y01[keep], decisions[keep], proba[keep, k], groups[keep], small,
                                     favourable))
        return out

    def _finding(self, ctx: AssessContext, name: str, y01: np.ndarray, decisions: np.ndarray, score: np.ndarray,
                 groups: np.ndarray, small: set[str], favourable: str) -> Finding:
        per_group, overall = group_rates(y01, decisions, groups, score)
        dp, eo = gap_tests(y01, decisions, groups, self.n_boot, self.n_perm, self.alpha, ctx.seed)
        m: dict[str, JSONScalar] = {"attribute": name, "favourable_class": favourable, "rows": len(y01),
                                    "accuracy": round(overall.accuracy, 4)}
        for t, key in ((dp, "dp"), (eo, "eo")):
            m |= {f"{key}_difference": round(t.difference, 4), f"{key}_interval_low": round(t.interval[0], 4),
                  f"{key}_interval_high": round(t.interval[1], 4), f"{key}_p_value": round(t.p_value, 4)}
        for g in per_group[:12]:
            m |= {f"selection_rate[{g.group}]": round(g.selection_rate, 4), f"tpr[{g.group}]": round(g.tpr, 4),
                  f"fpr[{g.group}]": round(g.fpr, 4), f"rows[{g.group}]": g.count,
                  f"calibration[{g.group}]": round(g.calibration_in_the_large, 4)}
        if small:
            m["groups_left_out"] = ", ".join(sorted(small))
        flagged = [t for t in (dp, eo) if t.significant]
        note = f" Groups under {self.min_group} rows not measured: {', '.join(sorted(small))}." if small else ""
        method = (f"decisions for {favourable!r} by group; {self.n_boot} stratified bootstrap resamples, "
                  f"{self.n_perm} permutations")
        loc = Location(file=ctx.data.source, column=name)
        if not flagged:
            return make_finding(self.id, self.threat, f"No significant fairness gap across {name!r}",
                                f"{_describe(dp)} {_describe(eo)}{note}", method, m, 1, 2, loc, (),
                                "no gap whose interval excludes zero with p < alpha")
        worst = max(t.difference for t in flagged)
        return make_finding(self.id, self.threat,
                            f"Decisions differ by {name!r}: " + "; ".join(f"{t.criterion} gap {t.difference:.3f}"
                                                                          for t in flagged),
                            f"{_describe(dp)} {_describe(eo)}{note}", method, m, _likelihood(worst), 3, loc,
                            BIAS_MITIGATIONS, "likelihood from the largest significant gap")


def _describe(t: GapTest) -> str:
    return (f"{t.criterion.capitalize()}: {t.rate.replace('_', ' ')} {t.high!r} vs {t.low!r} differs by "
            f"{t.difference:.3f} (95% interval of the signed gap [{t.interval[0]:.3f}, {t.interval[1]:.3f}], "
            f"permutation p = {t.p_value:.3g}).")

