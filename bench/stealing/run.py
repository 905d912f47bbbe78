"""Run every stealing benchmark (modelward only; add --anchors to extraction.py for ART)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
SCRIPTS = ("extraction.py", "detection.py", "watermark.py")


def main() -> int:
    failed = [s for s in SCRIPTS if subprocess.run([sys.executable, str(HERE / s)], check=False).returncode]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
