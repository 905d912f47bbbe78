"""`modelward audit verify`: check the audit chain and its signed checkpoints; name the first bad entry.

What each tampering looks like:
- an entry edited in place: its content no longer hashes to its `entry_hash` (named exactly);
- an entry deleted: a gap in the sequence (the missing seq is named);
- entries moved or renumbered: an entry's record carries another seq, or does not follow its
  predecessor's hash (named exactly);
- entries rewritten with the chain recomputed: the chain holds, but a signed checkpoint no longer
  matches; the bad entry is named as the range since the previous good checkpoint;
- truncation: a checkpoint signs an entry that is no longer there; cutting entries after the last
  checkpoint cannot be seen in the database alone (the count of such unsigned entries is reported).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from modelward.gateway.audit import GENESIS, checkpoint_message, entry_hash
from modelward.gateway.db import Database
from modelward.gateway.signing import key_id

BATCH = 5000


@dataclass(frozen=True)
class Problem:
    kind: str  # edited, deleted, moved, rewritten, truncated, checkpoint
    message: str
    seq: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "seq": self.seq, "message": self.message}


@dataclass(frozen=True)
class Verification:
    entries: int
    checkpoints: int
    signed_through: int
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def unsigned(self) -> int:
        """Entries after the last good checkpoint: chained, but not yet covered by a signature."""
        return max(0, self.entries - self.signed_through)

    @property
    def first_bad(self) -> Problem | None:
        return self.problems[0] if self.problems else None

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "checkpoints": self.checkpoints,
                "signed_through": self.signed_through, "unsigned": self.unsigned,
                "first_bad": self.first_bad.to_dict() if self.first_bad else None,
                "problems": [p.to_dict() for p in self.problems]}


def _entries(db: Database) -> Iterable[Any]:
    t = db.tables["audit"]
    last = 0
    with db.engine.connect() as conn:
        while True:
            rows = conn.execute(t.select().where(t.c.seq > last).order_by(t.c.seq).limit(BATCH)).all()
            if not rows:
                return
            yield from rows
            last = rows[-1].seq


def _chain(db: Database, wanted: set[int]) -> tuple[int, int, dict[int, str], Problem | None]:
    """Walk the chain: (entries, last seq, entry_hash of each `wanted` seq, the first problem)."""
    expected, prev, count = 1, GENESIS, 0
    hashes: dict[int, str] = {}
    for row in _entries(db):
        count += 1
        if row.seq != expected:
            missing = f"{expected}" if row.seq == expected + 1 else f"{expected}-{row.seq - 1}"
            return count, row.seq, hashes, Problem("deleted", f"entry {missing} is missing (deleted)", expected)
        try:
            record = json.loads(row.record)
            claimed = record.get("seq") if isinstance(record, dict) else None
        except ValueError:
            claimed = None
        if entry_hash(row.seq, row.prev_hash, row.record) != row.entry_hash:
            return count, row.seq, hashes, Problem("edited", f"entry {row.seq}: its content does not match its "
                                                   "hash (edited)", row.seq)
        if claimed != row.seq:
            return count, row.seq, hashes, Problem("moved", f"entry {row.seq} holds the record of entry {claimed} "
                                                   "(moved or renumbered)", row.seq)
        if row.prev_hash != prev:
            return count, row.seq, hashes, Problem("moved", f"entry {row.seq} does not follow entry {row.seq - 1} "
                                                   "(entries moved, or one before it rewritten)", row.seq)
        if row.seq in wanted:
            hashes[row.seq] = row.entry_hash
        prev = row.entry_hash
        expected += 1
    return count, expected - 1, hashes, None


def verify_log(db: Database, public_keys: Iterable[Any]) -> Verification:
    """Check the chain and every checkpoint against `public_keys` (Ed25519)."""
    from cryptography.exceptions import InvalidSignature

    keys = {key_id(k): k for k in public_keys}
    t = db.tables["checkpoints"]
    with db.engine.connect() as conn:
        cps = conn.execute(t.select().order_by(t.c.id)).all()
    count, last_seq, hashes, problem = _chain(db, {cp.seq for cp in cps})
    problems = [problem] if problem else []
    signed, prev_sig, prev_seq = 0, "", 0
    for i, cp in enumerate(cps, start=1):
        where = f"checkpoint {cp.id} (entry {cp.seq})"
        key = keys.get(cp.key_id)
        if cp.id != i or cp.prev_signature != prev_sig:
            problems.append(Problem("checkpoint", f"{where}: checkpoint {i} is missing or out of order", cp.seq))
            break
        try:
            if key is None:
                raise InvalidSignature
            key.verify(bytes.fromhex(cp.signature),
                       checkpoint_message(cp.id, cp.seq, cp.entry_hash, cp.time, cp.prev_signature))
        except (InvalidSignature, ValueError):
            why = "signed by an unknown key" if key is None else "its signature does not verify"
            problems.append(Problem("checkpoint", f"{where}: {why}", cp.seq))
            break
        if cp.seq > last_seq and problem is None:
            problems.append(Problem("truncated", f"{where}: the log ends at entry {last_seq}; entries "
                                    f"{last_seq + 1}-{cp.seq} were cut (truncated)", last_seq + 1))
            break
        if cp.seq in hashes and hashes[cp.seq] != cp.entry_hash:
            problems.append(Problem("rewritten", f"entries {prev_seq + 1}-{cp.seq} were rewritten (the chain was "
                                    f"recomputed, but {where} signed another head)", prev_seq + 1))
            break
        if cp.seq in hashes:
            signed = cp.seq
        prev_sig, prev_seq = cp.signature, cp.seq
    problems.sort(key=lambda p: p.seq if p.seq is not None else 0)
    return Verification(count, len(cps), signed, tuple(problems))

