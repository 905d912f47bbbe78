"""Dependency audit against an offline OSV database (one advisory JSON per file, as OSV exports).

Sources: requirements.txt (with -r includes), pyproject.toml (PEP 621 dependencies,
optional-dependencies and PEP 735 dependency-groups), or the running environment
("environment", via importlib.metadata). Pinned versions are matched exactly; a range is
evaluated against each advisory's affected versions and reported once with every advisory it
allows. Severity comes from the CVSS v3 vector when present, else the advisory's own label.
"""

from __future__ import annotations

import math
import re
import tomllib
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError, DataError
from modelward.core.findings import Finding, Severity
from modelward.scan.base import FormatError
from modelward.scan.findings import finding, limit_finding
from modelward.scan.jsonsafe import load_json
from modelward.scan.limits import DEFAULT_LIMITS, LimitReached, Limits

MITIGATIONS = ("dependency-audit",)
ENVIRONMENT = "environment"
MAX_INCLUDE_DEPTH = DEFAULT_LIMITS.max_nesting_depth


@dataclass(frozen=True)
class Dependency:
    """One requirement: name, its specifier text, the exact version if pinned, where it was read."""

    name: str
    specifier: str
    version: str | None
    file: str
    line: int | None = None
    url: str | None = None


@dataclass(frozen=True)
class Advisory:
    """The parts of an OSV record the audit uses."""

    id: str
    aliases: tuple[str, ...]
    summary: str
    severity: Severity
    cvss: float | None
    affected: tuple[dict[str, Any], ...]  # OSV `affected` entries for this package

    def matches(self, version: str) -> bool:
        return any(_affects(a, version) for a in self.affected)

    @property
    def fixed(self) -> tuple[str, ...]:
        out = {
            e["fixed"]
            for a in self.affected
            for r in a.get("ranges", [])
            for e in r.get("events", [])
            if isinstance(e, dict) and "fixed" in e
        }
        return tuple(sorted(out, key=_sort_key))


def normalize(name: str) -> str:
    """PEP 503 name normalisation."""
    return re.sub(r"[-_.]+", "-", name).lower()


# ----------------------------------------------------------------------------- sources


def read_dependencies(source: Path | str) -> tuple[list[Dependency], list[Finding]]:
    """Dependencies declared by a requirements file, a pyproject.toml or the environment."""
    if str(source) == ENVIRONMENT and not Path(source).exists():
        return _environment(), []
    path = Path(source)
    if not path.is_file():
        raise DataError(f"{path}: not a file (expected requirements.txt, pyproject.toml or 'environment')")
    if path.name == "pyproject.toml" or path.suffix == ".toml":
        return _pyproject(path)
    return _requirements(path, 0)


def _environment() -> list[Dependency]:
    from importlib import metadata

    seen: dict[str, Dependency] = {}
    for dist in metadata.distributions():
        name = dist.name
        if name and normalize(name) not in seen:
            seen[normalize(name)] = Dependency(name, f"=={dist.version}", dist.version, ENVIRONMENT)
    return sorted(seen.values(), key=lambda d: normalize(d.name))


def _parse_requirement(text: str, file: str, line: int | None) -> Dependency | Finding:
    from packaging.requirements import InvalidRequirement, Requirement

    try:
        req = Requirement(text)
    except InvalidRequirement as exc:
        return _finding(
            "unparsed", Severity.LOW, f"Requirement not understood: {text[:120]!r}", file, line, {"error": str(exc)}
        )
    specs = list(req.specifier)
    version = None
    if len(specs) == 1 and specs[0].operator in ("==", "===") and "*" not in specs[0].version:
        version = specs[0].version
    return Dependency(req.name, str(req.specifier), version, file, line, req.url)


def _requirements(path: Path, depth: int) -> tuple[list[Dependency], list[Finding]]:
    deps: list[Dependency] = []
    notes: list[Finding] = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc}); expected a requirements file") from None
    buf, start = "", 0
    for i, raw in enumerate(lines, 1):
        if not buf:
            start = i
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        line, buf = (buf + line).strip(), ""
        if not line:
            continue
        if line.startswith(("-r", "--requirement")):
            inc = path.parent / re.sub(r"^(-r|--requirement)[=\s]*", "", line)
            if depth >= MAX_INCLUDE_DEPTH or not inc.is_file():
                why = "include depth limit" if depth >= MAX_INCLUDE_DEPTH else "file not found"
                notes.append(
                    _finding("unparsed", Severity.LOW, f"Include not followed ({why}): {line}", str(path), start, {})
                )
                continue
            more, more_notes = _requirements(inc, depth + 1)
            deps += more
            notes += more_notes
            continue
        if line.startswith("-"):
            continue  # pip options (--index-url, -c, -e ., --hash on its own line)
        line = re.split(r"\s+--?[a-z]", line, maxsplit=1)[0]  # trailing per-requirement options
        parsed = _parse_requirement(line, str(path), start)
        (deps if isinstance(parsed, Dependency) else notes).append(parsed)  # type: ignore[arg-type]
    return deps, notes


