"""Checks of tool-call argument values by what they are: a file path, a URL, a command line, or a plain
value. Each returns the problems found (empty: the value passes); none of them touches the file system
or the network.

- path: no NUL, no `..` that leaves the allowed roots (after %-decoding and with `\\` read as `/`), no
  home (`~`) or drive (`C:`) or UNC prefix; relative paths are taken under the first root.
- url: scheme http(s) only, no credentials in the URL, and no private, loopback, link-local, reserved,
  multicast or unspecified address, whatever its spelling (decimal `2130706433`, hex `0x7f.1`, octal
  `0177.0.0.1`, short `127.1`, IPv4-mapped IPv6, `localhost`, `*.internal`, metadata hosts). A host name
  is not resolved: DNS that points a public name at a private address (rebinding) is not caught here;
  `allowed_hosts` closes that, and so does an egress proxy.
- command: the program must be allowlisted, and no shell metacharacter may appear (the line is meant
  for an argv, never a shell).
- plain: no shell metacharacters, newlines or leading dash (option injection) where a plain value is
  expected.
"""

from __future__ import annotations

import ipaddress
import posixpath
import re
import shlex
import urllib.parse
from collections.abc import Sequence

SHELL_META = re.compile(r"[;&|`$<>(){}\[\]*?!~\\\n\r\x00'\"]")
_BLOCKED_HOSTS = re.compile(r"^(?:localhost|.*\.localhost|.*\.local|.*\.internal|.*\.intranet|.*\.lan|.*\.home\.arpa|"
                            r"metadata|metadata\.google\.internal|instance-data|.*\.corp)\.?$")
_EMBEDDED_IP = re.compile(r"(?<![\d])\d{1,3}[.-]\d{1,3}[.-]\d{1,3}[.-]\d{1,3}(?![\d])")
_METADATA_IPS = frozenset({"169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254"})


def check_path(value: str, roots: Sequence[str] = ()) -> list[str]:
    """Problems with `value` as a file path confined to `roots` (default: relative paths only)."""
    problems = []
    if "\x00" in value:
        return ["the path holds a NUL byte"]
    decoded = urllib.parse.unquote(value).replace("\\", "/")
    if decoded != value.replace("\\", "/"):
        problems.append("the path is %-encoded")
    if decoded.startswith("~"):
        problems.append("the path starts at a home directory (~)")
    if re.match(r"^[a-zA-Z]:", decoded) or decoded.startswith("//"):
        problems.append("the path names a drive or a network share")
    normalised_roots = [posixpath.normpath(r) for r in roots] or []
    if decoded.startswith("/"):
        full = posixpath.normpath(decoded)
        if not any(full == r or full.startswith(r.rstrip("/") + "/") for r in normalised_roots):
            problems.append(f"the absolute path {full!r} is outside the allowed roots"
                            + (f" ({', '.join(normalised_roots)})" if normalised_roots else " (none allowed)"))
    else:
        base = normalised_roots[0] if normalised_roots else "/__root__"
        full = posixpath.normpath(posixpath.join(base, decoded))
        if not (full == base or full.startswith(base.rstrip("/") + "/")):
            problems.append("the path climbs out of its root with '..' (path traversal)")
    return problems


def _ip_from_host(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host string names when it is an IP literal in any spelling inet_aton accepts."""
    h = host.strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(h.split("%")[0])
    except ValueError:
        pass
    parts = h.split(".")
    if not 1 <= len(parts) <= 4 or not all(re.fullmatch(r"0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*", p) for p in parts):
        return None
    try:
        nums = [int(p, 16) if p.startswith("0x") else int(p, 8) if p.startswith("0") and len(p) > 1 else int(p)
                for p in parts]
    except ValueError:
        return None
    *head, last = nums
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        return None
    value = 0
    for n in head:
        value = value * 256 + n
    value = value * 256 ** (4 - len(head)) + last
    return ipaddress.IPv4Address(value)


def private_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why `ip` is not a public internet address, or None."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return private_address(ip.ipv4_mapped)
    if str(ip) in _METADATA_IPS:
        return "a cloud metadata address"
    for attr, what in (("is_loopback", "loopback"), ("is_private", "private"), ("is_link_local", "link-local"),
                       ("is_multicast", "multicast"), ("is_unspecified", "unspecified"), ("is_reserved", "reserved")):
        if getattr(ip, attr):
            return f"a {what} address"
    if not ip.is_global:
        return "not a global address"
    return None


def check_url(value: str, allowed_hosts: Sequence[str] = (), schemes: Sequence[str] = ("https", "http")) -> list[str]:
    """Problems with `value` as a URL a tool may fetch (server-side request forgery)."""
    if any(ch in value for ch in "\x00\r\n\t ") or not value.isprintable():
        return ["the URL holds whitespace or control characters"]
    try:
        parts = urllib.parse.urlsplit(value)
        host = (parts.hostname or "").lower()
        _ = parts.port
    except ValueError as exc:
        return [f"the URL does not parse: {exc}"]
    problems = []
    if parts.scheme.lower() not in schemes:
        problems.append(f"scheme {parts.scheme or 'none'!r} is not allowed ({', '.join(schemes)})")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        problems.append("the URL carries credentials (user@host)")
    if not host:
        return [*problems, "the URL names no host"]
    host = urllib.parse.unquote(host)
    if allowed_hosts:
        if not any(host == h or host.endswith("." + h) for h in (a.lower().rstrip(".") for a in allowed_hosts)):
            problems.append(f"host {host!r} is not in the allowed hosts")
        return problems
    ip = _ip_from_host(host)
    if ip is not None:
        why = private_address(ip)
        if why:
            problems.append(f"host {host!r} is {why} ({ip}): requests to internal networks are not allowed")
    elif _BLOCKED_HOSTS.match(host):
        problems.append(f"host {host!r} names an internal network")
    else:
        for m in _EMBEDDED_IP.finditer(host):  # 10.0.0.1.nip.io, 127-0-0-1.sslip.io: wildcard DNS to a private address
            embedded = _ip_from_host(re.sub(r"[-]", ".", m.group(0)))
            why = private_address(embedded) if embedded is not None else None
            if why:
                problems.append(f"host {host!r} embeds {why} ({embedded}), which wildcard DNS resolves to")
                break
    return problems


def check_command(value: str, allowed_programs: Sequence[str] = ()) -> list[str]:
    """Problems with `value` as a command line (run as an argv, never through a shell)."""
    if SHELL_META.search(value.replace("'", "").replace('"', "")) or "\n" in value:
        return ["the command holds shell metacharacters"]
    try:
        argv = shlex.split(value)
    except ValueError as exc:
        return [f"the command does not parse: {exc}"]
    if not argv:
        return ["the command is empty"]
    program = posixpath.basename(argv[0])
    if program not in allowed_programs:
        return [f"program {program!r} is not allowed" + (f" (allowed: {', '.join(allowed_programs)})"
                                                          if allowed_programs else " (none allowed)")]
    return []


def check_plain(value: str, max_chars: int = 1000) -> list[str]:
    """Problems with `value` where a plain value is expected (a name, an id, a search term)."""
    problems = []
    if SHELL_META.search(value):
        problems.append("the value holds shell metacharacters")
    if value.startswith("-"):
        problems.append("the value starts with '-' (it would be read as an option)")
    if len(value) > max_chars:
        problems.append(f"the value is longer than {max_chars} characters")
    return problems
