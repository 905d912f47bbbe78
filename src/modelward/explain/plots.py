"""Self-contained SVG plots of attributions (no script, no remote resource; every label escaped):

- `beeswarm`: one row per feature (most important first), one dot per explained row at its attribution,
  coloured from blue (low feature value) to red (high), stacked where dots crowd;
- `dependence`: a feature's value against its attribution, one dot per row;
- `row_bars`: one row's largest attributions as signed bars, from the expected output to the output.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from modelward.core.render.html import esc

NEG, POS = "#1c7ed6", "#e03131"
MAX_DOTS = 400


def _num(v: float) -> str:
    return f"{v:.3g}"


def _colour(t: float) -> str:
    """Blue (0) through purple to red (1)."""
    t = min(max(t, 0.0), 1.0)
    r, g, b = int(28 + t * (224 - 28)), int(126 - t * (126 - 49)), int(214 - t * (214 - 49))
    return f"#{r:02x}{g:02x}{b:02x}"


def _ranks(x: np.ndarray) -> np.ndarray:
    """Each value's rank share in [0, 1] (missing values at 0.5)."""
    out = np.full(len(x), 0.5)
    ok = ~np.isnan(x)
    if ok.sum() > 1:
        order = np.argsort(np.argsort(x[ok]))
        out[ok] = order / (ok.sum() - 1)
    return out


def _axis(left: float, right: float, y: float, lo: float, hi: float, label: str) -> str:
    ticks = []
    for k in range(5):
        v = lo + (hi - lo) * k / 4
        x = left + (right - left) * k / 4
        ticks.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y}" y2="{y + 4}" stroke="#868e96"/>'
                     f'<text x="{x:.1f}" y="{y + 16}" text-anchor="middle" class="tick">{_num(v)}</text>')
    return (f'<line x1="{left}" x2="{right}" y1="{y}" y2="{y}" stroke="#868e96"/>{"".join(ticks)}'
            f'<text x="{(left + right) / 2:.1f}" y="{y + 32}" text-anchor="middle" class="tick sub">'
            f"{esc(label)}</text>")


