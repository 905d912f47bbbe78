"""`data.backdoor`: poisoned rows and the backdoor's target class, from the model's representations of
the data it was trained on (see `modelward.data.poison.detect`).

Likelihood from the share of rows flagged (above 5%: 5, above 1%: 4, else 3); impact 5: a backdoor
gives whoever knows the trigger the answer they want, and clean accuracy does not show it."""

from __future__ import annotations

import numpy as np

from modelward.core.context import AssessContext
from modelward.core.findings import Finding, Location
from modelward.core.params import Param
from modelward.data.findings import finding
from modelward.data.poison.detect import detect_poison
from modelward.data.poison.representations import representations

MITIGATIONS = ("data-sanitization", "data-provenance")


class BackdoorCheck:
    """Finds a backdoor's poisoned training rows: per class, the model's representations split in two, and
    a cluster whose inputs a model of the other classes recognises confidently as many other classes is
    poison; reports its rows, the target class and the input features of the trigger."""

    id = "data.backdoor"
    threat = "data-poisoning"
    title = "Backdoor / poisoned rows (representation clusters, out-of-class reclassification)"
    params = (
        Param("min_score", float, 0.6, "out-of-class score a cluster needs to be flagged", minimum=0.0, maximum=1.0),
        Param("min_gap", float, 0.25, "how far above its sibling cluster it must score", minimum=0.0, maximum=1.0),
    )
    example_params: dict[str, object] = {}

    def __init__(self, min_score: float = 0.6, min_gap: float = 0.25) -> None:
        self.min_score, self.min_gap = min_score, min_gap

    def applies(self, ctx: AssessContext) -> bool:
        y = np.asarray(ctx.data.y)
        readable = hasattr(ctx.model, "module") or hasattr(ctx.model, "estimator")
        return readable and len(np.unique(y)) >= 3 and len(y) >= 60

    def run(self, ctx: AssessContext) -> list[Finding]:
        data = ctx.data
        X = np.asarray(data.X, dtype=float)
        report = detect_poison(representations(ctx.model, X), X, np.asarray(data.y), ctx.seed, self.min_score,
                               self.min_gap)
        scores = {k: max(v) for k, v in report.cluster_agreement.items()}
        if not len(report.rows):
            return [finding(self.id, self.threat, "No backdoor cluster found in the representations",
                            f"Highest out-of-class score per class: {scores}; flagging needs {self.min_score}.",
                            report.method, {"rows": len(X), "highest_score": max(scores.values(), default=0.0)},
                            1, 2, Location(file=data.source),
                            rationale="none found: what is left is a trigger this analysis cannot separate")]
        share = len(report.rows) / len(X)
        names = data.feature_names
        trigger = ", ".join(f"{names[j] if j < len(names) else j} ({s:+.1f} sd, mean {v:g})"
                            for j, s, v in zip(report.trigger, report.trigger_shift, report.trigger_value,
                                               strict=True))
        return [finding(
            self.id, self.threat,
            f"{len(report.rows)} rows ({share:.1%}) look poisoned towards class {report.target!r}",
            f"Rows (first 30): {report.rows[:30].tolist()}. Trigger evidence, the features where they differ "
            f"most: {trigger}. Out-of-class scores: {scores}. Assumes the poison comes from several classes.",
            report.method,
            {"rows_flagged": len(report.rows), "share": round(share, 4), "target": str(report.target),
             "score": round(max(scores.values()), 4)},
            5 if share > 0.05 else 4 if share > 0.01 else 3, 5, Location(file=data.source, column=data.target),
            MITIGATIONS, "likelihood from the share of rows flagged; impact: a working backdoor",
            {"rows": [float(r) for r in report.rows[:1000]]})]
