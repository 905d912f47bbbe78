import io
from dataclasses import replace

from rich.console import Console

from modelward.core.findings import Finding, Severity
from modelward.core.render.terminal import groups_by_threat, render_terminal, terminal_text
from modelward.core.report import risk_register, shown_register


def test_findings_grouped_by_threat_worst_first(report):
    groups = groups_by_threat(report.findings)
    worst = [fs[0].severity.rank for _, fs in groups]
    assert worst == sorted(worst, reverse=True)
    assert groups[0][0] == "supply-chain"
    text = terminal_text(report, width=140)
    positions = [text.index(f"({threat})") for threat, _ in groups]
    assert positions == sorted(positions)


def test_every_finding_skip_error_and_register_line_shown(report):
    text = terminal_text(report, width=400)  # wide enough that no cell wraps
    for f in report.findings:
        assert f.title in text and f.check_id in text
    for s in report.skipped:
        assert s.subject in text and s.reason in text
    for e in report.errors:
        assert e.subject in text and e.message in text
    assert "Risk register: the threats measured here" in text
    shown = shown_register(report)
    for entry in risk_register(report):
        assert (entry.name in text) == (entry in shown.entries)
    assert f"{shown.not_shown} other threats are in the full register" in text
    assert "1 critical" in text and "2 high" in text and "1 error" in text
    assert "0.31 → 0.07" in text  # applied mitigation, before -> after


def test_one_line_per_finding_and_each_explanation_once(report):
    text = terminal_text(report, width=200)
    for f in report.findings:
        assert text.count(f.title) == 1
    for description in {f.description for f in report.findings if f.description}:
        assert text.count(description) <= 1
    assert "Adversarial training" not in text  # mitigations are details


def test_verbose_adds_evidence_and_mitigation_titles_from_catalogue(report):
    text = terminal_text(report, width=200, verbose=True)
    assert "Adversarial training" in text and "not-in-catalogue" in text
    assert "measured:" in text and "how:" in text


def test_full_register_for_modelward_report(report):
    full = replace(report, metadata=replace(report.metadata, command="report <- assess, scan"))
    text = terminal_text(full, width=200)
    assert all(e.name in text for e in risk_register(full))
    assert "other threats" not in text


def test_markup_and_control_codes_are_inert(report):
    evil = Finding("x", "evasion", Severity.HIGH, "[red]boom[/red] \x1b[2J\x07bell")
    text = terminal_text(replace(report, findings=(evil,)), width=200)
    assert "[red]boom[/red]" in text  # shown literally, not interpreted as rich markup
    assert "\x1b" not in text and "\x07" not in text
    assert "\\x1b[2J\\x07bell" in text


def test_colour_output_styles_severity(report):
    buffer = io.StringIO()
    console = Console(file=buffer, width=160, force_terminal=True, color_system="truecolor")
    render_terminal(report, console)
    coloured = buffer.getvalue()
    assert "\x1b[" in coloured and "CRITICAL" in coloured
    plain = terminal_text(report, width=160)
    assert "\x1b" not in plain


def test_empty_report_says_so(empty_report):
    text = terminal_text(empty_report)
    assert "No findings." in text and "0 skipped" in text
    from modelward.core.taxonomy import load_taxonomy

    n = len(load_taxonomy().threat_ids)
    assert f"no threat measured here; the full register (modelward report) holds {n}" in text


def test_width_is_respected(report):
    for width in (80, 120):
        lines = terminal_text(report, width=width).splitlines()
        assert max(len(line) for line in lines) <= width


def test_locations_name_files_by_their_name_the_header_has_the_paths(report):
    from modelward.core.findings import Location

    deep = Finding("x.check", "evasion", Severity.LOW, "deep", location=Location(file="/data/2026/q4/test.csv", row=7))
    text = terminal_text(replace(report, findings=(deep,)), width=200)
    assert "test.csv row 7" in text and "/data/2026/q4" not in text
