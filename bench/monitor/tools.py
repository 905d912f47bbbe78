"""One drift tool on one reference/current pair, run in its own process (and its own virtualenv):

    python tools.py modelward|evidently|alibi REF.parquet CUR.parquet

prints one JSON line: the columns the tool flags, per-column scores, wall and CPU seconds from opening
the files to the result, and peak memory above what the process held after its imports.
Only the standard library and the tool itself are imported, so it runs in each tool's venv.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from typing import Any


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_modelward(ref: str, cur: str) -> dict[str, Any]:
    from modelward.monitor.drift import compare

    start = _marks()
    result = compare(ref, cur)
    out = {"flagged": [c.name for c in result.columns if c.verdict.value == "drift"],
           "negligible": [c.name for c in result.columns if c.verdict.value == "negligible"],
           "scores": {c.name: {"verdict": c.verdict.value, "adjusted_p": c.adjusted_p, "effect": round(c.effect, 4),
                               "effect_name": c.effect_name} for c in result.columns}}
    if result.multivariate is not None:
        out["multivariate_auc"] = round(result.multivariate.auc, 4)
    return _done(start, out)


def run_evidently(ref: str, cur: str) -> dict[str, Any]:
    import pandas as pd

    try:  # evidently >= 0.7
        from evidently import Report
        from evidently.presets import DataDriftPreset
        legacy = False
    except ImportError:
        from evidently.metric_preset import DataDriftPreset
        from evidently.report import Report
        legacy = True
    start = _marks()
    reference, current = pd.read_parquet(ref), pd.read_parquet(cur)
    report = Report([DataDriftPreset()]) if not legacy else Report(metrics=[DataDriftPreset()])
    if legacy:
        report.run(reference_data=reference, current_data=current)
        flagged, scores = _evidently_legacy(report.as_dict())
    else:
        snapshot = report.run(current, reference)
        flagged, scores = _evidently_new(snapshot.dict(), list(reference.columns))
    return _done(start, {"flagged": flagged, "scores": scores})


def _evidently_legacy(doc: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    for metric in doc["metrics"]:
        result = metric.get("result", {})
        if "drift_by_columns" in result:
            cols = result["drift_by_columns"]
            return ([n for n, c in cols.items() if c["drift_detected"]],
                    {n: {"stattest": c["stattest_name"], "score": c["drift_score"]} for n, c in cols.items()})
    raise RuntimeError("no per-column drift in the Evidently report")


def _evidently_new(doc: dict[str, Any], columns: list[str]) -> tuple[list[str], dict[str, Any]]:
    flagged, scores = [], {}
    for metric in doc["metrics"]:
        config = metric.get("config", {})
        column = config.get("column")
        if column not in columns or "threshold" not in config:
            continue
        value = metric["value"]
        method = str(config.get("method", ""))
        threshold = float(config["threshold"])
        is_p_value = "p_value" in method or "test" in method.lower()
        drift = value < threshold if is_p_value else value >= threshold
        scores[column] = {"stattest": method, "score": value, "threshold": threshold}
        if drift:
            flagged.append(column)
    return flagged, scores


def run_alibi(ref: str, cur: str) -> dict[str, Any]:
    import numpy as np
    import pyarrow.parquet as pq
    from alibi_detect.cd import TabularDrift

    start = _marks()
    a, b = pq.read_table(ref), pq.read_table(cur)
    names = a.column_names
    columns_ref, columns_cur, categories = [], [], {}
    for j, name in enumerate(names):
        x, y = a.column(name).to_numpy(), b.column(name).to_numpy()
        if x.dtype == object:  # ordinal codes over both tables' categories
            levels = {v: i for i, v in enumerate(sorted(set(x.tolist()) | set(y.tolist())))}
            x = np.array([levels[v] for v in x.tolist()], dtype=float)
            y = np.array([levels[v] for v in y.tolist()], dtype=float)
            categories[j] = None
        columns_ref.append(x.astype(float))
        columns_cur.append(y.astype(float))
    detector = TabularDrift(np.column_stack(columns_ref), p_val=0.05, categories_per_feature=categories)
    pred = detector.predict(np.column_stack(columns_cur), drift_type="feature")["data"]
    flagged = [n for n, d in zip(names, pred["is_drift"], strict=True) if d]
    scores = {n: {"p_value": float(p)} for n, p in zip(names, pred["p_val"], strict=True)}
    return _done(start, {"flagged": flagged, "scores": scores})


def _marks() -> dict[str, float]:
    return {"wall": time.perf_counter(), "cpu": time.process_time(), "rss": _rss_mb()}


def _done(start: dict[str, float], out: dict[str, Any]) -> dict[str, Any]:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {**out, "wall_s": round(time.perf_counter() - start["wall"], 2),
            "cpu_s": round(time.process_time() - start["cpu"], 2),
            "peak_extra_mb": round(peak - start["rss"]), "rss_after_imports_mb": round(start["rss"])}


TOOLS = {"modelward": run_modelward, "evidently": run_evidently, "alibi": run_alibi}


def _import(tool: str) -> None:
    """Import the tool before measuring, so import time and memory are not counted as work."""
    if tool == "modelward":
        import pyarrow.parquet
        import sklearn.ensemble  # noqa: F401

        import modelward.monitor.drift  # noqa: F401
    elif tool == "evidently":
        import evidently  # noqa: F401
        import pandas  # noqa: F401
    else:
        import alibi_detect.cd  # noqa: F401
        import pyarrow.parquet  # noqa: F401


if __name__ == "__main__":
    name, ref_path, cur_path = sys.argv[1:4]
    _import(name)
    print(json.dumps(TOOLS[name](ref_path, cur_path)))
