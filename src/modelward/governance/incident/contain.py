"""`contain`: act through the other capabilities' public command-line interfaces, never around them.

- revoke an API key: `modelward api-keys revoke KEY --policy P`; the gateway refuses the key (within
  its key_cache_s);
- roll back a model: `modelward store verify` / `store promote`; the stage moves to the newest earlier
  version that *verifies*, and the incident version stays in the store as evidence;
- revoke the signing key: `modelward signing-keys rotate --revoke`; signatures by the old key are refused,
  so verification fails closed;
- quarantine a version: the model store offers no such operation yet; recorded as not done, with why.

Each action is run by a `Runner` (the real one starts `python -m modelward`; tests may pass another), and its
command, exit status and output go into the timeline, whether it succeeded or not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from modelward.governance.incident.record import Incident

Runner = Callable[[list[str], Mapping[str, str]], tuple[int, str]]
TIMEOUT_S = 120


def cli_runner(argv: list[str], env: Mapping[str, str]) -> tuple[int, str]:
    """Run `python -m modelward ARGV` with extra environment; (exit status, last 2000 characters of output)."""
    try:
        proc = subprocess.run([sys.executable, "-m", "modelward", *argv], capture_output=True, text=True,
                              env={**os.environ, **env}, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return 124, f"timed out after {TIMEOUT_S} s"
    return proc.returncode, (proc.stdout + proc.stderr)[-2000:]


@dataclass(frozen=True)
class ActionResult:
    action: str
    target: str
    ok: bool
    detail: str
    commands: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {**{k: v for k, v in vars(self).items() if k != "commands"}, "commands": list(self.commands)}


def _run(runner: Runner, argv: list[str], env: Mapping[str, str] | None = None) -> tuple[int, str, dict[str, Any]]:
    rc, out = runner(argv, dict(env or {}))
    return rc, out, {"argv": ["modelward", *argv], "exit": rc, "output": out[-500:]}


def revoke_api_key(key_id: str, policy: str, runner: Runner = cli_runner) -> ActionResult:
    rc, out, cmd = _run(runner, ["api-keys", "revoke", key_id, "--policy", policy])
    return ActionResult("revoke-api-key", key_id, rc == 0, "revoked" if rc == 0 else out.strip()[-300:], (cmd,))


def rotate_signing_key(keyring: str, passphrase_env: str = "MODELWARD_KEY_PASSPHRASE",
                       runner: Runner = cli_runner) -> ActionResult:
    rc, out, cmd = _run(runner, ["signing-keys", "rotate", "--revoke", "--keyring", keyring,
                                 "--passphrase-env", passphrase_env])
    return ActionResult("revoke-signing-key", keyring, rc == 0,
                        "active key revoked, a new one made" if rc == 0 else out.strip()[-300:], (cmd,))


def rollback_to_verified(model: str, store: str, incident_version: int | None = None, stage: str = "production",
                         keyring: str | None = None, runner: Runner = cli_runner) -> ActionResult:
    """Move `stage` to the newest version older than the incident version that verifies now."""
    common = ["--store", store] + (["--keyring", keyring] if keyring else [])
    commands = []
    rc, out, cmd = _run(runner, ["store", "list", model, "--json", "--store", store])
    commands.append(cmd)
    if rc != 0:
        return ActionResult("rollback", model, False, f"cannot list versions: {out.strip()[-300:]}", tuple(commands))
    try:
        listed = json.loads(out[out.index("["):] if "[" in out else out)
    except json.JSONDecodeError:
        return ActionResult("rollback", model, False, "store list did not print JSON", tuple(commands))
    versions = sorted((v for v in listed if v.get("model") == model), key=lambda v: v["number"])
    current = incident_version or next((v["number"] for v in versions if stage in v.get("stages", [])), None)
    if current is None:
        return ActionResult("rollback", model, False, f"no version holds {stage!r} and none was named",
                            tuple(commands))
    for v in reversed([v for v in versions if v["number"] < current]):
        rc, out, cmd = _run(runner, ["store", "verify", model, str(v["number"]), *common])
        commands.append(cmd)
        if rc != 0:
            continue
        rc, out, cmd = _run(runner, ["store", "promote", model, str(v["number"]), "--stage", stage,
                                     "--note", f"incident rollback from v{current}", *common])
        commands.append(cmd)
        if rc == 0:
            return ActionResult("rollback", model, True, f"{stage} -> v{v['number']} (verified); v{current} kept "
                                f"in the store as evidence", tuple(commands))
        return ActionResult("rollback", model, False, f"promote v{v['number']} failed: {out.strip()[-300:]}",
                            tuple(commands))
    return ActionResult("rollback", model, False, f"no version older than v{current} verifies: nothing to roll "
                        "back to (take the model offline)", tuple(commands))


def quarantine(model: str, version: int | None) -> ActionResult:
    return ActionResult("quarantine", f"{model} v{version}" if version else model, False,
                        "not done: the model store offers no quarantine operation yet; roll back and revoke "
                        "the signing key instead")


def record_containment(incident: Incident, results: list[ActionResult]) -> dict[str, Any]:
    done = sum(r.ok for r in results)
    return incident.append("contain", f"{done}/{len(results)} containment actions succeeded",
                           {"actions": [r.to_dict() for r in results]})
