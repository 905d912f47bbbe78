"""The drift report's declared parameters, shared by the `monitor.drift` check, `modelward monitor drift`
and the Python API, so each is validated once and documented once."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from modelward.core.params import Param, resolve
from modelward.monitor.multiple import CORRECTIONS
from modelward.monitor.result import DriftSettings

DRIFT_PARAMS: tuple[Param, ...] = (
    Param("alpha", float, 0.01, "significance level after the correction across columns", minimum=1e-12,
          maximum=0.5),
    Param("correction", str, "holm", "multiple-testing correction across columns: holm (family-wise: chance of "
          "any false alarm), bh (false discovery rate), bonferroni or none", choices=CORRECTIONS),
    Param("negligible_sd", float, 0.03, "smallest numeric shift called drift (Wasserstein distance)",
          unit="reference robust standard deviations", minimum=0.0),
    Param("negligible_tv", float, 0.005, "smallest change of shares called drift (categories, missing values, "
          "accuracy)", unit="total variation (share of rows)", minimum=0.0, maximum=1.0),
    Param("min_rows", int, 30, "rows each table needs for a column to be tested", minimum=2),
    Param("multivariate", bool, True, "also test the joint distribution with a domain classifier"),
    Param("sample_rows", int, 5000, "rows sampled from each table for the multivariate test", minimum=0,
          maximum=1_000_000),
    Param("bits", int, 10, "resolution of the numeric buckets (about 0.07 sd near the centre at 10)", minimum=4,
          maximum=16),
    Param("max_categories", int, 1000, "categories counted per column; rarer ones are compared as one group",
          minimum=2, maximum=1_000_000),
)


def drift_settings(values: Mapping[str, Any], plugin_id: str = "monitor.drift", **fixed: Any) -> DriftSettings:
    """DriftSettings from declared parameter values (checked against DRIFT_PARAMS) and `fixed` extras
    (seed, chunk_rows)."""
    return DriftSettings(**resolve(plugin_id, DRIFT_PARAMS, dict(values)), **fixed)
