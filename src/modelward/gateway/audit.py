"""The audit log: every request and admin action, append-only, hash-chained, with signed checkpoints.

Entry `seq` holds a canonical JSON record (which repeats its seq) and
`entry_hash = sha256(seq, prev_hash, record)`, so editing, removing or moving an entry breaks the chain
at that entry. A chain can be recomputed by whoever can write the database, so every
`checkpoint_every` entries or `checkpoint_seconds` a checkpoint signs (Ed25519) the head's seq and
hash, and the previous checkpoint's signature: rewriting signed entries, or cutting the log below a
checkpoint, no longer verifies. Entries after the last checkpoint are chained but not yet signed
(verification says how many); `close` signs the head.

Group commit: `append` queues a record and returns a future; one writer thread hashes whatever is
queued, writes it in one transaction, commits, then resolves the futures. From the event loop,
`record` does the same without a thread when the database is SQLite at `synchronous: normal` (a
commit there is ~0.05 ms and makes no fsync): the records of one loop turn share one transaction,
committed in the loop; a hand-off to a thread would wait for the GIL, milliseconds on a busy machine.
If SQLite is busy (another process writing), that batch goes to the writer thread instead. The gateway
awaits the commit before it answers, so an acknowledged request is in the database, and with SQLite
in WAL mode, survives the process being killed (`synchronous: full` also survives a power loss). The
head is read inside the writing transaction under a write lock, so several processes can share one
log.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from modelward.gateway.db import Database
from modelward.gateway.signing import key_id

GENESIS = "0" * 64
CHECKPOINT_DOMAIN = "modelward-audit-checkpoint/1"
MAX_BATCH = 1024


def canonical(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False)


def entry_hash(seq: int, prev_hash: str, record_json: str) -> str:
    return hashlib.sha256(f"{seq}\n{prev_hash}\n{record_json}".encode()).hexdigest()


def checkpoint_message(cp_id: int, seq: int, head_hash: str, when: float, prev_signature: str) -> bytes:
    return f"{CHECKPOINT_DOMAIN}\n{cp_id}\n{seq}\n{head_hash}\n{when!r}\n{prev_signature}".encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class _Pending:
    text: str  # the canonical record, without its seq
    future: Future[int]


def with_seq(seq: int, text: str) -> str:
    """The stored record: `{"seq":N,` then the canonical record's fields."""
    return f'{{"seq":{seq}' + ("," + text[1:] if text != "{}" else "}")


