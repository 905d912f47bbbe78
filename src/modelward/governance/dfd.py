"""The data-flow diagram of a threat model, as a self-contained SVG with a built-in layered layout.

Layout (no dependency): components are placed in columns by the longest path of flows that reaches them
(cycles broken where a depth-first search finds a back edge), then ordered within each column by the
barycentre of their neighbours, swept a few times left-right and right-left. Each trust boundary owns a
horizontal band as tall as its largest column, so a boundary's box holds its members and nothing else.
Shapes follow data-flow-diagram notation: external entities are boxes, processes rounded boxes, data
stores open-ended boxes. Each component is coloured by the worst residual risk of its open threats and
shows how many there are. `to_dot` gives the same graph to graphviz (the `graphviz` extra) for those who
prefer its layout.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from xml.sax.saxutils import escape

from modelward.governance.model import ThreatModel
from modelward.governance.system import System

NODE_W, NODE_H, COL_GAP, ROW_GAP, PAD, BAND_GAP = 170, 56, 90, 28, 18, 26
STORES = {"dataset", "registry", "vector-store"}
EXTERNAL = {"external"}
LEVEL_COLOUR = {"critical": "#b71c1c", "high": "#e65100", "medium": "#f9a825", "low": "#2e7d32", None: "#607d8b"}
_RANK = {"low": 1, "medium": 2, "high": 3, "critical": 4}
SWEEPS = 4


def _edges(system: System) -> list[tuple[str, str, str]]:
    edges = [(f.source, f.target, f.data) for f in system.flows]
    for c in system.components:
        edges += [(m, c.id, "") for m in c.get("serves", ()) if (m, c.id) not in {(a, b) for a, b, _ in edges}]
    return edges


def _acyclic(nodes: list[str], edges: list[tuple[str, str, str]]) -> set[tuple[str, str]]:
    """The edges a depth-first search finds going back (reversed for layering only)."""
    out: dict[str, list[str]] = defaultdict(list)
    for a, b, _ in edges:
        out[a].append(b)
    state: dict[str, int] = {}
    back: set[tuple[str, str]] = set()
    for root in nodes:
        if root in state:
            continue
        stack = [(root, iter(out[root]))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                back.add((node, child))
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(out[child])))
    return back


def _band(system: System, cid: str) -> str:
    boundary = system.boundary_of(cid)
    return boundary.id if boundary is not None else ""


def layout(system: System) -> dict[str, tuple[float, float]]:
    """Top-left corner of every component's box."""
    nodes = [c.id for c in system.components]
    edges = _edges(system)
    back = _acyclic(nodes, edges)
    forward = [(b, a) if (a, b) in back else (a, b) for a, b, _ in edges]
    layer = {n: 0 for n in nodes}
    for _ in range(len(nodes)):  # longest path; |V| rounds at most on a DAG
        changed = False
        for a, b in forward:
            if layer[b] < layer[a] + 1:
                layer[b] = layer[a] + 1
                changed = True
        if not changed:
            break
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b in forward:
        neighbours[a].add(b)
        neighbours[b].add(a)
    band_of = {n: _band(system, n) for n in nodes}
    bands = [b.id for b in system.boundaries] + [""]
    columns: dict[int, list[str]] = defaultdict(list)
    for n in nodes:
        columns[layer[n]].append(n)
    pos = {n: float(i) for col in columns.values() for i, n in enumerate(col)}
    for sweep in range(SWEEPS):
        order = sorted(columns) if sweep % 2 == 0 else sorted(columns, reverse=True)
        for col in order:
            members = columns[col]
            bary = {n: (sum(pos[m] for m in neighbours[n]) / len(neighbours[n]) if neighbours[n] else pos[n])
                    for n in members}
            members.sort(key=lambda n: (bands.index(band_of[n]), bary[n]))
            for i, n in enumerate(members):
                pos[n] = float(i)
    height = {b: max([sum(1 for n in col if band_of[n] == b) for col in columns.values()] + [0]) for b in bands}
    offset: dict[str, float] = {}
    y = PAD + 22.0
    for b in bands:
        offset[b] = y
        if height[b]:
            y += height[b] * (NODE_H + ROW_GAP) + BAND_GAP + 22
    coords: dict[str, tuple[float, float]] = {}
    for col, members in columns.items():
        seen: dict[str, int] = defaultdict(int)
        for n in members:
            b = band_of[n]
            coords[n] = (float(PAD + 10 + col * (NODE_W + COL_GAP)), offset[b] + seen[b] * (NODE_H + ROW_GAP))
            seen[b] += 1
    return coords


def _worst(model: ThreatModel | None, cid: str) -> tuple[str | None, int]:
    if model is None:
        return None, 0
    open_ = [t for t in model.threats if t.component == cid and t.status == "open"]
    if not open_:
        return ("low" if any(t.component == cid for t in model.threats) else None), 0
    worst = max(open_, key=lambda t: _RANK[t.residual_level]).residual_level
    return worst, len(open_)


def _shape(kind: str, x: float, y: float, colour: str) -> str:
    if kind in STORES:
        return (f'<rect x="{x}" y="{y}" width="{NODE_W}" height="{NODE_H}" fill="#fff" stroke="none"/>'
                f'<line x1="{x}" y1="{y}" x2="{x + NODE_W}" y2="{y}" stroke="{colour}" stroke-width="2.5"/>'
                f'<line x1="{x}" y1="{y + NODE_H}" x2="{x + NODE_W}" y2="{y + NODE_H}" stroke="{colour}" '
                f'stroke-width="2.5"/><line x1="{x}" y1="{y}" x2="{x}" y2="{y + NODE_H}" stroke="{colour}" '
                'stroke-width="2.5"/>')
    radius = 0 if kind in EXTERNAL else 14
    return (f'<rect x="{x}" y="{y}" width="{NODE_W}" height="{NODE_H}" rx="{radius}" fill="#fff" '
            f'stroke="{colour}" stroke-width="2.5"/>')


