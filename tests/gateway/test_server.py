"""The serving process's start-up tuning."""

from __future__ import annotations

import subprocess
import sys


def test_startup_objects_are_frozen_out_of_the_collectors_view() -> None:
    # In a child process: freezing the test runner's own objects would keep them for the whole session.
    code = ("import gc\n"
            "from modelward.gateway.server import freeze_startup_objects\n"
            "junk = [[i] for i in range(200_000)]\n"
            "freeze_startup_objects()\n"
            "assert gc.get_freeze_count() >= 200_000, gc.get_freeze_count()\n"
            "assert len(gc.get_objects()) < 10_000, len(gc.get_objects())\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
