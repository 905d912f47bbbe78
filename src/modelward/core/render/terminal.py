"""Report -> terminal: one line per finding (severity, title, where), grouped by threat and check (worst
first), each check's explanation once; evidence and mitigations with `verbose`; then the risk register.

Every string from a finding is shown as plain text (no rich markup) with control characters made
visible, so a hostile title cannot restyle or rewrite the terminal.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import replace

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from modelward.core.findings import Finding, Severity
from modelward.core.report import Report, ShownRegister, shown_register
from modelward.core.taxonomy import Taxonomy, load_taxonomy

SEVERITY_STYLE = {
    Severity.CRITICAL: "bold white on red",
    Severity.HIGH: "bold red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}
LEVEL_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "yellow", "low": "green"}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: object) -> str:
    """Text safe for a terminal: control characters (ESC, CR, BEL, ...) shown as \\xNN."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))


def _t(text: object, style: str = "") -> Text:
    return Text(clean(text), style=style)


def _severity(sev: Severity | None) -> Text:
    if sev is None:
        return Text("-", style="dim")
    return Text(sev.value.upper(), style=SEVERITY_STYLE[sev])


def _value(v: object) -> str:
    if isinstance(v, float):
        return f"{v:.4g}"
    return clean(v)


def groups_by_threat(findings: Iterable[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by threat; groups worst first, findings worst first inside each group."""
    groups: dict[str, list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (-f.severity.rank, f.threat, f.title)):
        groups.setdefault(f.threat, []).append(f)
    return sorted(groups.items(), key=lambda g: (-g[1][0].severity.rank, -len(g[1]), g[0]))


def _threat_name(taxonomy: Taxonomy, threat_id: str) -> str:
    threat = taxonomy.threats.get(threat_id)
    return f"{threat.name} ({threat_id})" if threat else f"{threat_id} (not in taxonomy)"


def _header(report: Report) -> Text:
    m = report.metadata
    head = Text()
    head.append("modelward report", style="bold")
    if m.subject:
        head.append(" — ")
        head.append(clean(m.subject), style="bold")
    head.append(f"\n{clean(m.command)} · modelward {clean(m.tool_version)} · {clean(m.created)}", style="dim")
    for rec in m.inputs:
        head.append(f"\n{clean(rec.role)}: {clean(rec.path)} sha256:{clean(rec.sha256)[:12]}", style="dim")
    return head


def _summary(report: Report) -> Text:
    counts = {s: 0 for s in Severity}
    for f in report.findings:
        counts[f.severity] += 1
    line = Text()
    if not report.findings:
        line.append("No findings. ", style="bold green")
    for sev in sorted(Severity, reverse=True):
        if counts[sev]:
            line.append(f" {counts[sev]} {sev.value} ", style=SEVERITY_STYLE[sev])
            line.append(" ")
    n_err = len(report.errors)
    line.append(f"· {len(report.skipped)} skipped · {n_err} error{'' if n_err == 1 else 's'}",
                style="bold red" if report.errors else "dim")
    return line


def _check_groups(findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.check_id, []).append(f)
    return list(groups.items())


def _findings_block(taxonomy: Taxonomy, threat_id: str, findings: list[Finding], verbose: bool) -> Group:
    parts: list[RenderableType] = [_t(_threat_name(taxonomy, threat_id), "bold underline")]
    for check_id, group in _check_groups(findings):
        about = Text()
        about.append(clean(check_id), style="bold")
        explanations = list(dict.fromkeys(f.description for f in group if f.description))
        if explanations:
            about.append(" — " + clean(" ".join(explanations) if verbose else explanations[0]), style="dim")
        parts.append(about)
        table = Table(box=None, show_header=False, expand=True, padding=(0, 1, 0, 2))
        table.add_column("severity", no_wrap=True, width=8)
        table.add_column("finding", ratio=3)
        table.add_column("where", ratio=1, overflow="fold", style="dim")
        for f in group:
            title = _t(f.title)
            if verbose:
                title.append(_details(taxonomy, f))
            table.add_row(_severity(f.severity), title, _t(_where(f)))
        parts.append(table)
    parts.append(Text(""))
    return Group(*parts)


def _where(f: Finding) -> str:
    """The location with the file by its name (the header lists the inputs' full paths; JSON, SARIF and
    HTML keep the whole location)."""
    loc = f.location
    if not loc.file:
        return str(loc)
    name = loc.file.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or loc.file
    return str(replace(loc, file=name))


def _details(taxonomy: Taxonomy, f: Finding) -> Text:
    extra = Text()
    if f.evidence.method:
        extra.append(f"\nhow: {clean(f.evidence.method)}", style="dim")
    measured = ", ".join(f"{clean(k)}={_value(v)}" for k, v in f.evidence.measurements.items())
    if measured:
        extra.append(f"\nmeasured: {measured}", style="dim")
    if f.evidence.likelihood is not None and f.evidence.impact is not None:
        extra.append(f"\nlikelihood {f.evidence.likelihood} x impact {f.evidence.impact}"
                     + (f": {clean(f.evidence.rationale)}" if f.evidence.rationale else ""), style="dim")
    if f.mitigations:
        names = [taxonomy.mitigations[m].title if m in taxonomy.mitigations else m for m in f.mitigations]
        extra.append("\nmitigations: " + clean(", ".join(names)), style="dim")
    return extra


def _register_table(shown: ShownRegister) -> Table:
    title = "Risk register" if shown.scope == "full" else "Risk register: the threats measured here"
    table = Table(title=Text(title, style="bold"), title_justify="left", box=box.SIMPLE_HEAD,
                  caption=(Text(f"{shown.not_shown} other threats are in the full register "
                                "(modelward report)", style="dim") if shown.not_shown else None),
                  caption_justify="left")
    for name, justify in (("Threat", "left"), ("L", "right"), ("I", "right"), ("Risk", "left"),
                          ("Basis", "left"), ("Findings", "right"), ("Worst", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for e in shown.entries:
        table.add_row(
            _t(e.name), str(e.likelihood), str(e.impact),
            Text(f"{e.score:>2} {e.level}", style=LEVEL_STYLE[e.level]),
            Text(e.basis, style="bold" if e.basis == "measured" else "dim"),
            str(e.findings), _severity(e.worst),
        )
    return table


def _applied_table(report: Report) -> Table:
    table = Table(title=Text("Mitigations applied", style="bold"), title_justify="left", box=box.SIMPLE_HEAD)
    for name in ("Mitigation", "Threat", "Summary", "Before → after"):
        table.add_column(name)
    for a in report.applied:
        keys = list(dict.fromkeys([*a.before, *a.after]))
        change = "\n".join(f"{clean(k)}: {_value(a.before.get(k, '-'))} → {_value(a.after.get(k, '-'))}" for k in keys)
        table.add_row(_t(a.mitigation_id), _t(a.threat), _t(a.summary), Text(change or "-"))
    return table


def _simple_table(title: str, style: str, rows: Iterable[tuple[str, str]], second: str) -> Table:
    table = Table(title=Text(title, style=style), title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Subject", overflow="fold")
    table.add_column(second)
    for subject, text in rows:
        table.add_row(_t(subject), _t(text))
    return table


def renderables(report: Report, taxonomy: Taxonomy | None = None, verbose: bool = False) -> list[RenderableType]:
    """The report as a list of rich renderables, in reading order."""
    taxonomy = taxonomy or load_taxonomy()
    parts: list[RenderableType] = [_header(report), Text(""), _summary(report), Text("")]
    for threat_id, findings in groups_by_threat(report.findings):
        parts.append(_findings_block(taxonomy, threat_id, findings, verbose))
    if report.applied:
        parts.append(_applied_table(report))
    shown = shown_register(report, taxonomy)
    if shown.entries or shown.scope == "full":
        parts.append(_register_table(shown))
    else:
        parts.append(Text(f"Risk register: no threat measured here; the full register (modelward report) "
                          f"holds {shown.not_shown}.", style="dim"))
    if report.skipped:
        parts.append(_simple_table(f"Skipped ({len(report.skipped)})", "bold yellow",
                                   ((s.subject, s.reason) for s in report.skipped), "Reason"))
    if report.errors:
        parts.append(_simple_table(f"Errors ({len(report.errors)})", "bold red",
                                   ((e.subject, e.message) for e in report.errors), "Message"))
    return parts


def render_terminal(report: Report, console: Console | None = None, verbose: bool = False) -> None:
    """Print the report to `console` (stdout by default); `verbose` adds each finding's evidence."""
    console = console or Console(highlight=False)
    console.print(Group(*renderables(report, verbose=verbose)), highlight=False)


def terminal_text(report: Report, width: int = 100, verbose: bool = False) -> str:
    """The report as plain text, `width` columns wide (no colour codes)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False,
                      highlight=False, emoji=False, legacy_windows=False)
    render_terminal(report, console, verbose)
    return buffer.getvalue()
