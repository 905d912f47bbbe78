"""Each tool's command line and how its output becomes (detected, blocked): `detected` is the findings-mode
verdict (a finding at >= medium, or the tool's own "dangerous" verdict), `blocked` the fail-closed one
(any error or non-clean exit blocks the file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ANCHOR_BIN = REPO / "bench" / ".venv-scan" / "bin"
MAIN_BIN = Path(sys.executable).parent
TIMEOUT_S = 300
QUIET_ENV = {**os.environ, "PROMPTFOO_DISABLE_TELEMETRY": "1", "MODELAUDIT_DISABLE_TELEMETRY": "1",
             "DO_NOT_TRACK": "1", "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}


@dataclass(frozen=True)
class Verdict:
    detected: bool
    blocked: bool
    seconds: float
    note: str = ""


@dataclass(frozen=True)
class Tool:
    name: str
    argv: Callable[[Path, Path], list[str]]  # (target, scratch dir) -> command line
    judge: Callable[[int, str, Path], tuple[bool, bool, str]]  # (rc, stdout, scratch) -> (detected, error, note)

    def available(self) -> bool:
        return Path(self.argv(Path("x"), Path("y"))[0]).exists()

    def run(self, target: Path) -> Verdict:
        target = target.resolve()  # the tools run in a scratch folder
        with tempfile.TemporaryDirectory() as scratch:
            start = time.perf_counter()
            try:
                proc = subprocess.run(self.argv(target, Path(scratch)), capture_output=True, text=True,
                                      timeout=TIMEOUT_S, env=QUIET_ENV, cwd=scratch, check=False)
            except subprocess.TimeoutExpired:
                return Verdict(False, True, time.perf_counter() - start, "timeout")
            seconds = time.perf_counter() - start
            try:
                detected, error, note = self.judge(proc.returncode, proc.stdout, Path(scratch))
            except (ValueError, KeyError, OSError) as exc:  # unparsable output: the tool failed
                detected, error, note = False, True, f"output not understood ({type(exc).__name__})"
            last_err = (proc.stderr.strip().splitlines() or [""])[-1][:120]
            blocked = proc.returncode != 0 or error
            return Verdict(detected, blocked, seconds, note or (last_err if blocked else ""))


def _modelward(rc: int, out: str, _: Path) -> tuple[bool, bool, str]:
    """Caught = exit 1 at the default --fail-on high (what a CI gate sees); a benign file is also counted
    as a false positive when it has any finding at medium or above (see run.py)."""
    report = json.loads(out)
    medium = any(f["severity"] in ("medium", "high", "critical") for f in report["findings"])
    errors = report["errors"]
    return rc == 1 or medium, bool(errors), errors[0]["message"][:100] if errors else ""


def _picklescan(rc: int, out: str, _: Path) -> tuple[bool, bool, str]:
    return rc == 1, rc not in (0, 1), "" if rc in (0, 1) else f"exit {rc}"


def _modelscan(rc: int, out: str, scratch: Path) -> tuple[bool, bool, str]:
    report = json.loads((scratch / "ms.json").read_text())
    hit = any(i.get("severity") in ("MEDIUM", "HIGH", "CRITICAL") for i in report.get("issues", []))
    errors = report.get("errors") or []
    return hit, bool(errors), str(errors[0])[:100] if errors else ""


def _fickling(rc: int, out: str, _: Path) -> tuple[bool, bool, str]:
    report = json.loads(out)
    errors = report["errors"]
    # findings mode: SUSPICIOUS (2 of 0..5) or worse; fail-closed: anything but LIKELY_SAFE, or an error
    return report["severity"] >= 2, bool(errors) or report["severity"] >= 1, errors[0][:100] if errors else ""


def _modelaudit(rc: int, out: str, _: Path) -> tuple[bool, bool, str]:
    report = json.loads(out[out.index("{"):])
    hit = any(i.get("severity") in ("warning", "critical") for i in report.get("issues", []))
    return hit, bool(report.get("has_errors")), ""


TOOLS = [
    Tool("modelward", lambda t, s: [str(MAIN_BIN / "modelward"), "scan", str(t), "--json"], _modelward),
    Tool("picklescan", lambda t, s: [str(ANCHOR_BIN / "picklescan"), "-p", str(t)], _picklescan),
    Tool("modelscan", lambda t, s: [str(ANCHOR_BIN / "modelscan"), "-p", str(t), "-r", "json", "-o",
                                    str(s / "ms.json")], _modelscan),
    Tool("fickling", lambda t, s: [str(ANCHOR_BIN / "python"), str(HERE / "fickling_scan.py"), str(t)], _fickling),
    Tool("modelaudit", lambda t, s: [str(ANCHOR_BIN / "modelaudit"), "scan", str(t), "--format", "json",
                                     "--no-cache", "-q"], _modelaudit),
]
