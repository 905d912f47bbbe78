"""The `robustness.verification` check: robust accuracy as a proved interval, for models verification supports.

It applies on its own to ReLU networks (torch nn.Sequential) and scikit-learn tree models on numeric
features, with a time budget that keeps `assess` quick; other models are left to `robustness.evasion`.
eps is a share of each feature's range, as in `robustness.evasion`, so the two checks speak of the
same ball.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np

from modelward.core.context import AssessContext
from modelward.core.errors import ConfigError
from modelward.core.findings import Evidence, Finding, Location, severity_of
from modelward.core.params import Param
from modelward.robustness.params import EPS_UNIT, IMPACT
from modelward.robustness.verification.errors import UnsupportedModelError
from modelward.robustness.verification.result import VerificationResult

MIN_ROWS = 20


def _rows_text(rows: tuple[int, ...], ids: np.ndarray, limit: int = 50) -> str:
    out = ", ".join(str(int(ids[i])) for i in rows[:limit])
    return out + (f" (+{len(rows) - limit} more)" if len(rows) > limit else "")


class VerificationCheck:
    """Evasion: each row proved robust, attacked, or unknown; robust accuracy as [verified, not attackable]."""

    id = "robustness.verification"
    threat = "evasion"
    title = "Adversarial evasion: verified robust accuracy (bound propagation, branch and bound, MILP)"
    params = (
        Param("eps", float, (0.05,), "radii of the L∞ balls verified (one finding each; the time budget is "
              "shared)", unit=EPS_UNIT, minimum=0.0, maximum=1.0, many=True),
        Param("rows", int, 100, "rows verified at most (a random sample beyond)", minimum=1),
        Param("time_budget", float, 30.0, "seconds for the attack and the complete methods together; rows not "
              "settled by then are reported unknown", unit="s", minimum=1.0),
        IMPACT,
    )
    example_params = {"eps": (0.05,), "rows": 24, "time_budget": 10.0}

    def __init__(self, eps: Sequence[float] | float = (0.05,), rows: int = 100, time_budget: float = 30.0,
                 impact: int = 4) -> None:
        values = tuple(sorted(float(e) for e in (eps if isinstance(eps, list | tuple) else (eps,))))
        if not values or any(not 0 <= e <= 1 for e in values):
            raise ConfigError(f"{self.id}: eps must be shares of the feature range in [0, 1], got {eps!r}")
        self.eps, self.rows, self.time_budget, self.impact = values, rows, time_budget, impact

    def applies(self, ctx: AssessContext) -> bool:
        if len(ctx.data) < MIN_ROWS or not bool((ctx.y_index >= 0).all()):
            return False
        spec = ctx.model.input_spec
        if spec.features and any(f.kind not in ("numeric", "integer") for f in spec.features):
            return False
        try:
            from modelward.robustness.verification.runner import resolve

            resolve(ctx.model, np.asarray(ctx.data.X[:1], dtype=float))
        except (UnsupportedModelError, ImportError):
            return False
        return True

    def run(self, ctx: AssessContext) -> list[Finding]:
        from modelward.robustness.scaled import RangeScaledAdapter, feature_scale
        from modelward.robustness.verification.runner import auto_attack, bounds_of, run

        X, y_idx = np.asarray(ctx.data.X, dtype=float), ctx.y_index
        ids = np.arange(len(X))
        if len(X) > self.rows:
            ids = np.sort(ctx.rng(13).choice(len(X), self.rows, replace=False))
            X, y_idx = X[ids], y_idx[ids]
        ctx.progress("verification", 0.0)
        start = time.monotonic()
        from modelward.robustness.verification.runner import resolve

        target, adapter, name = resolve(ctx.model, X)
        scale = feature_scale(X, ctx.model.input_spec)
        view = RangeScaledAdapter(ctx.model, scale)
        lo_b, hi_b = bounds_of(ctx.model, X.shape[1])
        spec = ctx.model.input_spec
        mutable = spec.mutable_mask if spec.features else np.ones(X.shape[1], bool)
        findings = []
        for k, eps in enumerate(self.eps):
            attack = auto_attack(view, 50, ctx.seed, eps, to_x=scale.to_x, to_u=scale.to_u)
            deadline = start + self.time_budget * (k + 1) / len(self.eps)  # time a budget leaves goes on
            res = run(target, adapter, name, X, y_idx, eps * scale.scale * mutable, lo_b, hi_b, attack, deadline,
                      None, eps, spec.clip if spec.features else None)
            findings.append(self._finding(ctx, res, ids))
            ctx.progress("verification", (k + 1) / len(self.eps))
        return findings

    def _finding(self, ctx: AssessContext, res: VerificationResult, ids: np.ndarray) -> Finding:
        lo, hi = res.interval
        clean = 1.0 - sum(h == "clean-misclassified" for h in res.how) / res.n
        kept = hi / clean if clean > 0 else 0.0
        likelihood = 5 if kept < 0.5 else 4 if kept < 0.8 else 3 if kept < 0.95 else 2 if lo < 0.9 * clean else 1
        by_how: dict[str, int] = res.to_dict()["by_method"]
        measurements: dict[str, str | int | float | bool | None] = {
            "eps": res.eps, "eps_unit": EPS_UNIT, "rows": res.n, "clean_accuracy": round(clean, 4),
            "verified_robust_accuracy": round(lo, 4), "attack_robust_accuracy": round(hi, 4),
            "interval": f"[{lo:.3f}, {hi:.3f}]", "width": round(hi - lo, 4),
            "verified": res.count("verified"), "attackable": res.count("attackable"), "unknown": res.count("unknown"),
            "seconds": round(res.seconds, 2),
            "verified_rows": _rows_text(res.rows("verified"), ids),
            "attackable_rows": _rows_text(res.rows("attackable"), ids),
            "unknown_rows": _rows_text(res.rows("unknown"), ids),
        }
        for how, count in sorted(by_how.items()):
            measurements[f"decided_by.{how}"] = count
        return Finding(
            check_id=self.id, threat=self.threat, severity=severity_of(likelihood, self.impact),
            title=(f"robust accuracy at eps={res.eps:g} ({EPS_UNIT}, L∞) is proved to lie in [{lo:.3f}, {hi:.3f}] "
                   f"({res.count('verified')} rows verified, {res.count('attackable')} attackable, "
                   f"{res.count('unknown')} unknown)"),
            description=(
                "Each row is verified robust (no input within eps and the input bounds changes its class: a "
                "proof by bound propagation, branch and bound or MILP), attackable (the auto attack ensemble "
                "or the search found an adversarial row, confirmed by the model; rows the model already "
                "gets wrong count here) or unknown within the time budget. The lower end of the interval "
                "is proved; the upper end is what the attacks reach. " + " ".join(res.notes)).strip(),
            location=Location(file=ctx.data.source),
            evidence=Evidence(
                method=("alpha-CROWN bound propagation, beta-CROWN-style branch and bound and an exact MILP "
                        "(HiGHS) for ReLU networks; reachable-leaf bounds and a MILP for tree models; auto "
                        f"attack ensemble for the upper end; {res.n} rows, time budget {self.time_budget:g} s"),
                measurements=measurements,
                likelihood=likelihood, impact=self.impact,
                rationale=(f"{hi:.3f} of rows survive the attacks (clean {clean:.3f}); {lo:.3f} are proved robust; "
                           f"impact {self.impact} as declared"),
            ),
            mitigations=("adversarial-training", "certified-robustness"),
        )
