import math
import re
from dataclasses import replace
from html.parser import HTMLParser

from modelward.core.findings import Evidence, Finding, Severity
from modelward.core.render.html import line_chart, risk_color, to_html
from modelward.core.report import risk_register, shown_register
from modelward.core.taxonomy import load_taxonomy


class _Page(HTMLParser):
    """Collects tags, attributes and text of a page, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.stack: list[str] = []
        self.texts_in: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        self.text.append(data)
        for tag in set(self.stack):
            self.texts_in.setdefault(tag, []).append(data)

    def all(self, tag, **attrs):
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def _parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    page.close()
    return page


def test_every_finding_and_section_is_shown(report):
    page = _parse(to_html(report))
    titles = page.texts_in.get("h4", [])
    for f in report.findings:
        assert f.title in titles
        assert page.all("article", id=f"finding-{f.fingerprint}")
    for section in ("summary", "heatmap", "register", "findings", "applied", "skipped", "errors"):
        assert page.all("section", id=section), section
    text = " ".join(page.text)
    for s in report.skipped:
        assert s.reason in text
    for e in report.errors:
        assert e.message in text


def test_heat_map_has_25_cells_and_places_every_threat(report):
    full = replace(report, metadata=replace(report.metadata, command="report <- assess"))
    page = _parse(to_html(full))
    cells = page.all("rect")
    cells = [c for c in cells if c.get("class") == "cell"]
    assert sorted((int(c["data-likelihood"]), int(c["data-impact"])) for c in cells) == [
        (li, im) for li in range(1, 6) for im in range(1, 6)
    ]
    entries = risk_register(full)
    markers = {a["data-threat"]: a["class"] for a in page.all("g") if "data-threat" in a}
    assert set(markers) == {e.threat for e in entries} == set(load_taxonomy().threats)
    for e in entries:
        assert markers[e.threat] == f"marker {e.basis}"
    assert any(e.basis == "measured" for e in entries) and any(e.basis == "default" for e in entries)


def test_register_rows_follow_the_risk_register(report):
    page = _parse(to_html(report))
    text = " ".join(page.text)
    shown = shown_register(report)
    assert shown.scope == "measured" and 0 < len(shown.entries) < len(risk_register(report))
    assert len([r for r in page.tags if r[0] == "tr"]) >= len(shown.entries)
    for e in risk_register(report):
        assert (e.name in text) == (e in shown.entries)
    for e in shown.entries:
        assert f"{e.score} · {e.level}" in text


def test_a_single_command_page_is_named_after_its_subject(report):
    page = _parse(to_html(replace(report, metadata=replace(report.metadata, subject="digits-mlp.pt"))))
    assert page.texts_in["title"][0] == "modelward report — digits-mlp.pt"


def test_self_contained_no_external_urls(report):
    text = to_html(report)
    page = _parse(text)
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "iframe", "object", "embed", "img"), tag
        for name in ("src", "href", "xlink:href", "action", "srcset", "data"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, name, value)
    css = "".join(page.texts_in.get("style", []))
    assert "url(" not in css and "@import" not in css
    csp = page.all("meta", **{"http-equiv": "Content-Security-Policy"})
    assert csp and "default-src 'none'" in csp[0]["content"]


def test_hostile_strings_are_escaped(report, hostile, hostile_title):
    text = to_html(report)
    assert hostile not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    page = _parse(text)
    assert not page.all("script")
    # the parser sees the hostile title as text, exactly as written
    assert hostile_title in page.texts_in["h4"]
    assert f"credit-model {hostile}" in page.texts_in["h1"]


def test_attribute_injection_and_control_characters_are_neutralised(report):
    evil = Finding('x" onmouseover="alert(1)', "evasion", Severity.LOW, "ctrl\x1b[2J\x00 title",
                   evidence=Evidence(measurements={'k"><b>': "v"}))
    page = _parse(to_html(replace(report, findings=(evil,))))
    assert all("onmouseover" not in attrs for _, attrs in page.tags)
    assert "ctrl\\x1b[2J\\x00 title" in page.texts_in["h4"]
    assert 'k"><b>' in page.texts_in["th"]  # a measurement name is text, not markup
    assert 'x" onmouseover="alert(1)' in page.texts_in["span"]


def test_mitigations_use_catalogue_titles_and_how(report):
    page = _parse(to_html(report))
    text = " ".join(page.text)
    catalogue = load_taxonomy().mitigations
    for f in report.findings:
        for m in f.mitigations:
            if m in catalogue:
                assert catalogue[m].title in text
    assert "modelward assess" in page.texts_in.get("code", [])  # model-validation's command
    assert "(not in the catalogue)" in text
    assert "applied" in page.texts_in.get("span", [])


def test_series_become_inline_line_charts(report):
    page = _parse(to_html(report))
    polylines = page.all("polyline")
    # flip_rate (against noise_level_std), cv_fold_accuracy, latency_ms
    assert len(polylines) == 3
    stability = next(f for f in report.findings if f.check_id == "validation.stability")
    assert "noise_level_std" in page.texts_in["svg"]  # used as the x axis, not drawn as a line
    n_points = len(stability.evidence.series["flip_rate"])
    assert any(len(p["points"].split()) == n_points for p in polylines)


def test_line_chart_breaks_at_non_finite_and_samples_long_series():
    svg = line_chart("s", [1.0, 2.0, math.nan, 3.0, 4.0])
    assert svg.count("<polyline") == 2 and "1 non-finite value not drawn" in svg
    long = line_chart("s", [math.sin(i / 50) for i in range(5000)])
    points = re.search(r'points="([^"]+)"', long).group(1).split()
    assert len(points) <= 400 and "of 5000 points" in long
    assert "no finite data" in line_chart("s", [math.nan])
    assert line_chart("s", [2.0, 2.0]).count("<polyline") == 1  # flat series still drawn


def test_risk_colours_run_green_to_red():
    hues = [int(re.match(r"hsl\((\d+)", risk_color(s)).group(1)) for s in (1, 5, 10, 16, 25)]
    assert hues == sorted(hues, reverse=True) and hues[0] == 120 and hues[-1] == 0


def test_empty_report_renders(empty_report):
    page = _parse(to_html(empty_report))
    text = " ".join(page.text)
    assert "No findings." in text and "Nothing was skipped." in text and "No errors." in text
    assert len([c for c in page.all("rect") if c.get("class") == "cell"]) == 25
