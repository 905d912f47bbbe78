"""A drift result as findings of threat `model-drift`, with severities from the rubric.

Likelihood says how large the measured change is (negligible 1, small 2, moderate 3, large 4; an
accuracy drop of 5 points 4, of 10 points 5); impact says what the change touches: an input column
2 (the model may or may not care), the label column or the model's predictions 3 (the decisions
moved), the model's accuracy 4 (the decisions got worse), a column the model needs that is missing or
changed type 3 with likelihood 5 (the pipeline is broken now). Hence a large input drift is medium, a
large prediction drift high, an accuracy drop of 10 points critical. What could not be tested is a
"not verified" finding, never silence.
"""

from __future__ import annotations

from modelward.core.findings import Evidence, Finding, Location, Severity, severity_of
from modelward.monitor.result import ColumnDrift, DriftResult, MultivariateDrift, PerformanceDrift, Verdict

THREAT = "model-drift"
MITIGATIONS = ("drift-monitoring",)
_LIKELIHOOD = {"negligible": 1, "small": 2, "moderate": 3, "large": 4}
_IMPACT = {"feature": 2, "target": 3, "prediction": 3}
_TESTS = {"ks": "Kolmogorov-Smirnov", "chi2": "chi-square", "special": "missing/infinite shares (chi-square)"}


def _finding(check_id: str, title: str, description: str, location: Location, method: str,
             measurements: dict[str, float | int | str | None], likelihood: int | None, impact: int | None,
             rationale: str = "", series: dict[str, list[float]] | None = None,
             mitigations: tuple[str, ...] = MITIGATIONS) -> Finding:
    severity = severity_of(likelihood, impact) if likelihood and impact else Severity.INFO
    return Finding(check_id, THREAT, severity, title, description, location,
                   Evidence(method, measurements, series or {}, likelihood, impact, rationale), mitigations)


def _fmt(v: float) -> str:
    return f"{v:.3g}"


def _change(col: ColumnDrift) -> str:
    m = col.measures
    if col.kind == "numeric" and "wasserstein_sd" in m:
        parts = [f"mean {_fmt(m['mean_ref'])} -> {_fmt(m['mean_cur'])} ({m.get('mean_shift_sd', 0):+.3g} sd)",
                 f"sd x{_fmt(m.get('std_ratio', 1.0))}", f"Wasserstein {_fmt(m['wasserstein_sd'])} sd",
                 f"KS D {_fmt(m['ks_d'])}", f"PSI {_fmt(m['psi'])}"]
    elif col.kind == "numeric":
        parts = []
    else:
        parts = [f"total variation {_fmt(m.get('total_variation', 0))}",
                 f"Jensen-Shannon {_fmt(m.get('jensen_shannon', 0))}", f"PSI {_fmt(m.get('psi', 0))}"]
    if m.get("missing_ref", 0) or m.get("missing_cur", 0):
        parts.append(f"missing {m.get('missing_ref', 0):.2%} -> {m.get('missing_cur', 0):.2%}")
    return "; ".join(parts)


def _series(col: ColumnDrift) -> dict[str, list[float]]:
    plot = col.plot
    if plot is None or not plot.edges or len(plot.ref) < 2:
        return {}
    centres = [(a + b) / 2 for a, b in zip(plot.edges[:-1], plot.edges[1:], strict=True)]
    return {"value": centres, "reference share": list(plot.ref), "current share": list(plot.cur)}


