"""Manifests: every file (or shard of a file) of a model paired with its digest, in the serialisation of
OpenSSF model signing (`model-signing` v1.0: methods "files" and "shards"), so that a manifest made here
and one made by model-signing for the same model and settings are the same manifest.

The root digest is SHA-256 over the items' raw digests in canonical order (by path components, then
shard offsets), as model signing computes the in-toto subject digest.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from modelward.integrity.errors import BundleError, ManifestError
from modelward.integrity.hashing import DEFAULT_CHUNK, HASH_TYPES, ProgressFn, hash_pieces, split
from modelward.integrity.walk import GIT_PATHS, ModelFile, list_files, normalise_ignore_paths

FILES, SHARDS = "files", "shards"
METHODS = (FILES, SHARDS)
DEFAULT_SHARD_SIZE = 256 << 20  # 256 MiB: enough shards to keep every core busy on one large file
_DIGEST_HEX_LENGTH = {"sha256": 64, "blake2": 128}


@dataclass(frozen=True)
class Serialization:
    """How a manifest was made; recorded in the signature so that verification hashes the same way."""

    method: str = SHARDS
    hash_type: str = "sha256"
    shard_size: int | None = DEFAULT_SHARD_SIZE
    allow_symlinks: bool = False
    ignore_paths: tuple[str, ...] = GIT_PATHS

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ManifestError(f"serialization method {self.method!r}: expected one of {', '.join(METHODS)}")
        if self.hash_type not in HASH_TYPES:
            raise ManifestError(f"hash type {self.hash_type!r}: expected one of {', '.join(HASH_TYPES)}")
        if self.method == SHARDS and (self.shard_size is None or self.shard_size < 1):
            raise ManifestError(f"shard size {self.shard_size!r}: the shards method needs a positive size in bytes")
        if self.method == FILES and self.shard_size is not None:
            object.__setattr__(self, "shard_size", None)
        object.__setattr__(self, "ignore_paths", normalise_ignore_paths(self.ignore_paths))

    @property
    def item_algorithm(self) -> str:
        """The algorithm name each item carries ("sha256", or "sha256-sharded-SIZE" for shards)."""
        return self.hash_type if self.method == FILES else f"{self.hash_type}-sharded-{self.shard_size}"

    def ignoring(self, *paths: str) -> Serialization:
        return replace(self, ignore_paths=(*self.ignore_paths, *paths))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"method": self.method, "hash_type": self.hash_type}
        if self.method == SHARDS:
            out["shard_size"] = self.shard_size
        out["allow_symlinks"] = self.allow_symlinks
        if self.ignore_paths:
            out["ignore_paths"] = list(self.ignore_paths)
        return out

    @classmethod
    def from_dict(cls, data: Any, where: str = "serialization") -> Serialization:
        if not isinstance(data, Mapping):
            raise BundleError(f"{where}: expected an object with method, hash_type and allow_symlinks")
        method = data.get("method")
        if method not in METHODS:
            raise BundleError(f"{where}.method: {method!r} is not a serialisation this modelward knows "
                              f"(expected {' or '.join(METHODS)}); the bundle may come from a newer model-signing")
        shard = data.get("shard_size")
        if method == SHARDS:  # model-signing writes it through protobuf's Struct: 1000000000.0
            if isinstance(shard, bool) or not isinstance(shard, int | float) or shard != int(shard) or shard < 1:
                raise BundleError(f"{where}.shard_size: expected a positive whole number of bytes, got {shard!r}")
            shard = int(shard)
        allow = data.get("allow_symlinks", False)
        if not isinstance(allow, bool):
            raise BundleError(f"{where}.allow_symlinks: expected true or false, got {allow!r}")
        ignore = data.get("ignore_paths", [])
        if not isinstance(ignore, list) or not all(isinstance(p, str) for p in ignore):
            raise BundleError(f"{where}.ignore_paths: expected a list of paths")
        try:
            return cls(method, str(data.get("hash_type")), shard if method == SHARDS else None, allow, tuple(ignore))
        except ManifestError as exc:
            raise BundleError(f"{where}: {exc}") from None


@dataclass(frozen=True)
class Resource:
    """One item of a manifest: a file ("path") or a shard of one ("path:start:end"), with its digest."""

    name: str
    algorithm: str
    digest: str  # hex

    @property
    def path(self) -> str:
        return self.name.rsplit(":", 2)[0] if self.is_shard else self.name

    @property
    def is_shard(self) -> bool:
        return "-sharded-" in self.algorithm

    @property
    def span(self) -> tuple[int, int] | None:
        if not self.is_shard:
            return None
        _, start, end = self.name.rsplit(":", 2)
        return int(start), int(end)

    @property
    def sort_key(self) -> tuple[tuple[str, ...], int, int]:
        start, end = self.span or (0, 0)
        return PurePosixPath(self.path).parts, start, end


def _shard_name(f: ModelFile, start: int, end: int) -> str:
    return f"{f.name}:{start}:{end}"


@dataclass(frozen=True)
class Manifest:
    """A model's items and how they were made. Two manifests are equal when their items are."""

    model_name: str
    resources: tuple[Resource, ...]
    serialization: Serialization = field(default_factory=Serialization)

    def __post_init__(self) -> None:
        object.__setattr__(self, "resources", tuple(sorted(self.resources, key=lambda r: r.sort_key)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Manifest) and self.resources == other.resources

    def __hash__(self) -> int:
        return hash(self.resources)

    @property
    def root_digest(self) -> str:
        """SHA-256 over the raw item digests in canonical order: the in-toto subject digest."""
        h = hashlib.sha256()
        for r in self.resources:
            h.update(bytes.fromhex(r.digest))
        return h.hexdigest()

    @property
    def files(self) -> dict[str, tuple[Resource, ...]]:
        out: dict[str, list[Resource]] = {}
        for r in self.resources:
            out.setdefault(r.path, []).append(r)
        return {k: tuple(v) for k, v in out.items()}

    def file_digest(self, name: str) -> str | None:
        """The whole-file digest of `name` when the manifest holds it (files method, or a file of one shard)."""
        items = self.files.get(name, ())
        if len(items) != 1:
            return None
        span = items[0].span
        return items[0].digest if span is None or span[0] == 0 else None


def check_resources(resources: Iterable[Resource], serialization: Serialization, where: str) -> None:
    """Refuse items a hostile or broken bundle could carry: bad names, digests, algorithms, duplicates."""
    seen: set[str] = set()
    expected_alg = serialization.item_algorithm
    hex_len = _DIGEST_HEX_LENGTH[serialization.hash_type]
    for i, r in enumerate(resources):
        at = f"{where}[{i}] ({r.name!r})"
        if r.algorithm != expected_alg:
            raise BundleError(f"{at}: algorithm {r.algorithm!r}, expected {expected_alg!r} from the serialization")
        if len(r.digest) != hex_len or not re.fullmatch(r"[0-9a-f]+", r.digest):
            raise BundleError(f"{at}: digest must be {hex_len} lowercase hex characters")
        path = PurePosixPath(r.path)
        if r.path != "." and (not r.path or path.is_absolute() or ".." in path.parts or str(path) != r.path):
            raise BundleError(f"{at}: expected a normalised path relative to the model, inside it")
        if r.is_shard:
            try:
                start, end = r.span or (0, 0)
            except ValueError:
                raise BundleError(f"{at}: a shard name must end with ':START:END' (byte offsets)") from None
            if not 0 <= start < end or end - start > (serialization.shard_size or 0):
                raise BundleError(f"{at}: shard offsets must satisfy 0 <= start < end, end - start <= shard size")
        if r.name in seen:
            raise BundleError(f"{at}: the item is listed twice")
        seen.add(r.name)


@dataclass(frozen=True)
class FileChange:
    """A file whose content differs. For shard manifests: the byte ranges (shards) that differ and, when the
    file changed size, its size before and after."""

    name: str
    ranges: tuple[tuple[int, int], ...] = ()
    size_before: int | None = None
    size_after: int | None = None

    def describe(self) -> str:
        if self.size_before is not None and self.size_before != self.size_after:
            return f"{self.name} (size {self.size_before} -> {self.size_after} bytes)"
        if not self.ranges:
            return self.name
        spans = ", ".join(f"{a}-{b}" for a, b in self.ranges[:4]) + (" ..." if len(self.ranges) > 4 else "")
        return f"{self.name} (bytes {spans})"


@dataclass(frozen=True)
class ManifestDiff:
    """What differs between the signed manifest (expected) and the model on disk (actual)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[FileChange, ...] = ()

    @property
    def ok(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def lines(self) -> list[str]:
        return ([f"added: {n}" for n in self.added] + [f"removed: {n}" for n in self.removed]
                + [f"changed: {c.describe()}" for c in self.changed])

    def to_dict(self) -> dict[str, Any]:
        return {"added": list(self.added), "removed": list(self.removed),
                "changed": [{"name": c.name, "ranges": [list(r) for r in c.ranges], "size_before": c.size_before,
                             "size_after": c.size_after} for c in self.changed]}


def compare(expected: Manifest, actual: Manifest) -> ManifestDiff:
    """Files added, removed or changed from `expected` to `actual`, by name."""
    want, have = expected.files, actual.files
    changed = []
    for name in sorted(set(want) & set(have), key=lambda n: PurePosixPath(n).parts):
        if want[name] != have[name]:
            a = {r.span: r.digest for r in want[name]}
            b = {r.span: r.digest for r in have[name]}
            spans = sorted(s for s in set(a) | set(b) if s is not None and a.get(s) != b.get(s))
            sizes = [max((s[1] for s in side if s is not None), default=None) for side in (a, b)]
            changed.append(FileChange(name, tuple(spans), sizes[0], sizes[1]))
    key = lambda n: PurePosixPath(n).parts  # noqa: E731
    return ManifestDiff(tuple(sorted(set(have) - set(want), key=key)), tuple(sorted(set(want) - set(have), key=key)),
                        tuple(changed))


def _model_name(model: Path) -> str:
    name = model.name
    return name if name and name != ".." else os.path.basename(model.resolve())


def build_manifest(model: Path, serialization: Serialization | None = None, *, workers: int | None = None,
                   chunk_size: int = DEFAULT_CHUNK, progress: ProgressFn | None = None) -> Manifest:
    """Hash every file of `model` (file or directory) as `serialization` says, in parallel, in bounded memory.
    ManifestError names a file that cannot be hashed or that changed while it was being hashed."""
    model = Path(model)
    ser = serialization or Serialization()
    files = list_files(model, allow_symlinks=ser.allow_symlinks, ignore_paths=ser.ignore_paths)
    pieces = split(files, ser.shard_size if ser.method == SHARDS else None)
    digests = hash_pieces(pieces, hash_type=ser.hash_type, workers=workers, chunk_size=chunk_size, progress=progress)
    after = list_files(model, allow_symlinks=ser.allow_symlinks, ignore_paths=ser.ignore_paths)
    if after != files:
        before_names, after_names = {f.name for f in files}, {f.name for f in after}
        moved = sorted((before_names ^ after_names) or {f.name for f in set(files) ^ set(after)})
        raise ManifestError(f"{model}: changed while it was being hashed ({', '.join(moved[:5])}); "
                            "hash it again once nothing writes to it")
    algorithm = ser.item_algorithm
    resources = [Resource(p.file.name if ser.method == FILES else _shard_name(p.file, p.start, p.end), algorithm,
                          d.hex()) for p, d in zip(pieces, digests, strict=True)]
    return Manifest(_model_name(model), tuple(resources), ser)
