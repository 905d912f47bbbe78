"""`contain`: act through the other capabilities' public command-line interfaces, never around them.

- revoke an API key: `modelward api-keys revoke KEY --policy P`; the gateway refuses the key (within
  its key_cache_s);
- roll back a model: `modelward store verify` / `store promote`; the stage moves to the newest earlier
  version that *verifies*, and the incident version stays in the store as evidence;
- revoke the signing key: `modelward signing-keys rotate --revoke`; signatures by the old key are refused,
  so verification fails closed. Every stored version that key signed stops verifying, production
  included; `reissue_after_revocation` therefore checks out the serving version while the old key is still
  trusted, scans it, revokes the key, pushes the same bytes signed by the new key and promotes them;
- quarantine a version: `modelward store quarantine`; checkout, load, promote and rollback refuse it, its
  files stay in the store as evidence (a forensic checkout reads them, logged).

Each action is run by a `Runner` (the real one starts `python -m modelward`; tests may pass another), and its
command, exit status and output go into the timeline, whether it succeeded or not.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
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


def stored_versions(model: str, store: str,
                    runner: Runner = cli_runner) -> tuple[list[dict[str, Any]], dict[str, Any], str]:
    """The versions of `model` as `store list --json` prints them (oldest first), the command, and an error."""
    rc, out, cmd = _run(runner, ["store", "list", model, "--json", "--store", store])
    if rc != 0:
        return [], cmd, f"cannot list versions: {out.strip()[-300:]}"
    try:
        listed = json.loads(out[out.index("["):] if "[" in out else out)
    except json.JSONDecodeError:
        return [], cmd, "store list did not print JSON"
    return sorted((v for v in listed if v.get("model") == model), key=lambda v: v["number"]), cmd, ""


def _holder(versions: list[dict[str, Any]], stage: str) -> int | None:
    return next((v["number"] for v in versions if stage in v.get("stages", [])), None)


def quarantine(model: str, store: str, version: int | None = None, *, reason: str, incident_id: str = "",
               stage: str = "production", runner: Runner = cli_runner) -> ActionResult:
    """Quarantine the incident version (by default the one holding `stage`): every read refuses it."""
    versions, cmd, problem = stored_versions(model, store, runner)
    commands = [cmd]
    number = version or _holder(versions, stage)
    if problem or number is None:
        return ActionResult("quarantine", model, False, problem or f"no version holds {stage!r} and none was named",
                            tuple(commands))
    rc, out, cmd = _run(runner, ["store", "quarantine", model, str(number), "--reason", reason, "--incident",
                                 incident_id, "--store", store])
    commands.append(cmd)
    return ActionResult("quarantine", f"{model} v{number}", rc == 0,
                        "quarantined: checkout, load, promote and rollback refuse it; its files stay as evidence"
                        if rc == 0 else out.strip()[-300:], tuple(commands))


def rollback_to_verified(model: str, store: str, incident_version: int | None = None, stage: str = "production",
                         keyring: str | None = None, runner: Runner = cli_runner) -> ActionResult:
    """Move `stage` to the newest version older than the incident version that is not quarantined and
    verifies now."""
    common = ["--store", store] + (["--keyring", keyring] if keyring else [])
    versions, cmd, problem = stored_versions(model, store, runner)
    commands = [cmd]
    if problem:
        return ActionResult("rollback", model, False, problem, tuple(commands))
    current = incident_version or _holder(versions, stage)
    if current is None:
        return ActionResult("rollback", model, False, f"no version holds {stage!r} and none was named",
                            tuple(commands))
    skipped = []
    for v in reversed([v for v in versions if v["number"] < current]):
        if v.get("quarantined"):
            skipped.append(f"v{v['number']} quarantined")
            continue
        rc, out, cmd = _run(runner, ["store", "verify", model, str(v["number"]), *common])
        commands.append(cmd)
        if rc != 0:
            skipped.append(f"v{v['number']} does not verify")
            continue
        rc, out, cmd = _run(runner, ["store", "promote", model, str(v["number"]), "--stage", stage,
                                     "--note", f"incident rollback from v{current}", *common])
        commands.append(cmd)
        if rc == 0:
            passed = f" (skipped: {', '.join(skipped)})" if skipped else ""
            return ActionResult("rollback", model, True, f"{stage} -> v{v['number']} (verified){passed}; "
                                f"v{current} kept in the store as evidence", tuple(commands))
        return ActionResult("rollback", model, False, f"promote v{v['number']} failed: {out.strip()[-300:]}",
                            tuple(commands))
    return ActionResult("rollback", model, False, f"no version older than v{current} verifies: nothing to roll "
                        "back to (take the model offline)", tuple(commands))


def reissue_after_revocation(model: str, store: str, keyring: str, *, incident_id: str = "",
                             stage: str = "production", passphrase_env: str = "MODELWARD_KEY_PASSPHRASE",
                             runner: Runner = cli_runner) -> list[ActionResult]:
    """Revoke the keyring's active key and keep serving: the version holding `stage` is checked out while the
    old key is still trusted and scanned; the key is revoked whatever happens (a compromised key is never
    kept for the sake of availability); then the same bytes are pushed, signed by the new key, and promoted.
    Every other version the old key signed stops verifying."""
    common = ["--store", store, "--keyring", keyring]
    commands: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="modelward-reissue-") as tmp:
        copy = Path(tmp) / "model"
        rc, out, cmd = _run(runner, ["store", "checkout", model, stage, str(copy), *common])
        commands.append(cmd)
        problem = "" if rc == 0 else f"checkout of {stage} failed: {out.strip()[-300:]}"
        if not problem:
            rc, out, cmd = _run(runner, ["scan", str(copy), "--fail-on", "high"])
            commands.append(cmd)
            problem = "" if rc == 0 else f"the {stage} version does not scan clean (exit {rc}); not re-issued"
        revoked = rotate_signing_key(keyring, passphrase_env, runner)
        if problem or not revoked.ok:
            return [revoked, ActionResult("reissue", model, False, problem or "the key was not rotated",
                                          tuple(commands))]
        note = f"re-signed after key revocation{f' ({incident_id})' if incident_id else ''}"
        rc, out, cmd = _run(runner, ["store", "push", str(copy), "--name", model, "--note", note, *common,
                                     "--passphrase-env", passphrase_env])
        commands.append(cmd)
        if rc != 0:
            return [revoked, ActionResult("reissue", model, False, f"push failed: {out.strip()[-300:]}",
                                          tuple(commands))]
        pushed = re.search(rf"^{re.escape(model)} v(\d+):", out, re.MULTILINE)
        number = pushed.group(1) if pushed else "?"
        rc, out, cmd = _run(runner, ["store", "promote", model, number, "--stage", stage, "--note", note, *common])
        commands.append(cmd)
    return [revoked, ActionResult("reissue", f"{model} v{number}", rc == 0,
                                  f"{stage} -> v{number}: the same bytes, signed by the new key"
                                  if rc == 0 else out.strip()[-300:], tuple(commands))]


def record_containment(incident: Incident, results: list[ActionResult]) -> dict[str, Any]:
    done = sum(r.ok for r in results)
    return incident.append("contain", f"{done}/{len(results)} containment actions succeeded",
                           {"actions": [r.to_dict() for r in results]})
