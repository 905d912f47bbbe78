"""Writing rendered reports: all formats or none (temporary files, then rename)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from modelward.core.errors import ConfigError
from modelward.core.report import Report


def _renderers() -> dict[str, tuple[str, Callable[[Report], str]]]:
    from modelward.core.render.html import to_html
    from modelward.core.render.json import to_json
    from modelward.core.render.sarif import to_sarif

    return {"json": ("json", to_json), "sarif": ("sarif", to_sarif), "html": ("html", to_html)}


FORMATS = ("json", "sarif", "html")


def atomic_write(path: Path, write: Callable[[Path], object]) -> Path:
    """Call `write` on a temporary file next to `path`, then rename it over `path`: readers never see
    a half-written file, and a failure leaves the old one (or none) in place."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def parse_formats(text: str) -> tuple[str, ...]:
    """'json,sarif' -> ('json', 'sarif'); unknown names are a ConfigError listing the known ones."""
    formats = tuple(f.strip().lower() for f in text.split(",") if f.strip())
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ConfigError(f"--format: unknown format(s) {', '.join(unknown)}; expected some of {', '.join(FORMATS)}")
    return formats


def write_reports(report: Report, formats: Sequence[str], out_dir: Path, stem: str = "report") -> list[Path]:
    """Render every format first, then move them into place, so a failure leaves nothing half-written."""
    renderers = _renderers()
    rendered = [(f"{stem}.{renderers[f][0]}", renderers[f][1](report)) for f in formats]
    out_dir.mkdir(parents=True, exist_ok=True)
    temps: list[tuple[str, Path]] = []
    try:
        for name, text in rendered:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", dir=out_dir)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            temps.append((name, Path(tmp_name)))
        written = []
        for name, tmp_path in temps:
            os.replace(tmp_path, out_dir / name)
            written.append(out_dir / name)
        return written
    finally:
        for _, leftover in temps:
            leftover.unlink(missing_ok=True)
