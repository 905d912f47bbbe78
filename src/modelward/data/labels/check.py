"""`data.label-errors`: rows whose label is probably wrong, by confident learning over the out-of-fold
probabilities of a diverse ensemble (see `modelward.data.labels.detect`).

Likelihood from the estimated share of wrong labels (above 10%: 5, 5%: 4, 2%: 3, 0.5%: 2, else 1);
impact 3: wrong labels lower accuracy and can hide targeted flips (a poisoning finding proper comes from
`data.backdoor`)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from modelward.core.context import AssessContext, Dataset
from modelward.core.findings import Finding, Location
from modelward.core.params import Param
from modelward.data.findings import finding
from modelward.data.labels.detect import find_label_errors
from modelward.data.labels.ensemble import ENSEMBLES

THREAT = "data-poisoning"
MITIGATIONS = ("data-sanitization", "data-provenance")
SHOWN_ROWS = 1000


def likelihood_of(rate: float) -> int:
    return 5 if rate > 0.10 else 4 if rate > 0.05 else 3 if rate > 0.02 else 2 if rate > 0.005 else 1


class LabelErrorCheck:
    """Flags rows whose given label is probably wrong (confident learning with out-of-fold probabilities
    of an ensemble of diverse models, a second round trained without the suspects), with per-row scores
    and the label each flagged row most likely has."""

    id = "data.label-errors"
    threat = THREAT
    title = "Label errors (confident learning over an ensemble)"
    params = (
        Param("ensemble", str, "fast", "models whose out-of-fold probabilities judge the labels (diverse adds "
              "an RBF SVM: best on the bench, slowest)", choices=ENSEMBLES),
        Param("folds", int, 5, "cross-validation folds", minimum=2, maximum=20),
        Param("rounds", int, 2, "passes; each trains without the previous pass's suspects", minimum=1, maximum=5),
        Param("max_rows", int, 20000, "rows analysed; a larger table is sampled and the finding says so",
              minimum=100),
    )
    example_params = {"ensemble": "fast", "rounds": 1}

    def __init__(self, ensemble: str = "fast", folds: int = 5, rounds: int = 2, max_rows: int = 20000) -> None:
        self.ensemble, self.folds, self.rounds, self.max_rows = ensemble, folds, rounds, max_rows

    def applies(self, ctx: AssessContext) -> bool:
        y = np.asarray(ctx.data.y)
        return len(y) >= 2 * self.folds and len(np.unique(y)) >= 2 and y.dtype.kind in "biuUSO"

    def run(self, ctx: AssessContext) -> list[Finding]:
        return self.findings(ctx.data, ctx.seed, lambda f: ctx.progress("label errors", f))

    def findings(self, data: Dataset, seed: int = 0, progress: Callable[[float], None] | None = None) -> list[Finding]:
        """The check on `data` alone (it needs no model: the ensemble is its own)."""
        rows = np.arange(len(data))
        if len(rows) > self.max_rows:
            rows = np.sort(np.random.default_rng([seed, 13]).choice(len(rows), self.max_rows, replace=False))
        X = np.nan_to_num(np.asarray(data.X[rows], dtype=float), nan=0.0)
        result = find_label_errors(X, np.asarray(data.y)[rows], self.ensemble, self.folds, self.rounds, seed,
                                   progress=progress)
        flagged = rows[result.rows]
        rate = len(flagged) / len(rows)
        sampled = f" (a random sample of {len(rows)} of {len(data)} rows)" if len(rows) < len(data) else ""
        order = np.argsort(-result.scores[result.rows])[:SHOWN_ROWS]
        shown = ", ".join(f"{int(r)}: {g!r} -> {s!r}" for r, g, s in zip(
            flagged[order][:20].tolist(), np.asarray(data.y)[flagged[order][:20]].tolist(),
            result.suggested[order][:20].tolist(), strict=True))
        title = (f"{len(flagged)} rows ({rate:.1%}) probably carry a wrong label" if len(flagged)
                 else "No label errors found")
        return [finding(
            self.id, THREAT, title,
            f"Rows analysed{sampled}: {len(rows)}. Most doubtful (row: given -> likely): {shown or 'none'}.",
            result.method,
            {"rows_analysed": len(rows), "rows_flagged": len(flagged), "estimated_error_rate": round(rate, 4),
             "estimated_errors": result.estimated_count},
            likelihood_of(rate), 3, Location(file=data.source, column=data.target), MITIGATIONS,
            "likelihood from the estimated share of wrong labels; impact: lower accuracy, hidden targeted flips",
            {"rows": [float(r) for r in flagged[order]],
             "scores": [float(s) for s in result.scores[result.rows][order]]},
        )]