def column_finding(col: ColumnDrift, result: DriftResult, check_id: str) -> Finding | None:
    """A finding for a column that drifted, shifted negligibly or could not be tested; None when clean."""
    where = Location(file=result.current, column=col.name)
    what = {"feature": "column", "target": "label column", "prediction": "model output"}[col.role]
    if col.verdict == Verdict.NOT_VERIFIED:
        return _finding(check_id, f"Drift of {what} '{col.name}' not verified", col.note, where,
                        "not tested", {"rows_ref": col.n_ref, "rows_cur": col.n_cur}, None, None)
    if col.verdict == Verdict.NO_DRIFT:
        return None
    s = result.settings
    measurements: dict[str, float | int | str | None] = {
        "p_value": col.p_value, "adjusted_p": col.adjusted_p, "correction": s.correction, "alpha": s.alpha,
        col.effect_name: round(col.effect, 6), "rows_ref": col.n_ref, "rows_cur": col.n_cur,
        **{f"{t.test}_statistic": round(t.statistic, 6) for t in col.tests},
        **{f"{t.test}_p": t.p_value for t in col.tests}, **col.measures}
    if col.unseen:
        measurements["unseen_examples"] = ", ".join(f"{n} ({k})" for n, k in col.unseen[:5])
    method = (f"{' + '.join(_TESTS[t.test] for t in col.tests)} on exact counts over shared buckets "
              f"(Bonferroni within the column), {s.correction} correction across columns at alpha {s.alpha}")
    change = _change(col)
    if col.verdict == Verdict.NEGLIGIBLE:
        floor = f"{s.negligible_sd} sd" if col.kind == "numeric" else f"total variation {s.negligible_tv}"
        return _finding(check_id, f"Negligible shift in {what} '{col.name}'",
                        f"Significant (adjusted p {col.adjusted_p:.2g}) but below the smallest effect called drift "
                        f"({floor}): {change}. {col.note}".strip(), where, method, measurements, 1, 1,
                        "significant only because the samples are large", _series(col))
    likelihood, impact = _LIKELIHOOD[col.magnitude], _IMPACT[col.role]
    return _finding(check_id, f"{col.magnitude.capitalize()} drift in {what} '{col.name}'",
                    f"{change}. {col.note}".strip().rstrip(".") + ".", where, method, measurements,
                    likelihood, impact, f"{col.magnitude} effect on a {what}", _series(col))


def multivariate_finding(mv: MultivariateDrift, result: DriftResult, check_id: str) -> Finding | None:
    where = Location(file=result.current)
    measurements: dict[str, float | int | str | None] = {
        "auc": round(mv.auc, 4), "p_value": mv.p_value, "rows_ref": mv.n_ref, "rows_cur": mv.n_cur}
    if mv.top_features:
        measurements["top_features"] = ", ".join(f"{n} ({v:.3g})" for n, v in mv.top_features)
    method = "gradient-boosted classifier of reference vs current rows; AUC on held-out halves; Mann-Whitney p"
    if mv.verdict == Verdict.NOT_VERIFIED:
        return _finding(check_id, "Multivariate drift not verified", mv.note, where, method, measurements, None, None)
    if mv.verdict == Verdict.NO_DRIFT:
        return None
    if mv.verdict == Verdict.NEGLIGIBLE:
        return _finding(check_id, "Negligible multivariate shift", f"AUC {mv.auc:.3f}, significant but small",
                        where, method, measurements, 1, 1)
    likelihood = 4 if mv.auc >= 0.75 else 3 if mv.auc >= 0.6 else 2
    top = f"; most separating: {measurements['top_features']}" if mv.top_features else ""
    return _finding(check_id, "Multivariate drift: rows of the two tables can be told apart",
                    f"A classifier tells current from reference rows with AUC {mv.auc:.3f} (p {mv.p_value:.2g}){top}.",
                    where, method, measurements, likelihood, 2, "the joint distribution of the inputs changed")


