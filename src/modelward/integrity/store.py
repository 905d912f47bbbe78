"""A small local model store: every version content-addressed, signed, checked on every read.

    STORE/objects/ab/cdef...   each distinct file once, named by its SHA-256 (written to a temporary file,
                               hashed while copied, renamed into place)
    STORE/store.db             SQLite: versions (model, number, signature bundle, key id, note, time),
                               their files, the stage each version holds, and an append-only event log

`push` signs the version's manifest (OpenSSF model-signing bundle, files method, so the object names are
the manifest's digests); `checkout` and `read` verify the signature under the store's trust and every
object's hash before handing anything out. `promote` moves a stage (e.g. production) to a version;
`rollback` moves it back to the version that held it before, after verifying that version. A version
whose objects or signature fail is never handed out (IntegrityError names what failed).

`quarantine` holds a version back during an incident: every read (`verify`, `read`, `checkout`, `promote`,
`rollback`, `modelward.api.load_model(StoredModel(...))`) refuses it (Quarantined names who held it back,
when and why) until `release`; the version and its files stay in the store as evidence, and a forensic
checkout (`checkout(..., forensic=True)`) is the one way to read it, recorded in the event log. A stage
that points to a quarantined version stays where it is, so its readers fail closed until it is moved.
Stores of schema 1 are upgraded to schema 2 (the quarantine table) when opened; a modelward that reads
only schema 1 then refuses the store rather than hand out a quarantined version.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from modelward.integrity.bundle import parse_bundle
from modelward.integrity.errors import IntegrityError, Quarantined, Rejected
from modelward.integrity.manifest import FILES, Manifest, Serialization, build_manifest
from modelward.integrity.signer import Signer, sign_payload
from modelward.integrity.signing import EXTRAS_VERSION, verify_bundle
from modelward.integrity.statement import encode, statement_for
from modelward.integrity.trust import Trust
from modelward.integrity.walk import GIT_PATHS, list_files

SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY, model TEXT NOT NULL, number INTEGER NOT NULL, created TEXT NOT NULL,
    root_digest TEXT NOT NULL, key_id TEXT NOT NULL, bundle TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '', UNIQUE (model, number));
CREATE TABLE IF NOT EXISTS files (
    version_id INTEGER NOT NULL REFERENCES versions(id), name TEXT NOT NULL, sha256 TEXT NOT NULL,
    size INTEGER NOT NULL, PRIMARY KEY (version_id, name));
CREATE TABLE IF NOT EXISTS stages (
    model TEXT NOT NULL, stage TEXT NOT NULL, version_id INTEGER NOT NULL REFERENCES versions(id),
    PRIMARY KEY (model, stage));
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, time TEXT NOT NULL, model TEXT NOT NULL, action TEXT NOT NULL, stage TEXT,
    from_version INTEGER, to_version INTEGER, actor TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS quarantine (
    version_id INTEGER PRIMARY KEY REFERENCES versions(id), time TEXT NOT NULL, actor TEXT NOT NULL,
    reason TEXT NOT NULL, incident TEXT NOT NULL DEFAULT '');
"""
_UPGRADES = {"1": "2"}  # schema 1 -> 2 adds the quarantine table, which _SCHEMA creates
_COPY_CHUNK = 1 << 20


@dataclass(frozen=True)
class VersionInfo:
    model: str
    number: int
    created: str
    root_digest: str
    key_id: str
    note: str
    source: str
    stages: tuple[str, ...] = ()
    files: int = 0
    size: int = 0
    quarantined: str | None = None  # why the version is held back, when it is

    def to_dict(self) -> dict[str, Any]:
        return {**vars(self), "stages": list(self.stages)}


@dataclass(frozen=True)
class Event:
    time: str
    model: str
    action: str
    stage: str | None
    from_version: int | None
    to_version: int | None
    actor: str
    note: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _actor() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER", "unknown")


def _check_name(model: str) -> str:
    if not model or len(model) > 200 or any(c in model for c in "/\\\0") or model in (".", ".."):
        raise IntegrityError(f"model name {model!r}: expected 1-200 characters without slashes")
    return model


