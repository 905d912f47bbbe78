"""The drift page: the core's report page with a drift section after the summary: one card per column,
worst first, each with its verdict, effect, corrected p-value and a plot of the reference and current
distributions (numeric: shares over equal-width bins; categorical: shares per category). SVG drawn
here, styles inline, every name escaped: the page loads nothing and runs no script."""

from __future__ import annotations

from collections.abc import Sequence

from modelward.core.render.html import esc, to_html
from modelward.core.report import Report
from modelward.monitor.result import ColumnDrift, DriftResult, Histogram, MultivariateDrift, PerformanceDrift, Verdict

REF_COLOR, CUR_COLOR = "#adb5bd", "#1c7ed6"
VERDICT_COLOR = {Verdict.DRIFT: "#e8590c", Verdict.NEGLIGIBLE: "#e6a700", Verdict.NOT_VERIFIED: "#862e9c",
                 Verdict.NO_DRIFT: "#2f9e44"}
_ORDER = {Verdict.DRIFT: 0, Verdict.NOT_VERIFIED: 1, Verdict.NEGLIGIBLE: 2, Verdict.NO_DRIFT: 3}
MAX_LABEL = 18

_CSS = """<style>
.drift .cols{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:12px}
.drift .col{background:#fff;border:1px solid #e9ecef;border-left:5px solid #ced4da;border-radius:8px;padding:10px 12px}
.drift .col h4{margin:0 0 2px;font-size:14.5px;word-break:break-all}
.drift .col .nums{font-size:12px;color:#495057}
.drift .col .note{font-size:12px;color:#862e9c}
.drift .legend{font-size:12.5px;color:#495057}
.drift .sw{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:-2px;margin:0 4px 0 10px}
.drift table.overview{width:auto;min-width:420px}
.drift svg text{font-size:10.5px;fill:#495057}
</style>"""