def performance_finding(perf: PerformanceDrift, result: DriftResult, check_id: str) -> Finding:
    where = Location(file=result.current)
    measurements: dict[str, float | int | str | None] = {
        f"{perf.metric}_ref": round(perf.ref, 6), f"{perf.metric}_cur": round(perf.cur, 6),
        "ref_ci_low": round(perf.ref_ci[0], 6), "ref_ci_high": round(perf.ref_ci[1], 6),
        "cur_ci_low": round(perf.cur_ci[0], 6), "cur_ci_high": round(perf.cur_ci[1], 6),
        "change": round(perf.change, 6), "change_ci_low": round(perf.change_ci[0], 6),
        "change_ci_high": round(perf.change_ci[1], 6), "p_value": perf.p_value,
        "labelled_ref": perf.n_ref, "labelled_cur": perf.n_cur}
    method = "accuracy with Wilson 95% intervals; change with Newcombe's interval; two-proportion z-test"
    text = (f"{perf.metric} {perf.ref:.3f} [{perf.ref_ci[0]:.3f}, {perf.ref_ci[1]:.3f}] -> {perf.cur:.3f} "
            f"[{perf.cur_ci[0]:.3f}, {perf.cur_ci[1]:.3f}]; change {perf.change:+.3f} "
            f"[{perf.change_ci[0]:+.3f}, {perf.change_ci[1]:+.3f}], p {perf.p_value:.2g}")
    mitigations = ("drift-monitoring", "model-validation")
    if perf.verdict == Verdict.DRIFT:
        drop = -perf.change
        likelihood = 5 if drop >= 0.10 else 4 if drop >= 0.05 else 3
        return _finding(check_id, f"Performance decay: {perf.metric} fell by {drop:.1%}", text + ".", where, method,
                        measurements, likelihood, 4, "the model's decisions got measurably worse",
                        mitigations=mitigations)
    title = ("Negligible performance decay" if perf.verdict == Verdict.NEGLIGIBLE
             else f"No significant performance decay ({perf.metric})")
    return _finding(check_id, title, text + ".", where, method, measurements, 1, 2 if perf.verdict ==
                    Verdict.NO_DRIFT else 1, mitigations=mitigations)


def schema_findings(result: DriftResult, check_id: str) -> list[Finding]:
    out = []
    for issue in result.schema:
        where = Location(file=result.current, column=issue.column)
        if issue.problem in ("missing", "changed kind"):
            out.append(_finding(check_id, f"Schema drift: column '{issue.column}' {issue.problem}", issue.detail,
                                where, "schema comparison", {"problem": issue.problem}, 5, 3,
                                "a pipeline that feeds the model no longer delivers this column as before"))
        else:
            title = (f"Column '{issue.column}' not verified (unsupported type)" if issue.problem == "unsupported"
                     else f"New column '{issue.column}' in the current data")
            out.append(_finding(check_id, title, issue.detail, where, "schema comparison",
                                {"problem": issue.problem}, None, None))
    return out


def summary_finding(result: DriftResult, check_id: str) -> Finding:
    tested = result.tested
    counts = {v.value: len(result.by_verdict(v)) for v in Verdict}
    drifted = result.drifted
    measurements: dict[str, float | int | str | None] = {
        "rows_ref": result.n_ref, "rows_cur": result.n_cur, "columns_tested": len(tested),
        "columns_drifted": counts["drift"], "columns_negligible": counts["negligible"],
        "columns_not_verified": counts["not verified"], "share_drifted": round(result.share_drifted, 4),
        "alpha": result.settings.alpha, "correction": result.settings.correction,
        "negligible_sd": result.settings.negligible_sd, "negligible_tv": result.settings.negligible_tv}
    where = Location(file=result.current)
    method = f"per-column two-sample tests on {result.n_ref} reference and {result.n_cur} current rows"
    if drifted:
        names = ", ".join(c.name for c in sorted(drifted, key=lambda c: -c.effect)[:8])
        return _finding(check_id, f"Data drift in {len(drifted)} of {len(tested)} tested columns",
                        f"Drifted: {names}{' ...' if len(drifted) > 8 else ''}. " + " ".join(result.notes),
                        where, method, measurements, None, None)
    problems = counts["not verified"] + len(result.schema)
    text = (f"No column drifted beyond the negligible effect ({counts['negligible']} negligible shift(s)); "
            f"{problems} column(s) not verified or changed schema, see their findings. " + " ".join(result.notes))
    return _finding(check_id, f"No data drift in {len(tested)} tested columns", text.strip(), where, method,
                    measurements, 1, 2, "no tested column drifted at this time")


def drift_findings(result: DriftResult, check_id: str = "monitor.drift") -> list[Finding]:
    """Every finding of a drift result: summary, schema, columns, joint shift, predictions, accuracy."""
    out = [summary_finding(result, check_id), *schema_findings(result, check_id)]
    out += [f for col in (*result.columns, *result.predictions)
            if (f := column_finding(col, result, check_id)) is not None]
    if result.multivariate is not None:
        mv = multivariate_finding(result.multivariate, result, check_id)
        if mv is not None:
            out.append(mv)
    if result.performance is not None:
        out.append(performance_finding(result.performance, result, check_id))
    return out
