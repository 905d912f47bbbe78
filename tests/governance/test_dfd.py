import xml.etree.ElementTree as ET
from datetime import date

from modelward.governance import load_system, threat_model
from modelward.governance.dfd import NODE_H, NODE_W, layout, to_dot, to_svg


def _overlap(a, b):
    return a[0] < b[0] + NODE_W and b[0] < a[0] + NODE_W and a[1] < b[1] + NODE_H and b[1] < a[1] + NODE_H


def test_layout_places_boxes_without_overlap_and_boundaries_hold_only_members(write_system):
    system = load_system(write_system())
    coords = layout(system)
    ids = list(coords)
    assert not [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:] if _overlap(coords[a], coords[b])]
    for boundary in system.boundaries:
        xs = [coords[c] for c in boundary.components]
        box = (min(x for x, _ in xs), min(y for _, y in xs),
               max(x for x, _ in xs) + NODE_W, max(y for _, y in xs) + NODE_H)
        outsiders = [c for c in ids if c not in boundary.components
                     and box[0] <= coords[c][0] < box[2] and box[1] <= coords[c][1] < box[3]]
        assert outsiders == [], boundary.id
    # flows go left to right: a training job sits right of its data, the API right of the model
    assert coords["train"][0] > coords["applications"][0] and coords["api"][0] > coords["model"][0]


def test_svg_is_well_formed_escaped_and_coloured_by_risk(write_system):
    text = write_system().read_text().replace("credit scoring", "credit <scoring> & co")
    system = load_system(write_system(text, "s2.yaml"))
    svg = to_svg(system, threat_model(system, today=date(2026, 12, 1)))
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg") and "<script" not in svg
    groups = [g for g in root.iter() if g.get("class") == "component"]
    assert len(groups) == len(system.components)
    assert "credit &lt;scoring&gt; &amp; co" in svg
    assert "#e65100" in svg  # at least one component with a high open threat
    assert to_dot(system).startswith('digraph "credit <scoring> & co"')


def test_a_cycle_of_flows_is_laid_out(write_system):
    text = ("version: 1\nsystem: {name: loop}\ncomponents:\n  - {id: a, type: dataset}\n  - {id: b, type: training}\n"
            "  - {id: c, type: model}\nflows: [{from: a, to: b}, {from: b, to: c}, {from: c, to: a}]\n")
    coords = layout(load_system(write_system(text, "loop.yaml")))
    assert len(set(coords.values())) == 3
