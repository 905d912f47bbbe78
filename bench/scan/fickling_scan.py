"""Run inside the anchors' venv: fickling's library verdict for one file or folder, as JSON on stdout.

Zip archives go through `fickling.scan_zip_archive`, everything else through `fickling.scan_file`
(both `graceful=True`); a folder is every file under it. Prints {"severity": 0..5, "errors": [...]}.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import fickling


def verdict(path: Path) -> tuple[int, list[str]]:
    try:
        if zipfile.is_zipfile(path):
            results = list(fickling.scan_zip_archive(str(path), graceful=True).values())
        else:
            results = [fickling.scan_file(str(path), graceful=True)]
    except Exception as exc:  # a crash is an error of the tool, counted as such
        return 0, [f"{type(exc).__name__}: {exc}"]
    return max((r.severity.value[0] for r in results), default=0), [e for r in results for e in r.errors]


def main() -> None:
    root = Path(sys.argv[1])
    files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
    worst, errors = 0, []
    for f in files:
        sev, errs = verdict(f)
        worst = max(worst, sev)
        errors += errs
    print(json.dumps({"severity": worst, "errors": errors}))


if __name__ == "__main__":
    main()