def to_svg(system: System, model: ThreatModel | None = None) -> str:
    """The data-flow diagram as SVG text (no script, no external reference)."""
    coords = layout(system)
    width = max((x for x, _ in coords.values()), default=0) + NODE_W + PAD + 10
    height = max((y for _, y in coords.values()), default=0) + NODE_H + PAD + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
             f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="Helvetica, Arial, sans-serif" font-size="12">',
             f'<title>{escape(system.name)}: data flows and trust boundaries</title>',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
             'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#455a64"/></marker></defs>']
    for boundary in system.boundaries:
        members = [coords[c] for c in boundary.components]
        x0, y0 = min(x for x, _ in members) - 12, min(y for _, y in members) - 22
        x1, y1 = max(x for x, _ in members) + NODE_W + 12, max(y for _, y in members) + NODE_H + 12
        parts.append(f'<g class="boundary"><rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" '
                     'fill="none" stroke="#c62828" stroke-dasharray="7,5" stroke-width="1.5" rx="6"/>'
                     f'<text x="{x0 + 8}" y="{y0 + 15}" fill="#c62828" font-weight="bold">'
                     f'{escape(boundary.name)} ({escape(boundary.trust)})</text></g>')
    for a, b, label in _edges(system):
        (ax, ay), (bx, by) = coords[a], coords[b]
        sx, sy, tx, ty = ax + NODE_W, ay + NODE_H / 2, bx, by + NODE_H / 2
        if bx <= ax:  # a flow back to an earlier column: leave from the bottom, curve under
            sx, sy, tx, ty = ax + NODE_W / 2, ay + NODE_H, bx + NODE_W / 2, by + NODE_H
            path = f"M{sx},{sy} C{sx},{sy + 60} {tx},{ty + 60} {tx},{ty}"
        else:
            mid = (sx + tx) / 2
            path = f"M{sx},{sy} C{mid},{sy} {mid},{ty} {tx},{ty}"
        parts.append(f'<path class="flow" d="{path}" fill="none" stroke="#455a64" stroke-width="1.4" '
                     'marker-end="url(#arrow)"/>')
        if label:
            parts.append(f'<text x="{(sx + tx) / 2:.0f}" y="{(sy + ty) / 2 - 5:.0f}" text-anchor="middle" '
                         f'fill="#37474f" font-size="10">{escape(label[:40])}</text>')
    for comp in system.components:
        x, y = coords[comp.id]
        level, count = _worst(model, comp.id)
        colour = LEVEL_COLOUR[level]
        parts.append(f'<g class="component" id="c-{escape(comp.id)}">{_shape(comp.type, x, y, colour)}'
                     f'<text x="{x + NODE_W / 2}" y="{y + 23}" text-anchor="middle" font-weight="bold">'
                     f'{escape(comp.name[:26])}</text><text x="{x + NODE_W / 2}" y="{y + 40}" text-anchor="middle" '
                     f'fill="#546e7a" font-size="10">{escape(comp.type)}</text>')
        if count:
            parts.append(f'<circle cx="{x + NODE_W - 4}" cy="{y + 4}" r="11" fill="{colour}"/>'
                         f'<text x="{x + NODE_W - 4}" y="{y + 8}" text-anchor="middle" fill="#fff" font-size="11" '
                         f'font-weight="bold">{count}</text>'
                         f'<title>{count} open threat(s), worst {level}</title>')
        parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _dot_id(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_dot(system: System, model: ThreatModel | None = None) -> str:
    """The same diagram in graphviz DOT (boundaries as clusters)."""
    shapes: Mapping[str, str] = {"external": "box", "dataset": "cylinder", "registry": "cylinder",
                                 "vector-store": "cylinder"}
    lines = [f"digraph {_dot_id(system.name)} {{", "  rankdir=LR; node [fontname=Helvetica];"]
    placed: set[str] = set()
    for i, boundary in enumerate(system.boundaries):
        label = _dot_id(f"{boundary.name} ({boundary.trust})")
        lines.append(f"  subgraph cluster_{i} {{ label={label}; style=dashed; color=red;")
        for cid in boundary.components:
            placed.add(cid)
            lines.append(f"    {_dot_id(cid)};")
        lines.append("  }")
    for comp in system.components:
        level, _ = _worst(model, comp.id)
        lines.append(f"  {_dot_id(comp.id)} [label={_dot_id(comp.name + chr(10) + comp.type)}, "
                     f"shape={shapes.get(comp.type, 'box')}, style=rounded, color={_dot_id(LEVEL_COLOUR[level])}];")
    for a, b, label in _edges(system):
        lines.append(f"  {_dot_id(a)} -> {_dot_id(b)}" + (f" [label={_dot_id(label)}];" if label else ";"))
    lines.append("}")
    return "\n".join(lines) + "\n"


def render_graphviz(system: System, model: ThreatModel | None = None) -> str:
    """SVG laid out by graphviz (the `graphviz` extra and the `dot` program)."""
    from typing import Any

    from modelward.core.errors import require

    graphviz: Any = require("graphviz", "graphviz", "Laying out the diagram with graphviz")
    try:
        return str(graphviz.Source(to_dot(system, model)).pipe(format="svg").decode("utf-8"))
    except graphviz.ExecutableNotFound as exc:
        from modelward.core.errors import ConfigError

        raise ConfigError(f"graphviz layout needs the 'dot' program on PATH ({exc}); the built-in layout "
                          "needs nothing") from None
