"""The explanation as an HTML section of the report page (`core.render.html.to_html(report, sections=...)`):
how it was computed and how far to trust it, the beeswarm summary, dependence plots of the top features,
the surrogate rules and the largest attributions of each explained row."""

from __future__ import annotations

import numpy as np

from modelward.core.render.html import esc
from modelward.core.report import Report
from modelward.explain.explanation import Explanation
from modelward.explain.plots import beeswarm, dependence, row_bars

_CSS = ("<style>.explain .plots{display:flex;flex-wrap:wrap;gap:12px}.explain .tick{font:11px sans-serif;"
        "fill:#495057}.explain .sub{fill:#868e96}.explain .ctitle{font:bold 12px sans-serif}"
        ".explain table.rules td{padding:2px 8px;font:12px monospace}.explain .row{margin:8px 0}</style>")


def _trust(e: Explanation) -> str:
    s, q = e.stability, e.sanity
    stable = ("exact method: the same values for every seed" if s.exact else
              f"top-{s.k} features agree across seeds {', '.join(map(str, s.seeds))}: mean Jaccard "
              f"{s.mean_jaccard:.3f}, lowest {s.min_jaccard:.3f}")
    sane = ("not verified: " + q.randomisation if q.passed is None else
            f"{'passed' if q.passed else 'FAILED'}: a randomised model ({q.randomisation}) explains differently "
            f"(rank correlation {q.correlation:.2f}, limit {q.limit})")
    notes = "".join(f"<li>{esc(n)}</li>" for n in e.local.notes)
    return (f"<ul><li><b>Method</b>: {esc(e.local.method)}; attributions in {esc(e.local.units)}; seed "
            f"{e.local.seed}; additivity gap {e.local.additivity_gap:.2g}</li><li><b>Stability</b>: {esc(stable)}</li>"
            f"<li><b>Sanity</b>: {esc(sane)}</li>{notes}</ul>")


def _rules(e: Explanation) -> str:
    if e.rules is None:
        return ""
    r = e.rules
    body = "".join(f"<tr><td>{esc(str(rule))}</td><td>{rule.coverage:.1%}</td><td>{rule.precision:.1%}</td></tr>"
                   for rule in r.rules)
    return (f"<h3>Surrogate rules</h3><p>{len(r.rules)} rules agree with the model on {r.fidelity:.1%} of "
            f"{r.held_out_rows} held-out rows ({esc(r.method)}).</p><table class=\"rules\"><tr><th>rule</th>"
            f"<th>coverage</th><th>agreement</th></tr>{body}<tr><td>otherwise {esc(r.default)}</td><td></td><td></td>"
            "</tr></table>")


def explain_section(e: Explanation, top: int = 3, rows: int = 5) -> str:
    """The section's HTML (escaped, no script)."""
    names = e.sample.feature_names
    units = e.sample.units
    order = np.argsort(-e.sample.importance(), kind="stable")[:top]
    deps = "".join(dependence(e.sample_X[:, j], e.sample.values[:, j], names[j], units) for j in order)
    local = e.local
    bars = "".join(
        f'<div class="row"><b>Row {int(r)}</b>, explained for class {esc(e.classes[int(local.class_index[i])])}'
        f"{row_bars(local.values[i], e.X_rows[i], names, float(local.expected[i]), float(local.output[i]), units)}"
        "</div>" for i, r in enumerate(e.rows[:rows].tolist()))
    return (f'<section id="explain" class="explain">{_CSS}<h2>Explanation</h2>{_trust(e)}'
            f"<h3>Which features drive the model</h3><p>{len(e.sample_rows)} rows of {esc(e.source)}.</p>"
            f'<div class="plots">{beeswarm(e.sample.values, e.sample_X, names, units)}</div>'
            f'<h3>Dependence of the top features</h3><div class="plots">{deps}</div>{_rules(e)}'
            f"<h3>Explained rows</h3>{bars}</section>")


def explanation_html(report: Report, e: Explanation) -> str:
    """The whole page: the core report (the audits' findings) with the explanation section."""
    from modelward.core.render.html import to_html

    return to_html(report, sections=(explain_section(e),))