def _pyproject(path: Path) -> tuple[list[Dependency], list[Finding]]:
    text = path.read_text("utf-8", "replace")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"{path}: invalid TOML ({exc})") from None
    project = data.get("project", {})
    reqs: list[str] = list(project.get("dependencies", []))
    for group in project.get("optional-dependencies", {}).values():
        reqs += group
    for group in data.get("dependency-groups", {}).values():
        reqs += [r for r in group if isinstance(r, str)]
    deps: list[Dependency] = []
    notes: list[Finding] = []
    own = normalize(str(project.get("name", "")))
    for r in reqs:
        if not isinstance(r, str):
            continue
        line = next((i for i, ln in enumerate(text.splitlines(), 1) if r in ln), None)
        parsed = _parse_requirement(r, str(path), line)
        if isinstance(parsed, Dependency):
            if normalize(parsed.name) != own:  # self-references such as "pkg[extra]"
                deps.append(parsed)
        else:
            notes.append(parsed)
    return deps, notes


# ----------------------------------------------------------------------------- database

_NAME = re.compile(rb'"name"\s*:\s*"([^"]{1,200})"')


def _records(db: Path, limits: Limits, unread: list[LimitReached]) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of each advisory file; what the limits leave out is recorded in `unread`."""
    cap, count, too_big = limits.max_config_bytes, 0, 0
    if db.is_file() and zipfile.is_zipfile(db):
        with zipfile.ZipFile(db) as zf:
            infos = [i for i in zf.infolist() if i.filename.endswith(".json")]
            count = len(infos)
            for info in infos[: limits.max_archive_members]:
                if info.file_size <= cap:
                    yield info.filename, zf.read(info)
                else:
                    too_big += 1
    elif db.is_dir():
        for n, p in enumerate(sorted(db.rglob("*.json"))):
            count = n + 1
            if n >= limits.max_archive_members:
                continue
            if p.is_file() and p.stat().st_size <= cap:
                yield str(p), p.read_bytes()
            elif p.is_file():
                too_big += 1
    else:
        raise ConfigError(f"--vuln-db {db}: not a directory or zip of OSV JSON files")
    if count > limits.max_archive_members:
        unread.append(LimitReached("max_archive_members", f"{count} advisory files in {db}; only the first "
                                   f"{limits.max_archive_members} were read (limits.max_archive_members)"))
    if too_big:
        unread.append(LimitReached("max_config_bytes", f"{too_big} advisory files in {db} larger than "
                                   "limits.max_config_bytes were not read"))


def load_advisories(db: Path, names: Iterable[str], limits: Limits = DEFAULT_LIMITS,
                    unread: list[LimitReached] | None = None) -> dict[str, list[Advisory]]:
    """PyPI advisories in an OSV export for the given (normalised) package names; what the limits left
    unread is appended to `unread`."""
    wanted = {normalize(n) for n in names}
    out: dict[str, list[Advisory]] = {}
    for where, raw in _records(db, limits, unread if unread is not None else []):
        if not {normalize(m.decode("utf-8", "replace")) for m in _NAME.findall(raw)} & wanted:
            continue
        try:
            rec = load_json(raw, limits, where)
        except (FormatError, LimitReached) as exc:
            raise ConfigError(f"--vuln-db: {exc}") from None
        if not isinstance(rec, dict) or rec.get("withdrawn"):
            continue
        by_pkg: dict[str, list[dict[str, Any]]] = {}
        for a in rec.get("affected", []):
            pkg = a.get("package", {}) if isinstance(a, dict) else {}
            if pkg.get("ecosystem") == "PyPI" and normalize(str(pkg.get("name", ""))) in wanted:
                by_pkg.setdefault(normalize(pkg["name"]), []).append(a)
        if not by_pkg:
            continue
        severity, score = _severity(rec)
        for pkg, affected in by_pkg.items():
            out.setdefault(pkg, []).append(
                Advisory(
                    str(rec.get("id", where)),
                    tuple(str(x) for x in rec.get("aliases", [])),
                    str(rec.get("summary") or rec.get("details", ""))[:300],
                    severity,
                    score,
                    tuple(affected),
                )
            )
    return out


# ----------------------------------------------------------------------------- versions


def _version(v: str) -> Any:
    from packaging.version import InvalidVersion, Version

    try:
        return Version(v)
    except InvalidVersion:
        return None


def _sort_key(v: str) -> tuple[int, Any]:
    parsed = _version(v)
    return (1, parsed) if parsed is not None else (0, v)


def _affects(affected: dict[str, Any], version: str) -> bool:
    """OSV semantics: listed `versions`, or inside an ECOSYSTEM range's introduced/fixed/last_affected."""
    v = _version(version)
    listed = affected.get("versions", [])
    if version in listed or (v is not None and any(_version(x) == v for x in listed if isinstance(x, str))):
        return True
    if v is None:
        return False
    for rng in affected.get("ranges", []):
        if rng.get("type") not in ("ECOSYSTEM", "SEMVER"):
            continue
        events = []
        for e in rng.get("events", []):
            for kind in ("introduced", "fixed", "last_affected"):
                if kind in e:
                    ev = _version("0" if e[kind] == "0" else str(e[kind]))
                    if ev is not None:
                        events.append((ev, kind))
        hit = False
        for ev, kind in sorted(events, key=lambda x: (x[0], x[1] != "introduced")):
            if kind == "introduced" and v >= ev:
                hit = True
            elif (kind == "fixed" and v >= ev) or (kind == "last_affected" and v > ev):
                hit = False
        if hit:
            return True
    return False