class ModelStore:
    """A store directory; each method opens its own SQLite transaction."""

    def __init__(self, root: Path, trust: Trust | None = None) -> None:
        self.root = Path(root)
        self.trust = trust
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "objects").mkdir(exist_ok=True)
        with self._db() as db:
            db.executescript(_SCHEMA)
            row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif row[0] in _UPGRADES:
                db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (_UPGRADES[row[0]],))
            elif row[0] != str(SCHEMA_VERSION):
                raise IntegrityError(f"{self.root}: store schema version {row[0]}; this modelward reads "
                                     f"version {SCHEMA_VERSION}")

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.root / "store.db", timeout=30, isolation_level="IMMEDIATE")
        try:
            db.execute("PRAGMA foreign_keys = ON")
            yield db
            db.commit()
        except BaseException:
            db.rollback()
            raise
        finally:
            db.close()

    def _object(self, sha256: str) -> Path:
        return self.root / "objects" / sha256[:2] / sha256[2:]

    def _put(self, path: Path, expected: str) -> None:
        """Copy `path` into the objects, hashing while copying; a file whose bytes are not the manifest's
        (changed since it was hashed) is refused."""
        target = self._object(expected)
        if target.exists():
            return
        target.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming.")
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as src, os.fdopen(fd, "wb") as dst:
                for block in iter(lambda: src.read(_COPY_CHUNK), b""):
                    digest.update(block)
                    dst.write(block)
            if digest.hexdigest() != expected:
                raise IntegrityError(f"{path}: changed while it was being stored (hash {digest.hexdigest()[:12]}, "
                                     f"expected {expected[:12]}); push again once nothing writes to it")
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def push(self, model_path: Path, model: str, signer: Signer, *, note: str = "", source: str = "",
             ignore_paths: tuple[str, ...] = GIT_PATHS, workers: int | None = None) -> VersionInfo:
        """Store a new signed version of `model` from the file or directory `model_path`."""
        _check_name(model)
        manifest = build_manifest(Path(model_path), Serialization(FILES, ignore_paths=ignore_paths), workers=workers)
        sizes = {f.name: f.size for f in list_files(Path(model_path), ignore_paths=ignore_paths)}
        for r in manifest.resources:
            self._put(Path(model_path) / r.name if r.name != "." else Path(model_path), r.digest)
        extras = {"version": EXTRAS_VERSION, "key_id": signer.key_id, "signed_at": _now(),
                  "store": {"model": model}}
        bundle = json.dumps(sign_payload(encode(statement_for(manifest, extras)), signer).to_dict())
        with self._db() as db:
            number = db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE model = ?",
                                (model,)).fetchone()[0]
            cur = db.execute("INSERT INTO versions (model, number, created, root_digest, key_id, bundle, note, source)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (model, number, _now(), manifest.root_digest,
                                                                  signer.key_id, bundle, note, source or
                                                                  str(model_path)))
            db.executemany("INSERT INTO files VALUES (?, ?, ?, ?)",
                           [(cur.lastrowid, r.name, r.digest, sizes[r.name]) for r in manifest.resources])
            self._event(db, model, "push", None, None, number, note)
        return self.version(model, number)

    def _event(self, db: sqlite3.Connection, model: str, action: str, stage: str | None, before: int | None,
               after: int | None, note: str = "") -> None:
        db.execute("INSERT INTO events (time, model, action, stage, from_version, to_version, actor, note) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (_now(), model, action, stage, before, after, _actor(), note))

    def versions(self, model: str | None = None) -> tuple[VersionInfo, ...]:
        query = ("SELECT v.model, v.number, v.created, v.root_digest, v.key_id, v.note, v.source, "
                 "(SELECT group_concat(s.stage) FROM stages s WHERE s.version_id = v.id), "
                 "(SELECT COUNT(*) FROM files f WHERE f.version_id = v.id), "
                 "(SELECT COALESCE(SUM(size), 0) FROM files f WHERE f.version_id = v.id), "
                 "(SELECT q.reason FROM quarantine q WHERE q.version_id = v.id) FROM versions v")
        with self._db() as db:
            rows = db.execute(query + (" WHERE v.model = ?" if model else "") + " ORDER BY v.model, v.number",
                              (model,) if model else ()).fetchall()
        return tuple(VersionInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                                 tuple(sorted(r[7].split(","))) if r[7] else (), r[8], r[9], r[10]) for r in rows)

    def version(self, model: str, ref: int | str) -> VersionInfo:
        """A version by number, or by stage name ("production")."""
        number = self._resolve(model, ref)
        return next(v for v in self.versions(model) if v.number == number)

    def _resolve(self, model: str, ref: int | str) -> int:
        with self._db() as db:
            if isinstance(ref, int) or str(ref).isdigit():
                row = db.execute("SELECT number FROM versions WHERE model = ? AND number = ?",
                                 (model, int(ref))).fetchone()
            else:
                row = db.execute("SELECT v.number FROM stages s JOIN versions v ON v.id = s.version_id "
                                 "WHERE s.model = ? AND s.stage = ?", (model, ref)).fetchone()
        if row is None:
            known = ", ".join(str(v.number) + (f" ({', '.join(v.stages)})" if v.stages else "")
                              for v in self.versions(model)) or "none"
            raise IntegrityError(f"model {model!r} has no version {ref!r} (versions: {known})")
        return int(row[0])

    def verify(self, model: str, ref: int | str, *, forensic: bool = False) -> Manifest:
        """The version's signed manifest, once its signature verifies under the store's trust and every
        object it names is present with the right hash; IntegrityError otherwise, Quarantined for a
        quarantined version unless `forensic` (inspecting it during an incident)."""
        number = self._resolve(model, ref)
        if not forensic:
            self._refuse_quarantined(model, number, ref)
        with self._db() as db:
            vid, bundle_text = db.execute("SELECT id, bundle FROM versions WHERE model = ? AND number = ?",
                                          (model, number)).fetchone()
            rows = db.execute("SELECT name, sha256 FROM files WHERE version_id = ?", (vid,)).fetchall()
        if self.trust is None or self.trust.empty:
            raise IntegrityError(f"{self.root}: the store has no trusted key to verify versions with")
        try:
            _, statement = verify_bundle(parse_bundle(bundle_text, f"{model} v{number}"), self.trust)
        except Rejected as exc:
            raise IntegrityError(f"{model} v{number}: the signature does not verify: {exc}") from None
        manifest = statement.manifest
        if {(r.name, r.digest) for r in manifest.resources} != set(rows):
            raise IntegrityError(f"{model} v{number}: the store's file list differs from the signed manifest "
                                 "(the database was edited)")
        for r in manifest.resources:
            self._check_object(r.digest, f"{model} v{number}: {r.name}")
        return manifest

    def _refuse_quarantined(self, model: str, number: int, ref: int | str) -> None:
        with self._db() as db:
            row = db.execute("SELECT q.time, q.actor, q.reason, q.incident FROM quarantine q JOIN versions v ON "
                             "v.id = q.version_id WHERE v.model = ? AND v.number = ?", (model, number)).fetchone()
        if row is not None:
            via = f" ({ref} points to it)" if str(ref) != str(number) else ""
            incident = f", incident {row[3]}" if row[3] else ""
            raise Quarantined(f"{model} v{number}{via} is quarantined since {row[0]} by {row[1]}{incident}: {row[2]}; "
                              f"it is not handed out until `modelward store release {model} {number}` (move the "
                              "stage with promote or rollback meanwhile)")

    def quarantine(self, model: str, ref: int | str, reason: str, incident: str = "") -> VersionInfo:
        """Hold a version back: every read refuses it until `release`; its files stay as evidence. A
        version already quarantined keeps its first record (the event log gets no second entry)."""
        if not reason.strip():
            raise IntegrityError("quarantine: give a reason (what was found, or the incident), so the hold can "
                                 "be reviewed")
        number = self._resolve(model, ref)
        with self._db() as db:
            vid = db.execute("SELECT id FROM versions WHERE model = ? AND number = ?", (model, number)).fetchone()[0]
            cur = db.execute("INSERT OR IGNORE INTO quarantine VALUES (?, ?, ?, ?, ?)",
                             (vid, _now(), _actor(), reason, incident))
            if cur.rowcount:
                note = reason + (f" [{incident}]" if incident else "")
                self._event(db, model, "quarantine", None, None, number, note)
        return self.version(model, number)

    def release(self, model: str, ref: int | str, reason: str) -> VersionInfo:
        """Lift a quarantine after review; reads verify the version again as usual."""
        if not reason.strip():
            raise IntegrityError("release: give a reason (the review that cleared the version)")
        number = self._resolve(model, ref)
        with self._db() as db:
            cur = db.execute("DELETE FROM quarantine WHERE version_id = (SELECT id FROM versions WHERE model = ? "
                             "AND number = ?)", (model, number))
            if not cur.rowcount:
                raise IntegrityError(f"{model} v{number} is not quarantined; nothing to release")
            self._event(db, model, "release", None, None, number, reason)
        return self.version(model, number)

    def _check_object(self, sha256: str, what: str) -> None:
        path = self._object(sha256)
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(_COPY_CHUNK), b""):
                    digest.update(block)
        except FileNotFoundError:
            raise IntegrityError(f"{what}: its stored object {sha256[:12]} is missing") from None
        if digest.hexdigest() != sha256:
            raise IntegrityError(f"{what}: its stored object {sha256[:12]} was altered (now {digest.hexdigest()[:12]})")

    def read(self, model: str, ref: int | str, name: str | None = None) -> bytes:
        """One file of a verified version, in memory, hashed again as read (`name` may be left out for a
        single-file version)."""
        manifest = self.verify(model, ref)
        names = [r.name for r in manifest.resources]
        if name is None and names == ["."]:
            name = "."
        digest = next((r.digest for r in manifest.resources if r.name == name), None)
        if digest is None:
            raise IntegrityError(f"{model} v{self._resolve(model, ref)}: holds no file {name!r} "
                                 f"(files: {', '.join(sorted(names)[:10])})")
        data = self._object(digest).read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            raise IntegrityError(f"{model} v{self._resolve(model, ref)}: {name} changed while it was read")
        return data

    def checkout(self, model: str, ref: int | str, out: Path, *, forensic: bool = False) -> Path:
        """Write a verified version to the new path `out` (with its signature as out/model.sig, or
        out.sig beside a single-file model), through a temporary directory renamed into place.
        `forensic`: a quarantined version too (to scan or examine it), recorded in the event log."""
        out = Path(out)
        if out.exists():
            raise IntegrityError(f"{out}: exists; checkout never overwrites")
        manifest = self.verify(model, ref, forensic=forensic)
        if forensic:
            with self._db() as db:
                self._event(db, model, "forensic-checkout", None, None, self._resolve(model, ref), str(out))
        with self._db() as db:
            (bundle_text,) = db.execute("SELECT bundle FROM versions WHERE model = ? AND number = ?",
                                        (model, self._resolve(model, ref))).fetchone()
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
        try:
            single = [r.name for r in manifest.resources] == ["."]
            for r in manifest.resources:
                target = tmp / "model" if single else tmp / PurePosixPath(r.name)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self._object(r.digest), target)
            (tmp / ("model.sig" if not single else "model.bin.sig")).write_text(bundle_text, encoding="utf-8")
            if single:
                os.replace(tmp / "model.bin.sig", out.with_name(out.name + ".sig"))
                os.rename(tmp / "model", out)
            else:
                os.rename(tmp, out)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return out

    def promote(self, model: str, ref: int | str, stage: str = "production", note: str = "") -> VersionInfo:
        """Give `stage` to a version (verified first); the version that held it keeps it in the event log."""
        if not stage or not stage.replace("-", "").isalnum() or stage.isdigit():
            raise IntegrityError(f"stage {stage!r}: expected a word such as production or staging")
        number = self._resolve(model, ref)
        self.verify(model, number)
        with self._db() as db:
            vid = db.execute("SELECT id FROM versions WHERE model = ? AND number = ?", (model, number)).fetchone()[0]
            before = db.execute("SELECT v.number FROM stages s JOIN versions v ON v.id = s.version_id "
                                "WHERE s.model = ? AND s.stage = ?", (model, stage)).fetchone()
            db.execute("INSERT OR REPLACE INTO stages VALUES (?, ?, ?)", (model, stage, vid))
            self._event(db, model, "promote", stage, before[0] if before else None, number, note)
        return self.version(model, number)

    def rollback(self, model: str, stage: str = "production", note: str = "") -> VersionInfo:
        """Move `stage` back to the version that held it before the current one (verified first)."""
        with self._db() as db:
            rows = db.execute("SELECT action, to_version FROM events WHERE model = ? AND stage = ? AND "
                              "action IN ('promote', 'rollback') ORDER BY id", (model, stage)).fetchall()
        history: list[int] = []  # the versions that held the stage, most recent last
        for action, after in rows:
            if action == "rollback":
                history.pop()
            elif not history or history[-1] != after:
                history.append(after)
        if len(history) < 2:
            raise IntegrityError(f"model {model!r}: no earlier version held {stage!r}; nothing to roll back to")
        target = history[-2]
        self.verify(model, target)
        with self._db() as db:
            vid = db.execute("SELECT id FROM versions WHERE model = ? AND number = ?", (model, target)).fetchone()[0]
            db.execute("INSERT OR REPLACE INTO stages VALUES (?, ?, ?)", (model, stage, vid))
            self._event(db, model, "rollback", stage, history[-1], target, note)
        return self.version(model, target)

    def events(self, model: str | None = None) -> tuple[Event, ...]:
        with self._db() as db:
            rows = db.execute("SELECT time, model, action, stage, from_version, to_version, actor, note FROM events"
                              + (" WHERE model = ?" if model else "") + " ORDER BY id",
                              (model,) if model else ()).fetchall()
        return tuple(Event(*r) for r in rows)


