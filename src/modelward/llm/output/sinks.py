"""Sink-aware output handling: what makes model output dangerous depends on where it goes.

`escape(text, sink)` makes the text inert for its sink: HTML (every markup character an entity), Markdown
(control characters backslash-escaped, raw HTML as entities: no link, image, code or tag survives), SQL
(a string literal: quotes doubled, wrapped in quotes; NUL refused), shell (one single-quoted argument),
JSON (a JSON string). `dangers(text, sink)` names what would have been active there (script tags, event
handlers, javascript: URLs; stacked SQL statements, comments, tautologies; command substitution, pipes,
redirections), so a policy can block instead of escaping and the audit says why.
"""

from __future__ import annotations

import html
import json
import re
import shlex

SINKS = ("html", "markdown", "sql", "shell", "json", "text")

_HTML_ACTIVE = (
    ("script tag", re.compile(r"<\s*/?\s*script\b", re.I)),
    ("event handler attribute", re.compile(r"<[^>]*\s(?:on[a-z]+)\s*=", re.I)),
    ("javascript: URL", re.compile(r"(?:java|vb)\s*script\s*:", re.I)),
    ("data:text/html URL", re.compile(r"data\s*:\s*text/html", re.I)),
    ("active element", re.compile(r"<\s*(?:iframe|object|embed|svg|math|form|base|meta|link|style|img|video|audio|"
                                  r"input|button|textarea|details|marquee|template)\b", re.I)),
    ("HTML tag", re.compile(r"<\s*[a-z!/?]", re.I)),
)
_SQL_DANGER = (
    ("stacked statement", re.compile(r";\s*\S")),
    ("comment", re.compile(r"--|/\*|#")),
    ("tautology", re.compile(r"\b(?:or|and)\s+(?:'[^']*'\s*=\s*'[^']*'|\d+\s*=\s*\d+|true)\b", re.I)),
    ("union", re.compile(r"\bunion\b(?:\s+all)?\s+select\b", re.I)),
    ("data or schema change", re.compile(r"\b(?:insert|update|delete|drop|alter|create|truncate|grant|revoke|"
                                         r"attach|pragma|exec(?:ute)?|merge|replace)\b", re.I)),
    ("quote", re.compile(r"['\"`]")),
)
_SHELL_DANGER = (
    ("command substitution", re.compile(r"\$\(|`")),
    ("command separator", re.compile(r"[;&|\n]")),
    ("redirection", re.compile(r"[<>]")),
    ("variable or glob expansion", re.compile(r"\$|[*?\[\]{}~]")),
    ("quote or escape", re.compile(r"['\"\\]")),
)
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


class SinkError(ValueError):
    """The text cannot be made safe for the sink (e.g. a NUL byte for SQL)."""


def escape(text: str, sink: str) -> str:
    """The text made inert for `sink` (see the module docstring)."""
    if sink == "html":
        return html.escape(text, quote=True).replace("`", "&#96;")
    if sink == "markdown":
        entities = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return _MD_SPECIAL.sub(r"\\\1", entities)
    if sink == "sql":
        if "\x00" in text:
            raise SinkError("a NUL byte cannot go into an SQL string literal")
        return "'" + text.replace("'", "''") + "'"
    if sink == "shell":
        return shlex.quote(text)
    if sink == "json":
        return json.dumps(text, ensure_ascii=True)
    if sink == "text":
        return text
    raise ValueError(f"unknown sink {sink!r}; expected one of {', '.join(SINKS)}")


def dangers(text: str, sink: str) -> list[str]:
    """What in `text` would be active in `sink` if it went there unescaped."""
    table = {"html": _HTML_ACTIVE, "markdown": _HTML_ACTIVE, "sql": _SQL_DANGER, "shell": _SHELL_DANGER}.get(sink, ())
    found = [name for name, pattern in table if pattern.search(text)]
    if sink == "json":
        try:
            json.loads(text)
        except ValueError:
            found.append("not valid JSON")
    return found