def _candidates(advisory: Advisory, specifier: str) -> list[str]:
    """Versions worth testing against a range: the advisory's and the specifier's boundaries."""
    from packaging.specifiers import SpecifierSet

    out: set[str] = set()
    for a in advisory.affected:
        out |= {str(x) for x in a.get("versions", [])}
        for r in a.get("ranges", []):
            for e in r.get("events", []):
                out |= {str(e[k]) for k in ("introduced", "last_affected") if k in e}
    for spec in SpecifierSet(specifier):
        base = spec.version.rstrip(".*")
        out |= {base, f"{base}.post0", f"{base}.0"}
    return sorted((c for c in out if _version(c) is not None), key=_sort_key)


def allowed_affected(advisory: Advisory, specifier: str) -> list[str]:
    """Affected versions that `specifier` allows (from the advisory's and the range's boundaries)."""
    from packaging.specifiers import SpecifierSet

    spec = SpecifierSet(specifier)
    return [c for c in _candidates(advisory, specifier) if spec.contains(c, prereleases=True) and advisory.matches(c)]


# ----------------------------------------------------------------------------- severity

_V3 = {
    "AV": {"N": 0.85, "A": 0.62, "L": 0.55, "P": 0.2},
    "AC": {"L": 0.77, "H": 0.44},
    "UI": {"N": 0.85, "R": 0.62},
    "CIA": {"H": 0.56, "L": 0.22, "N": 0.0},
}


def cvss3_score(vector: str) -> float | None:
    """CVSS v3.x base score from its vector string (FIRST specification), or None if malformed."""
    try:
        m = dict(p.split(":", 1) for p in vector.split("/")[1:])
        changed = m["S"] == "C"
        pr = {"N": 0.85, "L": 0.68 if changed else 0.62, "H": 0.5 if changed else 0.27}[m["PR"]]
        iss = 1 - math.prod(1 - _V3["CIA"][m[k]] for k in ("C", "I", "A"))
        impact = 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 if changed else 6.42 * iss
        expl = 8.22 * _V3["AV"][m["AV"]] * _V3["AC"][m["AC"]] * pr * _V3["UI"][m["UI"]]
    except (KeyError, ValueError):
        return None
    if impact <= 0:
        return 0.0
    raw = min((1.08 if changed else 1.0) * (impact + expl), 10.0)
    i = round(raw * 100_000)
    return i / 100_000 if i % 10_000 == 0 else (math.floor(i / 10_000) + 1) / 10.0


def _from_score(score: float) -> Severity:
    if score >= 9.0:
        return Severity.CRITICAL
    if score >= 7.0:
        return Severity.HIGH
    if score >= 4.0:
        return Severity.MEDIUM
    return Severity.LOW if score > 0 else Severity.INFO


