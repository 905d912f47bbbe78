"""`preserve`: a hash-chained, signed evidence bundle, verifiable later by anyone with the public key.

    INCIDENT/evidence/<n>/files/...   copies of the artifact, configuration, reports, audit-log window,
                                      drift window (each copied once, hashed while copied)
    INCIDENT/evidence/<n>/bundle.json the chain: one entry per file (role, original path, size, sha256),
                                      then the signed head

Copies are written to a temporary directory and renamed into place: a bundle is whole or absent.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError
from modelward.governance.incident.chain import check_chain, link, load_or_create_key, sign, verify_signature
from modelward.governance.incident.record import Incident, now

MAX_FILE_BYTES = 8 * 1024**3
ROLES = ("artifact", "config", "audit-log", "report", "drift", "other")


def _copy(src: Path, dst: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    dst.parent.mkdir(parents=True, exist_ok=True)
    with open(src, "rb") as fin, open(dst, "xb") as fout:
        for block in iter(lambda: fin.read(1 << 20), b""):
            digest.update(block)
            fout.write(block)
            size += len(block)
    os.chmod(dst, 0o444)
    return digest.hexdigest(), size


def _files(path: Path) -> list[Path]:
    if path.is_symlink():
        raise ConfigError(f"{path}: a symbolic link; preserve the file it points to")
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    raise ConfigError(f"{path}: not found")


def preserve(incident: Incident, items: list[tuple[str, Path]], note: str = "") -> Path:
    """Copy every (role, path) into a new signed bundle; returns the bundle directory."""
    bad = [r for r, _ in items if r not in ROLES]
    if bad:
        raise ConfigError(f"evidence role(s) {bad}: expected {', '.join(ROLES)}")
    if not items:
        raise ConfigError("preserve: name at least one file (--artifact, --config, --audit-log, --report, --drift)")
    root = incident.directory / "evidence"
    root.mkdir(exist_ok=True)
    number = len([p for p in root.iterdir() if p.is_dir() and p.name.isdigit()]) + 1
    target = root / f"{number:03d}"
    tmp = Path(tempfile.mkdtemp(prefix=".bundle.", dir=root))
    try:
        entries: list[dict[str, Any]] = []
        prev = "0" * 64
        for role, path in items:
            base = path if path.is_dir() else path.parent
            for f in _files(path):
                if f.stat().st_size > MAX_FILE_BYTES:
                    raise ConfigError(f"{f}: larger than {MAX_FILE_BYTES} bytes")
                rel = f"{len(entries):04d}-{f.relative_to(base).as_posix().replace('/', '__')}"
                digest, size = _copy(f, tmp / "files" / rel)
                record = {"role": role, "original": str(f), "stored": f"files/{rel}", "size": size, "sha256": digest}
                seq = len(entries)
                entries.append({"seq": seq, "prev": prev, "hash": link(seq, prev, record), "record": record})
                prev = entries[-1]["hash"]
        key = load_or_create_key(incident.key_path)
        head = {"incident": incident.id, "created": now(), "note": note, "entries": len(entries), "head": prev}
        doc = {"format": "modelward.evidence-bundle", "version": 1, "entries": entries, "head": head,
               "signature": sign(key, json.dumps(head, sort_keys=True)), "public_key": incident.meta["public_key"]}
        (tmp / "bundle.json").write_text(json.dumps(doc, indent=1), encoding="utf-8")
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    incident.append("preserve", f"evidence bundle {target.name}: {len(entries)} files",
                    {"bundle": f"evidence/{target.name}", "head": prev,
                     "files": [{k: e["record"][k] for k in ("role", "original", "sha256")} for e in entries]})
    return target


def verify_bundle(bundle: Path, public_key_pem: str | None = None) -> tuple[bool, str]:
    """The chain holds, every stored file has its recorded hash, and the head's signature verifies (with the
    given public key, else the one in the incident record)."""
    try:
        doc = json.loads((bundle / "bundle.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return False, f"{bundle}: bundle.json unreadable ({exc})"
    entries = doc.get("entries", [])
    checked = check_chain(entries)
    if not checked.ok:
        return False, checked.problem
    head = doc.get("head", {})
    if head.get("entries") != len(entries) or head.get("head") != checked.head:
        return False, "the signed head does not cover these entries (entries added or removed)"
    key = public_key_pem or doc.get("public_key", "")
    if not verify_signature(key, json.dumps(head, sort_keys=True), doc.get("signature", "")):
        return False, "the bundle's signature does not verify"
    for e in entries:
        stored = bundle / e["record"]["stored"]
        try:
            digest = hashlib.sha256(stored.read_bytes()).hexdigest()
        except OSError:
            return False, f"entry {e['seq']}: {e['record']['stored']} is missing"
        if digest != e["record"]["sha256"]:
            return False, f"entry {e['seq']}: {e['record']['stored']} was altered"
    return True, f"{len(entries)} files, chain, hashes and signature verified"
