"""Threat modelling as code and incident response.

    from modelward.governance import load_system, threat_model
    model = threat_model(load_system("system.yaml"))
    for threat in model.ranked():
        print(threat.residual_level, threat.threat, threat.component, threat.status)

Names are imported on first use; PyYAML and jsonschema come from the `governance` extra.
"""

from __future__ import annotations

import importlib
from typing import Any

_NAMES = {
    "System": "system", "load_system": "system", "system_from_text": "system", "system_schema": "system",
    "ThreatModel": "model", "ThreatInstance": "model", "threat_model": "model",
    "to_report": "register", "diff_models": "diff",
}

__all__ = sorted(_NAMES)


def __getattr__(name: str) -> Any:
    if name in _NAMES:
        return getattr(importlib.import_module(f"modelward.governance.{_NAMES[name]}"), name)
    raise AttributeError(f"module 'modelward.governance' has no attribute {name!r}")