_LABELS = {"CRITICAL": Severity.CRITICAL, "HIGH": Severity.HIGH, "MODERATE": Severity.MEDIUM,
           "MEDIUM": Severity.MEDIUM, "LOW": Severity.LOW}  # fmt: skip


def _severity(rec: dict[str, Any]) -> tuple[Severity, float | None]:
    for s in rec.get("severity", []) or []:
        if isinstance(s, dict) and s.get("type") == "CVSS_V3":
            score = cvss3_score(str(s.get("score", "")))
            if score is not None:
                return _from_score(score), score
    label = str((rec.get("database_specific") or {}).get("severity", "")).upper()
    return _LABELS.get(label, Severity.MEDIUM), None


# ----------------------------------------------------------------------------- audit


def _finding(
    check: str, sev: Severity, title: str, file: str, line: int | None, measurements: dict[str, Any], desc: str = ""
) -> Finding:
    return finding(f"deps.{check}", sev, title, file, description=desc, row=line, file_risk=False,
                   method="offline OSV database match (packaging.version)", measurements=measurements,
                   mitigations=MITIGATIONS)


def _ids(a: Advisory) -> str:
    return ", ".join([a.id, *a.aliases])


def audit_dependencies(source: Path | str, vuln_db: Path | None, limits: Limits = DEFAULT_LIMITS) -> list[Finding]:
    """Findings for every dependency with a known advisory, every range that allows one, every loose pin."""
    deps, findings = read_dependencies(source)
    unread: list[LimitReached] = []
    db = load_advisories(Path(vuln_db), [d.name for d in deps], limits, unread) if vuln_db is not None else {}
    findings += [limit_finding("deps", reached, str(vuln_db)) for reached in unread]
    if vuln_db is None:
        findings.append(
            _finding("no-database", Severity.INFO, "Advisories not checked: no vulnerability database given",
                     str(source), None, {"dependencies": len(deps)}, "Pass --vuln-db DIR (an OSV export).")
        )  # fmt: skip
    for d in deps:
        advisories = db.get(normalize(d.name), [])
        if d.url:
            findings.append(
                _finding("unverifiable", Severity.LOW, f"{d.name} comes from a URL; its version cannot be audited",
                         d.file, d.line, {"package": d.name, "url": d.url[:300]})
            )  # fmt: skip
        elif d.version is not None:
            findings += [_pinned(d, a) for a in advisories if a.matches(d.version)]
        else:
            findings.append(_ranged(d, advisories))
    return findings


def _pinned(d: Dependency, a: Advisory) -> Finding:
    current = _version(d.version or "")
    later = [f for f in a.fixed if current is not None and (_version(f) or current) > current]
    fixed = later or list(a.fixed)
    return _finding(
        "vulnerable",
        a.severity,
        f"{d.name} {d.version} is affected by {_ids(a)}" + (f"; fixed in {', '.join(fixed)}" if fixed else ""),
        d.file,
        d.line,
        {
            "package": d.name,
            "installed": d.version,
            "advisory": a.id,
            "aliases": ", ".join(a.aliases),
            "fixed": ", ".join(fixed),
            "cvss": a.cvss,
            "summary": a.summary,
        },
        a.summary,
    )


def _ranged(d: Dependency, advisories: list[Advisory]) -> Finding:
    spec = d.specifier or "(any version)"
    hits = [(a, allowed_affected(a, d.specifier)) for a in advisories]
    hits = [(a, v) for a, v in hits if v]
    if not hits:
        return _finding("unpinned", Severity.INFO, f"{d.name} {spec} is not pinned to one version", d.file, d.line,
                        {"package": d.name, "specifier": d.specifier, "advisories_allowed": 0})  # fmt: skip
    worst = max(a.severity for a, _ in hits)
    fixes = [f for a, _ in hits for f in a.fixed]
    floor = max(fixes, key=_sort_key) if fixes and all(a.fixed for a, _ in hits) else ""
    ids = "; ".join(_ids(a) for a, _ in hits)
    return _finding(
        "range-vulnerable",
        worst,
        f"{d.name} {spec} (not pinned) allows versions affected by {len(hits)} advisories: {ids[:300]}",
        d.file,
        d.line,
        {
            "package": d.name,
            "specifier": d.specifier,
            "advisories": ids[:1000],
            "affected_examples": ", ".join(v[-1] for _, v in hits)[:300],
            "safe_from": floor,
        },
        f"Pin {d.name} to a version >= {floor}." if floor else "No fixed version is known for every advisory.",
    )
