"""The audit log: the chain and checkpoints verify, and each way of tampering is caught and named."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("sqlalchemy")
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from modelward.gateway.audit import AuditLog
from modelward.gateway.audit_verify import verify_log
from modelward.gateway.db import Database
from modelward.gateway.signing import load_or_create, load_public, public_path


@pytest.fixture
def log(tmp_path):
    """A log of 20 requests, checkpointed every 5 entries, closed (head signed)."""
    db = Database(f"sqlite:///{tmp_path / 'audit.db'}")
    key = load_or_create(tmp_path / "audit.pem")
    audit = AuditLog(db, key, checkpoint_every=5, checkpoint_seconds=3600)
    for i in range(20):
        audit.write({"request_id": f"r{i}", "client": "alice", "status": 200})
    audit.close()
    return db, key.public_key()


def _sql(db, statement):
    with db.engine.begin() as conn:
        conn.exec_driver_sql(statement)


def test_an_untouched_log_verifies(log):
    db, public = log
    result = verify_log(db, [public])
    assert result.ok and result.entries == 20 and result.signed_through == 20 and result.unsigned == 0
    assert result.checkpoints == 5  # at entries 1, 6, 11, 16, and the head (20) at close


def test_an_edited_entry_is_named(log):
    db, public = log
    _sql(db, "UPDATE mw_audit SET record = replace(record, 'alice', 'bob') WHERE seq = 7")
    result = verify_log(db, [public])
    assert (result.first_bad.kind, result.first_bad.seq) == ("edited", 7)


def test_a_deleted_entry_is_named(log):
    db, public = log
    _sql(db, "DELETE FROM mw_audit WHERE seq = 12")
    result = verify_log(db, [public])
    assert (result.first_bad.kind, result.first_bad.seq) == ("deleted", 12)


def test_reordered_entries_are_named(log):
    db, public = log
    _sql(db, "UPDATE mw_audit SET seq = -1 WHERE seq = 9")
    _sql(db, "UPDATE mw_audit SET seq = 9 WHERE seq = 10")
    _sql(db, "UPDATE mw_audit SET seq = 10 WHERE seq = -1")
    result = verify_log(db, [public])
    assert result.first_bad.seq == 9 and result.first_bad.kind in ("edited", "moved")


def test_truncation_below_a_checkpoint_is_caught(log):
    db, public = log
    _sql(db, "DELETE FROM mw_audit WHERE seq > 13")
    result = verify_log(db, [public])
    assert (result.first_bad.kind, result.first_bad.seq) == ("truncated", 14)


def test_a_rewritten_and_rehashed_chain_is_caught_by_the_checkpoint(log, tmp_path):
    from modelward.gateway.audit import entry_hash

    db, public = log
    with db.engine.begin() as conn:
        rows = conn.exec_driver_sql("SELECT seq, record, prev_hash FROM mw_audit ORDER BY seq").all()
        prev = None
        for seq, record, prev_hash in rows:
            record = record.replace("alice", "bob") if seq == 8 else record
            prev = prev_hash if prev is None else prev
            h = entry_hash(seq, prev, record)
            conn.exec_driver_sql("UPDATE mw_audit SET record = ?, prev_hash = ?, entry_hash = ? WHERE seq = ?",
                                 (record, prev, h, seq))
            prev = h
    result = verify_log(db, [public])
    assert (result.first_bad.kind, result.first_bad.seq) == ("rewritten", 7)
    assert "entries 7-11 were rewritten" in result.first_bad.message


def test_a_forged_or_deleted_checkpoint_is_caught(log):
    db, public = log
    _sql(db, "UPDATE mw_audit_checkpoints SET signature = replace(signature, substr(signature, 1, 2), 'ff') "
             "WHERE id = 2")
    assert verify_log(db, [public]).first_bad.kind == "checkpoint"
    other = Ed25519PrivateKey.generate().public_key()
    assert "unknown key" in verify_log(db, [other]).first_bad.message


def test_unsigned_tail_is_reported_not_called_clean(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'a.db'}")
    audit = AuditLog(db, load_or_create(tmp_path / "k.pem"), checkpoint_every=100, checkpoint_seconds=3600)
    for i in range(7):
        audit.write({"i": i})
    result = verify_log(db, [audit.key.public_key()])
    assert result.ok and result.unsigned == 6  # the first entry is signed at once, the rest wait
    audit.close()
    assert verify_log(db, [audit.key.public_key()]).unsigned == 0


def test_concurrent_writers_share_one_chain(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'a.db'}")
    key = load_or_create(tmp_path / "k.pem")
    logs = [AuditLog(Database(db.url), key, 50, 3600) for _ in range(2)]  # two "processes" on one file
    def work(log, n):
        futures = [log.append({"w": n, "i": i}) for i in range(200)]
        assert all(f.result(30) > 0 for f in futures)
    threads = [threading.Thread(target=work, args=(log, n)) for n, log in enumerate(logs) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for log in logs:
        log.close()
    result = verify_log(db, [key.public_key()])
    assert result.ok and result.entries == 800, result.problems


def test_a_record_with_seq_or_nan_is_refused_at_append(tmp_path):
    audit = AuditLog(Database(f"sqlite:///{tmp_path / 'a.db'}"), load_or_create(tmp_path / "k.pem"))
    with pytest.raises(ValueError):
        audit.append({"seq": 3})
    with pytest.raises(ValueError):
        audit.append({"x": float("nan")})
    assert audit.write({"ok": 1}) == 1
    audit.close()


def test_signing_key_is_created_private_with_its_public_key(tmp_path):
    key = load_or_create(tmp_path / "audit.pem")
    assert (tmp_path / "audit.pem").stat().st_mode & 0o077 == 0
    assert load_public(public_path(tmp_path / "audit.pem")) == key.public_key()
    assert load_or_create(tmp_path / "audit.pem").public_key() == key.public_key()


def test_records_from_the_event_loop_commit_inline_in_one_transaction(tmp_path):
    import asyncio

    db = Database(f"sqlite:///{tmp_path / 'a.db'}")
    audit = AuditLog(db, load_or_create(tmp_path / "k.pem"), checkpoint_every=10, checkpoint_seconds=3600)
    assert audit.inline

    async def burst():
        return await asyncio.gather(*[audit.record({"i": i}) for i in range(25)])

    seqs = asyncio.run(burst())
    assert sorted(seqs) == list(range(1, 26)) and audit.batches == 1
    audit.close()
    assert verify_log(db, [audit.key.public_key()]).ok


def test_a_busy_database_hands_the_batch_to_the_writer_thread(tmp_path):
    import asyncio
    import sqlite3

    db = Database(f"sqlite:///{tmp_path / 'a.db'}")
    audit = AuditLog(db, load_or_create(tmp_path / "k.pem"), checkpoint_seconds=3600)
    other = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock for a moment

    async def one():
        asyncio.get_running_loop().call_later(0.2, other.execute, "COMMIT")
        return await audit.record({"x": 1})

    assert asyncio.run(one()) == 1
    audit.close()
    assert verify_log(db, [audit.key.public_key()]).ok


def test_the_wal_is_checkpointed_in_the_background_not_in_a_commit(tmp_path):
    from modelward.gateway.db import Database

    db = Database(f"sqlite:///{tmp_path / 'wal.db'}", checkpoint_s=0.05)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0  # no fsync inside a commit
    t = db.tables["api_keys"]
    with db.engine.begin() as conn:
        conn.execute(t.insert().values(key_id="k1", client_id="c", role="client", salt="00", digest="0",
                                       created=0.0, revoked=None, note=""))
    import time

    deadline = time.monotonic() + 20
    while db.checkpoints < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    db.close()
    assert db.checkpoints >= 2 and not db.checkpoint_errors
    assert not db._checkpointer.is_alive()
