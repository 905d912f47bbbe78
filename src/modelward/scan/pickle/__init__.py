"""Pickle analysis without unpickling: a symbolic VM (vm.py), where unknown globals lead (reach.py) and
the judge of what the VM saw (analyse.py)."""

from __future__ import annotations

from modelward.scan.pickle.analyse import Where, analyse_bytes, analyse_stream, judge_trace, run_pickles

__all__ = ["Where", "analyse_bytes", "analyse_stream", "judge_trace", "run_pickles"]
