"""The gateway's SQL database (API keys, audit log, held tool calls): SQLite by default (WAL), PostgreSQL by URL.

Tables are SQLAlchemy Core; no ORM session sits on the request path.
"""

from __future__ import annotations

import threading
from typing import Any

from modelward.core.errors import ConfigError, require

_SYNCHRONOUS = {"normal": "NORMAL", "full": "FULL"}


def sqlalchemy() -> Any:
    return require("sqlalchemy", "serve", "the gateway's database (API keys, audit log)")


def metadata_and_tables() -> tuple[Any, dict[str, Any]]:
    sa = sqlalchemy()
    md = sa.MetaData()
    tables = {
        "api_keys": sa.Table(
            "mw_api_keys", md,
            sa.Column("key_id", sa.String(32), primary_key=True),
            sa.Column("client_id", sa.String(128), nullable=False, index=True),
            sa.Column("role", sa.String(16), nullable=False),
            sa.Column("salt", sa.String(64), nullable=False),
            sa.Column("digest", sa.String(64), nullable=False),
            sa.Column("created", sa.Float, nullable=False),
            sa.Column("revoked", sa.Float, nullable=True),
            sa.Column("note", sa.String(200), nullable=False, default=""),
        ),
        "audit": sa.Table(
            "mw_audit", md,
            sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
                      autoincrement=False),
            sa.Column("record", sa.Text, nullable=False),
            sa.Column("prev_hash", sa.String(64), nullable=False),
            sa.Column("entry_hash", sa.String(64), nullable=False),
        ),
        "checkpoints": sa.Table(
            "mw_audit_checkpoints", md,
            sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
                      autoincrement=False),
            sa.Column("seq", sa.BigInteger, nullable=False),
            sa.Column("entry_hash", sa.String(64), nullable=False),
            sa.Column("time", sa.Float, nullable=False),
            sa.Column("prev_signature", sa.String(128), nullable=False),
            sa.Column("key_id", sa.String(64), nullable=False),
            sa.Column("signature", sa.String(128), nullable=False),
        ),
        "tool_approvals": sa.Table(  # the LLM proxy's held dangerous tool calls (modelward.llm.tools.approvals)
            "mw_tool_approvals", md,
            sa.Column("id", sa.String(32), primary_key=True),
            sa.Column("client_id", sa.String(128), nullable=False),
            sa.Column("tool", sa.String(128), nullable=False),
            sa.Column("arguments", sa.Text, nullable=False),
            sa.Column("digest", sa.String(64), nullable=False, index=True),
            sa.Column("request_id", sa.String(64), nullable=False),
            sa.Column("created", sa.Float, nullable=False),
            sa.Column("expires", sa.Float, nullable=False),
            sa.Column("status", sa.String(16), nullable=False),
            sa.Column("decided_by", sa.String(128), nullable=False, default=""),
            sa.Column("decided_at", sa.Float, nullable=True),
            sa.Column("note", sa.String(200), nullable=False, default=""),
        ),
    }
    return md, tables


class Database:
    """An engine on `url` with the gateway's tables created; SQLite runs in WAL mode with the asked
    `synchronous` level (normal: survives a killed process; full: also a power loss)."""

    def __init__(self, url: str, synchronous: str = "normal", checkpoint_s: float | None = None) -> None:
        """`checkpoint_s` (SQLite): copy the WAL into the database from a background thread this often,
        instead of SQLite's automatic checkpoint, which runs inside a committing call and fsyncs there
        (a serving process's calls would wait on the disk)."""
        sa = sqlalchemy()
        if synchronous not in _SYNCHRONOUS:
            raise ConfigError(f"database: synchronous must be normal or full, got {synchronous!r}")
        self.url = url
        self.synchronous = synchronous
        try:
            self.engine = sa.create_engine(url, future=True)
        except (sa.exc.ArgumentError, ImportError, sa.exc.NoSuchModuleError) as exc:
            raise ConfigError(f"database {_display(url)}: cannot use this URL: {exc}") from None
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            level = _SYNCHRONOUS[synchronous]

            def _pragmas(conn: Any, _record: Any) -> None:
                cur = conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute(f"PRAGMA synchronous={level}")
                cur.execute("PRAGMA busy_timeout=10000")
                if checkpoint_s is not None:
                    cur.execute("PRAGMA wal_autocheckpoint=0")
                cur.close()

            sa.event.listen(self.engine, "connect", _pragmas)

        self.metadata, self.tables = metadata_and_tables()
        try:
            self.metadata.create_all(self.engine)
        except sa.exc.SQLAlchemyError as exc:
            raise ConfigError(f"database {_display(url)}: cannot open or create the tables: {exc}") from None
        self.checkpoints = 0
        self.checkpoint_errors: list[str] = []
        self._stop = threading.Event()
        self._checkpointer: threading.Thread | None = None
        if self.is_sqlite and checkpoint_s is not None:
            self._checkpointer = threading.Thread(target=self._checkpoint_loop, args=(checkpoint_s,), daemon=True,
                                                  name="modelward-wal-checkpoint")
            self._checkpointer.start()

    def _checkpoint_loop(self, every: float) -> None:
        while not self._stop.wait(every):
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
                self.checkpoints += 1
            except Exception as exc:  # the WAL keeps every commit; the next round retries
                self.checkpoint_errors = [*self.checkpoint_errors[-9:], f"{type(exc).__name__}: {str(exc)[:200]}"]

    def close(self) -> None:
        self._stop.set()
        if self._checkpointer is not None:
            self._checkpointer.join(10)
        self.engine.dispose()


def _display(url: str) -> str:
    """The URL without its password."""
    head, sep, tail = url.partition("@")
    if not sep or "://" not in head:
        return url
    scheme, _, cred = head.partition("://")
    user = cred.split(":", 1)[0]
    return f"{scheme}://{user}:***@{tail}"