@dataclass(frozen=True)
class StoredModel:
    """A version of a model in a store, as `modelward.api.load_model` takes it: its bytes are read when the
    model is loaded, verified (signature, hashes) and never from a quarantined version. `ref`: a number or a
    stage; `member`: the file to load from a version of several files."""

    store: ModelStore
    model: str
    ref: int | str = "production"
    member: str | None = None

    def read(self) -> tuple[bytes, str]:
        """The verified bytes and a label naming the store, the version and the file."""
        data = self.store.read(self.model, self.ref, self.member)
        number = self.store.version(self.model, self.ref).number
        return data, f"{self.store.root}:{self.model} v{number}" + (f"[{self.member}]" if self.member else "")


def push_mlflow(store: ModelStore, uri: str, model: str, signer: Signer, note: str = "") -> VersionInfo:
    """Download an MLflow model (`models:/NAME/VERSION`, `runs:/ID/PATH`, ...) with mlflow and push it as a
    signed version; the temporary download is removed afterwards."""
    from modelward.core.errors import require

    mlflow: Any = require("mlflow", "mlflow", "Registering MLflow models")
    with tempfile.TemporaryDirectory(prefix="modelward-mlflow-") as tmp:
        try:
            local = mlflow.artifacts.download_artifacts(artifact_uri=uri, dst_path=tmp)
        except Exception as exc:  # mlflow raises its own exception types
            raise IntegrityError(f"{uri}: MLflow could not download the model ({exc})") from None
        if not (Path(local) / "MLmodel").is_file():
            raise IntegrityError(f"{uri}: not an MLflow model (no MLmodel file at its root)")
        return store.push(Path(local), model, signer, note=note, source=uri)
