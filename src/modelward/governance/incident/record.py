"""The incident directory: what was opened, and the hash-chained timeline of every step since.

    INCIDENT/incident.json     id, title, severity, threat, ATLAS techniques, source alert, regulatory clocks
    INCIDENT/timeline.jsonl    one chained entry per step (open, preserve, contain, eradicate, recover, review)
    INCIDENT/signing.pem       the Ed25519 key that signs the timeline head and evidence bundles (0600);
                               keep its public half (in incident.json) somewhere the responders cannot write
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError
from modelward.core.output import atomic_write
from modelward.governance.incident.chain import check_chain, link, load_or_create_key, public_pem, sign

STEPS = ("open", "preserve", "contain", "eradicate", "recover", "review", "note")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Incident:
    directory: Path
    meta: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.meta["id"])

    @property
    def key_path(self) -> Path:
        return self.directory / "signing.pem"

    def timeline(self) -> list[dict[str, Any]]:
        path = self.directory / "timeline.jsonl"
        if not path.exists():
            return []
        entries = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                raise ConfigError(f"{path}: line {n} is not JSON (the timeline was edited)") from None
        return entries

    def append(self, step: str, summary: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
        """Add a step to the timeline (chained to the last entry) and re-sign the head."""
        if step not in STEPS:
            raise ConfigError(f"unknown incident step {step!r}; expected one of {', '.join(STEPS)}")
        entries = self.timeline()
        checked = check_chain(entries)
        if not checked.ok:
            raise ConfigError(f"{self.directory}: the timeline is broken ({checked.problem}); nothing appended")
        record = {"time": now(), "step": step, "summary": summary, "data": data or {}}
        seq = len(entries)
        entry = {"seq": seq, "prev": checked.head, "hash": link(seq, checked.head, record), "record": record}
        with open(self.directory / "timeline.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, sort_keys=True) + "\n")
        key = load_or_create_key(self.key_path)
        head = {"entries": seq + 1, "head": entry["hash"], "signature": sign(key, f"{seq + 1}:{entry['hash']}")}
        atomic_write(self.directory / "timeline.head.json", lambda p: p.write_text(json.dumps(head, indent=1)))
        return entry

    def save_meta(self) -> None:
        atomic_write(self.directory / "incident.json",
                     lambda p: p.write_text(json.dumps(self.meta, indent=1, sort_keys=True) + "\n"))


def open_incident(root: Path, title: str, *, severity: str, threat: str, atlas: tuple[str, ...] = (),
                  source: dict[str, Any] | None = None, clocks: tuple[dict[str, Any], ...] = (),
                  system: str = "", component: str = "") -> Incident:
    """Create INCIDENT under `root` (named by a new id), record what opened it and its clocks."""
    from modelward.core.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    if threat not in taxonomy.threats:
        raise ConfigError(f"unknown threat {threat!r}; modelward threats lists them")
    incident_id = f"INC-{datetime.now(UTC):%Y%m%d}-{secrets.token_hex(3)}"
    directory = Path(root) / incident_id
    directory.mkdir(parents=True, exist_ok=False)
    key = load_or_create_key(directory / "signing.pem")
    meta = {"id": incident_id, "title": title, "severity": severity, "threat": threat,
            "atlas": list(atlas or taxonomy.threat(threat).atlas_ids), "opened": now(), "system": system,
            "component": component, "source": source or {}, "clocks": list(clocks), "public_key": public_pem(key)}
    incident = Incident(directory, meta)
    incident.save_meta()
    incident.append("open", title, {"severity": severity, "threat": threat, "clocks": list(clocks),
                                    "source": source or {}})
    return incident


def load_incident(directory: Path) -> Incident:
    path = Path(directory) / "incident.json"
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{directory}: not an incident directory (no incident.json)") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not JSON ({exc})") from None
    return Incident(Path(directory), meta)


def verify_timeline(incident: Incident) -> tuple[bool, str]:
    """The timeline's chain holds and its signed head matches (with the public key in incident.json)."""
    from modelward.governance.incident.chain import verify_signature

    entries = incident.timeline()
    checked = check_chain(entries)
    if not checked.ok:
        return False, checked.problem
    try:
        head = json.loads((incident.directory / "timeline.head.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return False, "timeline.head.json is missing or unreadable: the head is not signed"
    if head.get("entries") != len(entries) or head.get("head") != checked.head:
        return False, f"the signed head covers {head.get('entries')} entries, the timeline holds {len(entries)}"
    if not verify_signature(incident.meta["public_key"], f"{len(entries)}:{checked.head}", head.get("signature", "")):
        return False, "the head's signature does not verify"
    return True, f"{len(entries)} entries, chain and signature verified"
