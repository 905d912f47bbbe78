"""Incidents of drift that crossed a retraining policy: recorded with their evidence, acted on (a command,
a webhook) at once or after a person approves, every step in the incident's history.

An incident is a JSON file `INC-<time>-<hash>.json` in the policy's incident directory, with the drift
report it was opened on beside it (`.evidence.json`, the core's report format), so the risk register
and a reviewer can cite both. Acting runs the *policy's* action, and only when the action the incident
recorded is still the policy's: an edited incident file cannot make `approve` run something else.
Commands get an argv (never a shell) with the evidence file appended and `MODELWARD_INCIDENT` set;
webhooks get a JSON POST, no redirects followed, a bounded reply read. Writes are atomic; a lock file
keeps two approvals from acting twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError, DataError
from modelward.core.output import atomic_write
from modelward.core.report import Report
from modelward.monitor.policy import Action, Crossing, Policy

INCIDENT_ID = re.compile(r"^INC-\d{8}T\d{6}Z-[0-9a-f]{8}$")
MAX_INCIDENT_BYTES = 4 << 20
MAX_OUTPUT_CHARS = 4000
AWAITING, REJECTED, ACTED, FAILED = "awaiting-approval", "rejected", "acted", "action-failed"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _action_doc(action: Action) -> dict[str, Any]:
    return {"command": list(action.command), "webhook": action.webhook, "timeout_s": action.timeout_s,
            "approval": action.approval}


class IncidentStore:
    """The incident files of one directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def path(self, incident_id: str) -> Path:
        if not INCIDENT_ID.match(incident_id):
            raise ConfigError(f"{incident_id!r} is not an incident id (INC-YYYYMMDDTHHMMSSZ-xxxxxxxx)")
        return self.directory / f"{incident_id}.json"

    def open(self, policy: Policy, crossed: Sequence[Crossing], report: Report) -> dict[str, Any]:
        """Record a new incident and its evidence; returns the incident."""
        from modelward.core.render.json import to_json

        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        digest = hashlib.sha256((stamp + "".join(sorted(f.fingerprint for f in report.findings))).encode())
        incident_id = f"INC-{stamp}-{digest.hexdigest()[:8]}"
        evidence = self.directory / f"{incident_id}.evidence.json"
        atomic_write(evidence, lambda p: p.write_text(to_json(report), encoding="utf-8"))
        incident = {
            "id": incident_id, "threat": "model-drift", "created": _now(), "policy": policy.source,
            "status": AWAITING,
            "reasons": [c.describe() for c in crossed],
            "crossings": [vars(c) for c in crossed],
            "evidence": {"report": evidence.name, "subject": report.metadata.subject,
                         "inputs": [vars(i) for i in report.metadata.inputs],
                         "findings": [{"fingerprint": f.fingerprint, "severity": f.severity.value, "title": f.title}
                                      for f in report.sorted_findings()[:50]]},
            "action": _action_doc(policy.action),
            "history": [{"time": _now(), "event": "opened", "by": "modelward monitor",
                         "detail": f"{len(crossed)} threshold(s) crossed"}],
        }
        self.write(incident)
        return incident

    def write(self, incident: dict[str, Any]) -> Path:
        path = self.path(str(incident["id"]))
        return atomic_write(path, lambda p: p.write_text(json.dumps(incident, indent=1) + "\n", encoding="utf-8"))

    def get(self, incident_id: str) -> dict[str, Any]:
        path = self.path(incident_id)
        try:
            if path.stat().st_size > MAX_INCIDENT_BYTES:
                raise DataError(f"{path}: larger than {MAX_INCIDENT_BYTES} bytes; not an incident")
            doc = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DataError(f"no incident {incident_id} in {self.directory}") from None
        except OSError as exc:
            raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DataError(f"{path}: not an incident (JSON expected): {exc}") from None
        if not isinstance(doc, dict) or doc.get("id") != incident_id or not isinstance(doc.get("history"), list):
            raise DataError(f"{path}: not an incident of id {incident_id} (fields id, history)")
        return doc

    def list(self) -> list[dict[str, Any]]:
        if not self.directory.is_dir():
            return []
        ids = sorted(p.stem for p in self.directory.glob("INC-*.json") if INCIDENT_ID.match(p.stem))
        return [self.get(i) for i in ids]

    def _event(self, incident: dict[str, Any], event: str, by: str, detail: str, status: str) -> dict[str, Any]:
        incident["history"].append({"time": _now(), "event": event, "by": by, "detail": detail})
        incident["status"] = status
        self.write(incident)
        return incident

    def reject(self, incident_id: str, by: str, reason: str) -> dict[str, Any]:
        incident = self.get(incident_id)
        _require_awaiting(incident)
        return self._event(incident, "rejected", by, reason, REJECTED)

    def act(self, incident_id: str, policy: Policy, by: str, runner: Runner | None = None) -> dict[str, Any]:
        """Run the policy's action for an incident awaiting approval (the approval is `by`'s)."""
        incident = self.get(incident_id)
        _require_awaiting(incident)
        if incident.get("action") != _action_doc(policy.action):
            raise ConfigError(f"incident {incident_id}: its recorded action is not the policy's ({policy.source}); "
                              "refusing to act (was the incident or the policy edited?)")
        lock = self.directory / f"{incident_id}.lock"
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            raise ConfigError(f"incident {incident_id}: another approval is acting on it ({lock})") from None
        try:
            os.close(fd)
            incident["history"].append({"time": _now(), "event": "approved", "by": by, "detail": ""})
            evidence = self.directory / f"{incident_id}.evidence.json"
            outcomes = (runner or run_action)(policy.action, incident_id, evidence)
            ok = all(o["ok"] for o in outcomes)
            return self._event(incident, "action", by, json.dumps(outcomes), ACTED if ok else FAILED)
        finally:
            lock.unlink(missing_ok=True)


