"""The drift page: a card and a plot per column, hostile names escaped, SVG well formed, nothing loaded."""

import re
import xml.etree.ElementTree as ET

import numpy as np

from modelward.monitor.drift import compare
from modelward.monitor.html import drift_section
from modelward.monitor.report import drift_report, write_drift_reports
from modelward.monitor.result import DriftSettings

from .conftest import normal_columns


def test_one_card_per_column_with_well_formed_plots(write_table, tmp_path):
    rng = np.random.default_rng(0)
    hostile = '<script>alert(1)</script>"&'
    ref = normal_columns(rng, 2000) | {hostile: rng.choice(["<b>", "ok"], 2000)}
    cur = normal_columns(rng, 2000, shift=1.0) | {hostile: rng.choice(["<b>", "ok", "</svg>"], 2000)}
    result = compare(write_table("ref", ref), write_table("cur", cur), settings=DriftSettings(sample_rows=500))
    section = drift_section(result)
    assert section.count('<div class="col"') == len(result.columns) == 7
    assert "<script>" not in section and "&lt;script&gt;" in section
    for svg in re.findall(r"<svg.*?</svg>", section, flags=re.S):
        ET.fromstring(svg)  # raises on anything malformed, e.g. an unescaped category name
    page = write_drift_reports(drift_report(result), result, ("json", "html"), tmp_path / "out")
    html = (tmp_path / "out" / "drift.html").read_text()
    assert [p.name for p in page] == ["drift.json", "drift.html"]
    assert 'id="drift"' in html and "default-src 'none'" in html
    assert not re.search(r"(src|href)=\"https?:", html)
