"""`eradicate`: re-scan every stored version of the model, oldest first, to find the first compromised one
(the scanner through its CLI, on a verified checkout of each version from the store; a forensic checkout, so
quarantined versions are examined too, and the store logs each)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from modelward.governance.incident.contain import Runner, cli_runner
from modelward.governance.incident.record import Incident


def rescan_versions(model: str, store: str, runner: Runner = cli_runner, keyring: str | None = None,
                    fail_on: str = "high") -> list[dict[str, Any]]:
    """Per version: checked out (verified), scanned, and the verdict ("clean", "compromised", "not verified")."""
    common = ["--store", store] + (["--keyring", keyring] if keyring else [])
    rc, out = runner(["store", "list", model, "--json", "--store", store], {})
    if rc != 0:
        return [{"version": None, "verdict": "not verified", "detail": out.strip()[-300:]}]
    versions = sorted(v["number"] for v in json.loads(out[out.index("["):]) if v.get("model") == model)
    results = []
    with tempfile.TemporaryDirectory(prefix="modelward-eradicate-") as tmp:
        for number in versions:
            target = Path(tmp) / f"v{number}"
            rc, out = runner(["store", "checkout", model, str(number), str(target), "--forensic", *common], {})
            if rc != 0:
                results.append({"version": number, "verdict": "not verified", "detail": out.strip()[-300:]})
                continue
            rc, out = runner(["scan", str(target), "--fail-on", fail_on], {})
            verdict = {0: "clean", 1: "compromised"}.get(rc, "not verified")
            results.append({"version": number, "verdict": verdict, "detail": out.strip()[-300:]})
    return results


def record_eradication(incident: Incident, model: str, results: list[dict[str, Any]]) -> dict[str, Any]:
    first = next((r["version"] for r in results if r["verdict"] == "compromised"), None)
    summary = (f"{model}: first compromised version v{first}" if first is not None
               else f"{model}: no stored version found compromised")
    return incident.append("eradicate", summary, {"model": model, "first_compromised": first, "versions": results})