def _require_awaiting(incident: dict[str, Any]) -> None:
    if incident.get("status") != AWAITING:
        raise ConfigError(f"incident {incident['id']} is {incident.get('status')!r}, not awaiting approval")


Runner = Callable[[Action, str, Path], list[dict[str, Any]]]


def run_action(action: Action, incident_id: str, evidence: Path) -> list[dict[str, Any]]:
    """Run the command and call the webhook of `action`; each outcome says whether it worked and how."""
    outcomes = []
    if action.command:
        outcomes.append(_run_command(action, incident_id, evidence))
    if action.webhook:
        outcomes.append(_post_webhook(action, incident_id, evidence))
    return outcomes


def _run_command(action: Action, incident_id: str, evidence: Path) -> dict[str, Any]:
    argv = [*action.command, str(evidence)]
    env = {**os.environ, "MODELWARD_INCIDENT": incident_id, "MODELWARD_EVIDENCE": str(evidence)}
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=action.timeout_s, env=env, check=False)
    except FileNotFoundError:
        return {"kind": "command", "ok": False, "detail": f"no such program: {argv[0]}"}
    except subprocess.TimeoutExpired:
        return {"kind": "command", "ok": False, "detail": f"timed out after {action.timeout_s:g} s"}
    except OSError as exc:
        return {"kind": "command", "ok": False, "detail": f"could not run {argv[0]}: {exc.strerror or exc}"}
    tail = (proc.stdout + proc.stderr)[-MAX_OUTPUT_CHARS:]
    return {"kind": "command", "ok": proc.returncode == 0, "exit_code": proc.returncode, "output": tail}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a webhook that redirects fails instead of sending the evidence elsewhere


def _post_webhook(action: Action, incident_id: str, evidence: Path) -> dict[str, Any]:
    body = json.dumps({"incident": incident_id, "threat": "model-drift",
                       "evidence": json.loads(evidence.read_text(encoding="utf-8"))}).encode()
    request = urllib.request.Request(action.webhook, data=body, method="POST",
                                     headers={"Content-Type": "application/json", "User-Agent": "modelward"})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=action.timeout_s) as reply:
            text = reply.read(MAX_OUTPUT_CHARS).decode("utf-8", "replace")
            return {"kind": "webhook", "ok": 200 <= reply.status < 300, "status": reply.status, "output": text}
    except urllib.error.HTTPError as exc:
        return {"kind": "webhook", "ok": False, "status": exc.code, "detail": str(exc.reason)}
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        return {"kind": "webhook", "ok": False, "detail": f"{type(exc).__name__}: {exc}"}