def beeswarm(values: np.ndarray, features: np.ndarray, names: Sequence[str], units: str, top: int = 10,
             seed: int = 0) -> str:
    """Attributions (n, d) of n rows with their feature values (n, d)."""
    n, d = values.shape
    order = np.argsort(-np.abs(values).mean(axis=0), kind="stable")[:min(top, d)]
    rows = np.random.default_rng(seed).choice(n, min(n, MAX_DOTS), replace=False) if n > MAX_DOTS else np.arange(n)
    left, right, row_h, top_pad = 190, 640, 34, 24
    height = top_pad + row_h * len(order) + 48
    lo, hi = float(values[np.ix_(rows, order)].min(initial=0.0)), float(values[np.ix_(rows, order)].max(initial=0.0))
    if hi - lo < 1e-12:
        lo, hi = lo - 1, hi + 1

    def px(v: float) -> float:
        return left + (v - lo) / (hi - lo) * (right - left)

    parts = [f'<svg class="explain-plot" viewBox="0 0 680 {height}" width="680" height="{height}" role="img" '
             f'aria-label="Attribution of each feature, one dot per row">',
             f'<line x1="{px(0):.1f}" x2="{px(0):.1f}" y1="{top_pad - 8}" y2="{height - 44}" stroke="#adb5bd" '
             'stroke-dasharray="3 3"/>']
    for i, j in enumerate(order):
        cy = top_pad + row_h * i + row_h / 2
        parts.append(f'<text x="{left - 8}" y="{cy + 4:.1f}" text-anchor="end" class="tick">{esc(names[j])}</text>')
        shade = _ranks(features[rows, j])
        xs = np.array([px(float(v)) for v in values[rows, j]])
        bins = np.round(xs / 3).astype(int)  # stack dots that fall within 3 px of each other
        seen: dict[int, int] = {}
        for x, t, b in zip(xs, shade, bins, strict=True):
            k = seen.get(int(b), 0)
            seen[int(b)] = k + 1
            offset = (k // 2 + 1) * 2.2 * (1 if k % 2 else -1) if k else 0.0
            if abs(offset) > row_h / 2 - 3:
                offset = math.copysign(row_h / 2 - 3, offset)
            parts.append(f'<circle cx="{x:.1f}" cy="{cy + offset:.1f}" r="2.2" fill="{_colour(float(t))}" '
                         'fill-opacity="0.8"/>')
    parts.append(_axis(left, right, height - 44, lo, hi, f"attribution ({units})"))
    parts.append(f'<text x="{right}" y="14" text-anchor="end" class="tick sub"><tspan fill="{NEG}">low</tspan> '
                 f'feature value <tspan fill="{POS}">high</tspan></text></svg>')
    return "".join(parts)


def dependence(x: np.ndarray, phi: np.ndarray, name: str, units: str, seed: int = 0) -> str:
    """A feature's values against its attributions."""
    ok = ~np.isnan(x)
    idx = np.flatnonzero(ok)
    if len(idx) > MAX_DOTS:
        idx = np.random.default_rng(seed).choice(idx, MAX_DOTS, replace=False)
    width, height, left, right, top, bottom = 320, 220, 52, 308, 24, 176
    head = (f'<svg class="explain-plot" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-label="Dependence of the attribution on {esc(name)}"><text x="{left}" y="14" class="ctitle">'
            f"{esc(name)}</text>")
    if not len(idx):
        return head + '<text x="160" y="110" text-anchor="middle" class="tick">no values</text></svg>'
    xl, xh = float(x[idx].min()), float(x[idx].max())
    yl, yh = float(min(phi[idx].min(), 0.0)), float(max(phi[idx].max(), 0.0))
    xh = xh if xh > xl else xl + 1
    yh = yh if yh > yl else yl + 1
    parts = [head]
    y0 = bottom - (0 - yl) / (yh - yl) * (bottom - top)
    parts.append(f'<line x1="{left}" x2="{right}" y1="{y0:.1f}" y2="{y0:.1f}" stroke="#adb5bd" '
                 'stroke-dasharray="3 3"/>')
    for i in idx:
        cx = left + (x[i] - xl) / (xh - xl) * (right - left)
        cy = bottom - (phi[i] - yl) / (yh - yl) * (bottom - top)
        parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="2" fill="{POS if phi[i] >= 0 else NEG}" '
                     'fill-opacity="0.7"/>')
    parts.append(f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" class="tick">{_num(yh)}</text>'
                 f'<text x="{left - 6}" y="{bottom + 4}" text-anchor="end" class="tick">{_num(yl)}</text>')
    parts.append(_axis(left, right, bottom + 4, xl, xh, f"{name} (attribution in {units})"))
    parts.append("</svg>")
    return "".join(parts)


def row_bars(values: np.ndarray, features: np.ndarray, names: Sequence[str], expected: float, output: float,
             units: str, top: int = 8) -> str:
    """One row's largest attributions as signed horizontal bars."""
    order = np.argsort(-np.abs(values), kind="stable")[:top]
    rest = float(values.sum() - values[order].sum())
    labels = [f"{names[j]} = {_num(float(features[j]))}" for j in order] + (["other features"] if len(values) > top
                                                                            else [])
    bars = [float(values[j]) for j in order] + ([rest] if len(values) > top else [])
    width, left, right, row_h = 560, 230, 540, 20
    height = 30 + row_h * len(bars) + 10
    span = max(max(abs(b) for b in bars), 1e-12)
    mid = (left + right) / 2
    parts = [f'<svg class="explain-plot" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             f'aria-label="Largest attributions of one row"><text x="4" y="14" class="tick sub">expected '
             f"{_num(expected)} → output {_num(output)} ({esc(units)})</text>",
             f'<line x1="{mid}" x2="{mid}" y1="22" y2="{height - 6}" stroke="#adb5bd"/>']
    for i, (label, v) in enumerate(zip(labels, bars, strict=True)):
        y = 26 + row_h * i
        w = abs(v) / span * (right - left) / 2
        x = mid if v >= 0 else mid - w
        parts.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end" class="tick">{esc(label)}</text>'
                     f'<rect x="{x:.1f}" y="{y + 3}" width="{max(w, 0.5):.1f}" height="{row_h - 6}" '
                     f'fill="{POS if v >= 0 else NEG}"><title>{esc(label)}: {_num(v)}</title></rect>')
    parts.append("</svg>")
    return "".join(parts)
