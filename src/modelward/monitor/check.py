"""`monitor.drift`: the drift report as a registered check, run by `assess` when reference data is given."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from modelward.core.context import AssessContext
from modelward.core.findings import Finding
from modelward.monitor.params import DRIFT_PARAMS, drift_settings


class DriftCheck:
    """Compares the assessed data with the reference rows: every column (two-sample tests, effect sizes,
    a correction across columns, a "negligible" verdict for significant but tiny shifts), the joint
    distribution (domain classifier), the model's predictions and, with labels in both, its accuracy."""

    id = "monitor.drift"
    threat = "model-drift"
    title = "Data, prediction and performance drift against reference data"
    params = DRIFT_PARAMS
    example_params = {"sample_rows": 500}

    def __init__(self, **values: Any) -> None:
        self.settings = drift_settings(values, self.id)

    def applies(self, ctx: AssessContext) -> bool:
        return ctx.reference is not None and len(ctx.reference) > 0 and len(ctx.data) > 0

    def run(self, ctx: AssessContext) -> list[Finding]:
        from modelward.monitor.drift import compare
        from modelward.monitor.findings import drift_findings
        from modelward.monitor.source import from_dataset

        assert ctx.reference is not None
        target = ctx.data.target if ctx.reference.target == ctx.data.target else None
        result = compare(from_dataset(ctx.reference), from_dataset(ctx.data),
                         settings=replace(self.settings, seed=ctx.seed), model=ctx.model, target=target)
        return drift_findings(result, self.id)