def _badge(verdict: Verdict, magnitude: str = "") -> str:
    text = verdict.value + (f" · {magnitude}" if magnitude and verdict == Verdict.DRIFT else "")
    return f'<span class="badge" style="background:{VERDICT_COLOR[verdict]}">{esc(text)}</span>'


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def numeric_svg(plot: Histogram, width: int = 300, height: int = 120) -> str:
    """Reference shares as grey bars, current shares as a blue step line over the same bins."""
    if not plot.ref or len(plot.edges) != len(plot.ref) + 1:
        return '<p class="muted small">no finite values to draw</p>'
    pad_l, pad_b, pad_t = 6, 18, 6
    iw, ih = width - 2 * pad_l, height - pad_b - pad_t
    top = max(max(plot.ref), max(plot.cur), 1e-12)
    n = len(plot.ref)
    bw = iw / n
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             'aria-label="reference and current distributions">']
    for i, share in enumerate(plot.ref):
        h = share / top * ih
        parts.append(f'<rect x="{pad_l + i * bw:.1f}" y="{pad_t + ih - h:.1f}" width="{max(bw - 0.6, 0.5):.1f}" '
                     f'height="{h:.1f}" fill="{REF_COLOR}"/>')
    points = []
    for i, share in enumerate(plot.cur):
        y = pad_t + ih - share / top * ih
        points += [f"{pad_l + i * bw:.1f},{y:.1f}", f"{pad_l + (i + 1) * bw:.1f},{y:.1f}"]
    parts.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="{CUR_COLOR}" stroke-width="1.8"/>')
    parts.append(f'<text x="{pad_l}" y="{height - 4}">{esc(f"{plot.edges[0]:.3g}")}</text>'
                 f'<text x="{width - pad_l}" y="{height - 4}" text-anchor="end">{esc(f"{plot.edges[-1]:.3g}")}</text>')
    outside = []
    if plot.below[0] or plot.below[1]:
        outside.append(f"below: ref {plot.below[0]:.2%}, cur {plot.below[1]:.2%}")
    if plot.above[0] or plot.above[1]:
        outside.append(f"above: ref {plot.above[0]:.2%}, cur {plot.above[1]:.2%}")
    if outside:
        parts.append(f'<text x="{width / 2}" y="{height - 4}" text-anchor="middle">{esc("; ".join(outside))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def categorical_svg(plot: Histogram, width: int = 300) -> str:
    """One row per category: reference share (grey) above current share (blue)."""
    if not plot.labels:
        return '<p class="muted small">no values to draw</p>'
    label_w, row_h = 104, 16
    height = row_h * len(plot.labels) + 4
    bar_w = width - label_w - 46
    top = max(max(plot.ref), max(plot.cur), 1e-12)
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             'aria-label="reference and current shares per category">']
    for i, (label, r, c) in enumerate(zip(plot.labels, plot.ref, plot.cur, strict=True)):
        y = 2 + i * row_h
        parts.append(f'<text x="{label_w - 4}" y="{y + 11}" text-anchor="end"><title>{esc(label)}</title>'
                     f"{esc(_short(label))}</text>"
                     f'<rect x="{label_w}" y="{y + 1}" width="{r / top * bar_w:.1f}" height="6" fill="{REF_COLOR}"/>'
                     f'<rect x="{label_w}" y="{y + 7}" width="{c / top * bar_w:.1f}" height="6" fill="{CUR_COLOR}"/>'
                     f'<text x="{width - 2}" y="{y + 11}" text-anchor="end">{esc(f"{c - r:+.1%}")}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _numbers(col: ColumnDrift) -> str:
    if col.verdict == Verdict.NOT_VERIFIED:
        return ""
    effect = {"wasserstein_sd": "Wasserstein", "total_variation": "total variation"}.get(col.effect_name,
                                                                                          col.effect_name)
    unit = " sd" if col.effect_name == "wasserstein_sd" else ""
    extra = ""
    if "mean_shift_sd" in col.measures:
        extra = f" · mean {col.measures['mean_shift_sd']:+.3g} sd · sd ×{col.measures.get('std_ratio', 1):.3g}"
    return (f"{esc(effect)} {col.effect:.3g}{unit} · adjusted p {col.adjusted_p:.2g}{esc(extra)} · "
            f"{col.n_ref:,} / {col.n_cur:,} rows")


def column_card(col: ColumnDrift) -> str:
    plot = ""
    if col.plot is not None:
        plot = categorical_svg(col.plot) if col.plot.labels else numeric_svg(col.plot)
    role = "" if col.role == "feature" else f' <span class="chip">{esc(col.role)}</span>'
    note = f'<div class="note">{esc(col.note)}</div>' if col.note else ""
    return (f'<div class="col" style="border-left-color:{VERDICT_COLOR[col.verdict]}">'
            f'<h4>{esc(col.name)}{role} <span class="chip mono">{esc(col.kind)}</span></h4>'
            f'{_badge(col.verdict, col.magnitude)}<div class="nums">{_numbers(col)}</div>{note}{plot}</div>')


def _overview(result: DriftResult) -> str:
    rows = [("reference", f"{result.reference} ({result.n_ref:,} rows)"),
            ("current", f"{result.current} ({result.n_cur:,} rows)"),
            ("decision", f"{result.settings.correction} correction at alpha {result.settings.alpha}; negligible "
                         f"below {result.settings.negligible_sd} sd (numeric) or total variation "
                         f"{result.settings.negligible_tv} (shares)")]
    counts = ", ".join(f"{len(result.by_verdict(v))} {v.value}" for v in _ORDER)
    rows.append(("columns", counts))
    for issue in result.schema:
        rows.append((f"schema: {issue.column}", f"{issue.problem}: {issue.detail}"))
    rows.extend(("note", n) for n in result.notes)
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    return f'<table class="kv overview">{body}</table>'


def _joint(mv: MultivariateDrift | None, perf: PerformanceDrift | None) -> str:
    parts = []
    if mv is not None:
        top = f"; most separating: {', '.join(n for n, _ in mv.top_features)}" if mv.top_features else ""
        parts.append(f"<p>{_badge(mv.verdict)} <b>Joint distribution</b>: reference-vs-current classifier AUC "
                     f"{mv.auc:.3f} (p {mv.p_value:.2g}; {mv.n_ref:,} + {mv.n_cur:,} sampled rows){esc(top)}"
                     f"{esc(' — ' + mv.note) if mv.note else ''}</p>")
    if perf is not None:
        parts.append(f"<p>{_badge(perf.verdict)} <b>{esc(perf.metric.capitalize())}</b>: {perf.ref:.3f} "
                     f"[{perf.ref_ci[0]:.3f}, {perf.ref_ci[1]:.3f}] → {perf.cur:.3f} [{perf.cur_ci[0]:.3f}, "
                     f"{perf.cur_ci[1]:.3f}], change {perf.change:+.3f} [{perf.change_ci[0]:+.3f}, "
                     f"{perf.change_ci[1]:+.3f}] (p {perf.p_value:.2g})</p>")
    return "".join(parts)


def drift_section(result: DriftResult) -> str:
    """The drift section: overview, joint and model results, then one card per column, worst first."""
    def order(cols: Sequence[ColumnDrift]) -> list[ColumnDrift]:
        return sorted(cols, key=lambda c: (_ORDER[c.verdict], -c.effect, c.name))

    cards = "".join(column_card(c) for c in order(result.columns))
    predictions = "".join(column_card(c) for c in order(result.predictions))
    legend = (f'<p class="legend">Distributions:<span class="sw" style="background:{REF_COLOR}"></span>reference'
              f'<span class="sw" style="background:{CUR_COLOR}"></span>current</p>')
    outputs = f'<h3>Model outputs</h3><div class="cols">{predictions}</div>' if predictions else ""
    return (f'<section id="drift" class="drift">{_CSS}<h2>Drift</h2>{_overview(result)}'
            f'{_joint(result.multivariate, result.performance)}{outputs}'
            f'<h3>Columns</h3>{legend}<div class="cols">{cards}</div></section>')


def drift_html(report: Report, result: DriftResult) -> str:
    """The whole page: the core report with the drift section."""
    return to_html(report, sections=(drift_section(result),))
