"""Static analysis of Jinja2 chat templates for sandbox escapes (cf. CVE-2024-34359).

The template is never rendered or compiled: rules run over its `{{ }}` / `{% %}` code blocks
with string literals masked where a rule is about identifiers, so text such as 'system' or
'builtin_tools' in ordinary templates does not match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from modelward.core.findings import Severity

_BLOCK = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", re.DOTALL)


@dataclass(frozen=True)
class TemplateHit:
    """One rule matched: severity, rule id, technique title, the matched text and its offset."""

    severity: Severity
    rule: str
    title: str
    snippet: str
    offset: int


# (rule, severity, technique, pattern, on) where on = "code" (strings masked) or "raw" (strings kept)
_RULES: tuple[tuple[str, Severity, str, re.Pattern[str], str], ...] = (
    ("dunder", Severity.CRITICAL, "dunder attribute access", re.compile(r"__\w+__"), "raw"),
    ("private-attr", Severity.CRITICAL, "private attribute access", re.compile(r"\.\s*_\w*"), "code"),
    ("private-item", Severity.CRITICAL, "private item access", re.compile(r"\[\s*['\"]_"), "raw"),
    (
        "dunder-pieces",
        Severity.CRITICAL,
        "dunder name built from string pieces",
        re.compile(r"['\"][^'\"]*(?:__|\\x5f|\\u005f|\\137)[^'\"]*['\"]", re.IGNORECASE),
        "raw",
    ),
    (
        "attr-filter-private",
        Severity.CRITICAL,
        "attr() filter reaching a private attribute",
        re.compile(r"\battr\s*\(\s*(?!['\"][A-Za-z])"),
        "raw",
    ),
    ("attr-filter", Severity.HIGH, "attr() filter attribute access", re.compile(r"\|\s*attr\b"), "code"),
    (
        "python-escape",
        Severity.CRITICAL,
        "reference to Python internals",
        re.compile(
            r"\b(popen|subprocess|builtins|import_module|eval|exec|execfile|globals|getattr|setattr|"
            r"mro|subclasses|func_globals|f_globals|f_back|gi_frame|cr_frame|co_code)\b"
            r"|\b(os|sys|shutil|socket|pty)\s*\.\w|\.\s*(os|sys|system|popen)\b"
        ),
        "code",
    ),
    (
        "jinja-global",
        Severity.MEDIUM,
        "Jinja global used as a sandbox-escape entry point",
        re.compile(r"\b(cycler|joiner|lipsum)\b"),
        "code",
    ),
    (
        "template-load",
        Severity.HIGH,
        "template import/include (reads other templates)",
        re.compile(r"^\{%-?\s*(import|from|include|extends)\b"),
        "code",
    ),
    (
        "char-building",
        Severity.HIGH,
        "characters built with %c formatting",
        re.compile(r"%c|\|\s*format\s*\(\s*9[45]\b"),
        "raw",
    ),
)


def analyse(template: str) -> list[TemplateHit]:
    """Every rule hit in `template`, at most one per rule, worst first."""
    hits: dict[str, TemplateHit] = {}
    for block in _BLOCK.finditer(template):
        raw = block.group(0)
        code = _STRING.sub(lambda m: "'" + " " * (len(m.group(0)) - 2) + "'", raw)
        for rule, sev, title, pattern, on in _RULES:
            if rule in hits:
                continue
            m = pattern.search(raw if on == "raw" else code)
            if m:
                start = max(0, m.start() - 30)
                hits[rule] = TemplateHit(sev, rule, title, raw[start : m.end() + 30], block.start() + m.start())
    return sorted(hits.values(), key=lambda h: h.severity.rank, reverse=True)