class AuditLog:
    """Appends records to the chain (see the module docstring); thread-safe."""

    def __init__(self, db: Database, signing_key: Any, checkpoint_every: int = 1000,
                 checkpoint_seconds: float = 10.0, inline: bool | None = None) -> None:
        self.db = db
        self.entries = db.tables["audit"]
        self.checkpoints = db.tables["checkpoints"]
        self.key = signing_key
        self.key_id = key_id(signing_key.public_key())
        self.checkpoint_every = checkpoint_every
        self.checkpoint_seconds = checkpoint_seconds
        self._sql = self._statements()
        self._last_cp: tuple[int, float] | None = None  # (seq, time) of the last checkpoint known here
        self._conn: Any = None  # the writer thread's driver connection
        self.inline = db.is_sqlite and db.synchronous == "normal" if inline is None else inline
        self._inline_conn: Any = None  # the event loop's connection (inline commits)
        self._inline_batch: list[tuple[str, asyncio.Future[int]]] = []
        self._handoffs: set[asyncio.Future[None]] = set()
        self._queue: queue.SimpleQueue[_Pending | None] = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="modelward-audit", daemon=True)
        self._thread.start()
        self.written = 0
        self.batches = 0

    @property
    def alive(self) -> bool:
        return not self._closed and self._thread.is_alive()

    def append(self, record: dict[str, Any]) -> Future[int]:
        """Queue `record`; the future gives its seq once committed (or the error that prevented it)."""
        future: Future[int] = Future()
        if self._closed:
            future.set_exception(RuntimeError("the audit log is closed"))
            return future
        if "seq" in record:
            raise ValueError("an audit record must not set 'seq' (the log numbers entries)")
        self._queue.put(_Pending(canonical(record), future))
        return future

    async def record(self, record: dict[str, Any]) -> int:
        """Append from the event loop and wait for the commit (inline when the database allows it)."""
        if not self.inline:
            return await asyncio.wrap_future(self.append(record))
        if self._closed:
            raise RuntimeError("the audit log is closed")
        if "seq" in record:
            raise ValueError("an audit record must not set 'seq' (the log numbers entries)")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[int] = loop.create_future()
        self._inline_batch.append((canonical(record), future))
        if len(self._inline_batch) == 1:
            loop.call_soon(self._flush_inline)
        return await future

    def _flush_inline(self) -> None:
        batch, self._inline_batch = self._inline_batch, []
        try:
            seqs = self._commit([text for text, _ in batch], False, inline=True)
        except Exception as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            for text, future in batch:
                if busy:  # another process holds the lock: let the writer thread wait for it
                    task = asyncio.ensure_future(self._via_thread(text, future))
                    self._handoffs.add(task)
                    task.add_done_callback(self._handoffs.discard)
                elif not future.done():
                    future.set_exception(exc)
            return
        for (_, future), seq in zip(batch, seqs, strict=True):
            if not future.done():
                future.set_result(seq)

    async def _via_thread(self, text: str, future: asyncio.Future[int]) -> None:
        pending = _Pending(text, Future())
        self._queue.put(pending)
        try:
            seq = await asyncio.wrap_future(pending.future)
        except Exception as exc:
            if not future.done():
                future.set_exception(exc)
        else:
            if not future.done():
                future.set_result(seq)

    def write(self, record: dict[str, Any], timeout: float | None = 30.0) -> int:
        """Append and wait for the commit."""
        return self.append(record).result(timeout)

    def close(self) -> None:
        """Write what is queued, sign the head, stop the writer."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._thread.join()
        if self._inline_conn is not None:
            with contextlib.suppress(Exception):
                self._inline_conn.close()

    def _next_batch(self) -> tuple[list[_Pending], bool]:
        """What is queued (waiting up to the checkpoint interval for the first), and whether to stop."""
        batch: list[_Pending] = []
        try:
            item = self._queue.get(timeout=max(0.05, self.checkpoint_seconds))
        except queue.Empty:
            return batch, False
        while item is not None:
            batch.append(item)
            if len(batch) >= MAX_BATCH:
                return batch, False
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return batch, False
        return batch, True

    def _run(self) -> None:
        while True:
            batch, stop = self._next_batch()
            try:
                seqs = self._commit([p.text for p in batch], stop)
            except Exception as exc:  # the requests waiting on it fail: never acknowledged
                for p in batch:
                    p.future.set_exception(exc)
            else:
                for p, seq in zip(batch, seqs, strict=True):
                    p.future.set_result(seq)
            if stop:
                if self._conn is not None:
                    self._conn.close()
                return

    def _commit(self, texts: list[str], force_checkpoint: bool, inline: bool = False) -> list[int]:
        """One transaction: lock, read the head, insert the batch, maybe sign, commit. Each path (the
        writer thread, the event loop) keeps one driver connection from the engine's pool
        (SQLAlchemy's per-statement layer cost ~190 µs a commit here, 3x the write itself)."""
        conn = self._inline_conn if inline else self._conn
        if conn is None:
            conn = self.db.engine.raw_connection()
            if self.db.is_sqlite:  # the event loop never waits for a lock; the writer thread may
                cur = conn.cursor()
                cur.execute(f"PRAGMA busy_timeout={5 if inline else 10_000}")
                cur.close()
            if inline:
                self._inline_conn = conn
            else:
                self._conn = conn
        try:
            cur = conn.cursor()
            seqs = self._write(cur, texts, force_checkpoint)
            conn.commit()
        except BaseException:
            with contextlib.suppress(Exception):
                conn.rollback()
                conn.close()
            if inline:
                self._inline_conn = None
            else:
                self._conn = None
            raise
        self.written += len(seqs)
        self.batches += 1 if seqs else 0
        return seqs

    def _write(self, cur: Any, texts: list[str], force_checkpoint: bool) -> list[int]:
        sql = self._sql
        cur.execute(sql["lock"])
        cur.execute(sql["head"])
        head = cur.fetchone()
        seq, prev = (head[0], head[1]) if head is not None else (0, GENESIS)
        rows, seqs = [], []
        for text in texts:
            seq += 1
            stored = with_seq(seq, text)
            h = entry_hash(seq, prev, stored)
            rows.append((seq, stored, prev, h))
            seqs.append(seq)
            prev = h
        if rows:
            cur.executemany(sql["insert"], rows)
        self._maybe_checkpoint(cur, seq, prev, force_checkpoint)
        return seqs

    def _statements(self) -> dict[str, str]:
        """The writer's statements as the driver's own SQL (built once: no query building per request)."""
        mark = "?" if self.db.is_sqlite else "%s"
        lock = ("UPDATE mw_audit SET seq = seq WHERE 0" if self.db.is_sqlite  # takes SQLite's write lock now
                else "LOCK TABLE mw_audit IN SHARE ROW EXCLUSIVE MODE")  # one writer at a time on PostgreSQL
        return {
            "lock": lock,
            "head": "SELECT seq, entry_hash FROM mw_audit ORDER BY seq DESC LIMIT 1",
            "insert": f"INSERT INTO mw_audit (seq, record, prev_hash, entry_hash) VALUES ({', '.join([mark] * 4)})",
            "last_checkpoint": "SELECT id, seq, time, signature FROM mw_audit_checkpoints ORDER BY id DESC LIMIT 1",
            "checkpoint": "INSERT INTO mw_audit_checkpoints (id, seq, entry_hash, time, prev_signature, key_id, "
                          f"signature) VALUES ({', '.join([mark] * 7)})",
        }

    def _due(self, seq: int, last_seq: int, last_time: float, now: float) -> bool:
        return seq - last_seq >= self.checkpoint_every or now - last_time >= self.checkpoint_seconds

    def _maybe_checkpoint(self, cur: Any, seq: int, head_hash: str, force: bool) -> None:
        """Sign the head when a checkpoint is due. The last checkpoint this writer knows of is at or before
        the real one (another process may have signed since), so "not due" by it is never wrong and the
        table is read only when one may be due."""
        now = time.time()
        if seq == 0 or not (force or self._last_cp is None or self._due(seq, *self._last_cp, now)):
            return
        cur.execute(self._sql["last_checkpoint"])
        last = cur.fetchone()
        if last is not None:
            self._last_cp = (last[1], last[2])
            if last[1] >= seq or not (force or self._due(seq, last[1], last[2], now)):
                return
        cp_id = 1 if last is None else last[0] + 1
        prev_signature = "" if last is None else last[3]
        signature = self.key.sign(checkpoint_message(cp_id, seq, head_hash, now, prev_signature)).hex()
        cur.execute(self._sql["checkpoint"], (cp_id, seq, head_hash, now, prev_signature, self.key_id, signature))
        self._last_cp = (seq, now)
