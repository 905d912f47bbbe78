"""LLM applications: prompt-injection detection, tool-call policy and output guards (registered guards),
for the LLM proxy and red-team probes.

    from modelward.llm import InjectionDetector
    InjectionDetector.default().score("Ignore all previous instructions").flagged   # True

Everything here runs offline on a CPU: the injection model is trained here from generated data and
shipped as JSON + npz weights (no pickle, no hub download).
"""

from __future__ import annotations

from typing import Any

__all__ = ["InjectionDetector"]


def __getattr__(name: str) -> Any:
    if name == "InjectionDetector":
        from modelward.llm.injection.detector import InjectionDetector

        return InjectionDetector
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
