"""Per-tensor digests of safetensors files, signed with the manifest, so that a failed verification names
the tensors an insider changed (not only the file or byte range), without the original file at hand.

Each tensor's bytes and the header (names, dtypes, shapes, offsets, metadata) are hashed separately with
the same parallel hasher as the manifest. At verification only the files that changed are read again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from modelward.core.errors import ModelwardError
from modelward.integrity.errors import BundleError
from modelward.integrity.hashing import Piece, hash_pieces
from modelward.integrity.tensors import is_safetensors, safetensors_layout
from modelward.integrity.walk import ModelFile


@dataclass(frozen=True)
class FileTensorDigests:
    """SHA-256 of a safetensors file's header and of each tensor's bytes."""

    header: str
    tensors: Mapping[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {"header": self.header, "tensors": dict(self.tensors)}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> FileTensorDigests:
        if (not isinstance(data, Mapping) or not isinstance(data.get("header"), str)
                or not isinstance(data.get("tensors"), Mapping)
                or not all(isinstance(k, str) and isinstance(v, str) for k, v in data["tensors"].items())):
            raise BundleError(f"{where}: expected {{header: digest, tensors: {{name: digest}}}}")
        return cls(data["header"], dict(data["tensors"]))


@dataclass(frozen=True)
class TensorDigestDiff:
    """Which tensors of one file differ from the signed digests."""

    file: str
    header_changed: bool
    changed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def describe(self) -> str:
        parts = [f"tensors changed: {', '.join(self.changed[:8])}" + (" ..." if len(self.changed) > 8 else "")
                 ] if self.changed else []
        parts += [f"tensors added: {', '.join(self.added[:8])}"] if self.added else []
        parts += [f"tensors removed: {', '.join(self.removed[:8])}"] if self.removed else []
        if self.header_changed and not parts:
            parts.append("header changed (dtype, shape, offsets or metadata)")
        return f"{self.file}: " + "; ".join(parts or ["unreadable as safetensors now"])

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "header_changed": self.header_changed, "changed": list(self.changed),
                "added": list(self.added), "removed": list(self.removed)}


def tensor_digests(files: Sequence[ModelFile], workers: int | None = None) -> dict[str, FileTensorDigests]:
    """Digests of every safetensors file among `files` (others are left out), by manifest name."""
    layouts = {}
    for f in files:
        if f.size >= 10 and is_safetensors(f.path):
            layouts[f.name] = (f, safetensors_layout(f.path))
    pieces = [Piece(f, 0, layout.header_end) for f, layout in layouts.values()]
    pieces += [Piece(f, e.start, e.end) for f, layout in layouts.values() for e in layout.entries]
    digests = iter(d.hex() for d in hash_pieces(pieces, workers=workers))
    headers = {name: next(digests) for name in layouts}
    return {name: FileTensorDigests(headers[name], {e.name: next(digests) for e in layout.entries})
            for name, (_, layout) in layouts.items()}


def locate(expected: Mapping[str, FileTensorDigests], files: Sequence[ModelFile],
           workers: int | None = None) -> tuple[TensorDigestDiff, ...]:
    """For each of `files` with signed tensor digests: the tensors that differ now."""
    out = []
    for f in files:
        want = expected.get(f.name)
        if want is None:
            continue
        try:
            have = tensor_digests([f], workers).get(f.name)
        except ModelwardError:
            have = None
        if have is None:
            out.append(TensorDigestDiff(f.name, True))
            continue
        a, b = want.tensors, have.tensors
        out.append(TensorDigestDiff(f.name, want.header != have.header,
                                    tuple(sorted(n for n in set(a) & set(b) if a[n] != b[n])),
                                    tuple(sorted(set(b) - set(a))), tuple(sorted(set(a) - set(b)))))
    return tuple(out)
