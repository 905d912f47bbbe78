"""Data provenance: a manifest of a data file (its SHA-256, and one hash per row of the features and of the
label) that lineage records can cite, and the diff of two versions: rows added and removed, labels
changed under unchanged features, and findings for additions that look like poisoning (added rows that
copy an existing row's features with another label; additions piled into one class)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.data import read_columns
from modelward.core.errors import DataError
from modelward.core.findings import Finding, Location
from modelward.core.output import atomic_write
from modelward.data.findings import finding

MANIFEST_FORMAT = "modelward.data-manifest"
MANIFEST_VERSION = 1
MITIGATIONS = ("data-provenance", "data-sanitization")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float | np.floating):
        return "" if np.isnan(v) else repr(float(v))
    return str(v).strip()


def _row_digests(columns: dict[str, np.ndarray], names: list[str]) -> list[str]:
    n = len(next(iter(columns.values()))) if columns else 0
    cols = [[_cell(v) for v in columns[c].tolist()] for c in names]
    return [hashlib.sha256("\x1f".join(col[i] for col in cols).encode()).hexdigest()[:32] for i in range(n)]


@dataclass(frozen=True)
class DataManifest:
    """A data file's identity: its SHA-256 and size, its columns, and per row a hash of the feature cells
    and the label (so a label flip shows as the same features with another label)."""

    path: str
    sha256: str
    size: int
    columns: tuple[str, ...]
    target: str | None
    rows: tuple[str, ...]
    labels: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {"format": MANIFEST_FORMAT, "version": MANIFEST_VERSION, "path": self.path, "sha256": self.sha256,
                "size": self.size, "columns": list(self.columns), "target": self.target, "rows": list(self.rows),
                "labels": list(self.labels)}

    def write(self, path: Path) -> Path:
        text = json.dumps(self.to_dict(), separators=(",", ":")) + "\n"
        return atomic_write(Path(path), lambda p: p.write_text(text, encoding="utf-8"))


def manifest(path: str | PathLike[str], target: str | None = None) -> DataManifest:
    """The manifest of a CSV, Parquet or NPZ file (the label column, when named, is hashed apart)."""
    p = Path(path)
    columns = read_columns(p, target or "")
    if target is not None and target not in columns:
        raise DataError(f"{p}: no target column {target!r}; available columns: {list(columns)}")
    digest = hashlib.sha256()
    with p.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    features = [c for c in columns if c != target]
    labels = tuple(_cell(v) for v in columns[target].tolist()) if target else ()
    return DataManifest(str(p), digest.hexdigest(), p.stat().st_size, tuple(columns), target,
                        tuple(_row_digests(columns, features)), labels)


@dataclass(frozen=True, eq=False)
class DataDiff:
    """What changed from `old` to `new`: indices (in the file they belong to) of removed and added rows,
    and rows of `new` whose features are unchanged but whose label changed (with the old label)."""

    old: DataManifest
    new: DataManifest
    removed: tuple[int, ...]
    added: tuple[int, ...]
    relabelled: tuple[tuple[int, str, str], ...]


def diff(old: DataManifest, new: DataManifest) -> DataDiff:
    """Rows matched by their feature hash (as a multiset: a duplicated row counts twice)."""
    if [c for c in old.columns if c != old.target] != [c for c in new.columns if c != new.target]:
        raise DataError(f"{new.path}: its feature columns differ from {old.path}'s; compare versions of one table")
    old_keys = [(h, old.labels[i] if old.labels else "") for i, h in enumerate(old.rows)]
    new_keys = [(h, new.labels[i] if new.labels else "") for i, h in enumerate(new.rows)]
    remaining = Counter(old_keys)
    added: list[int] = []
    for i, key in enumerate(new_keys):
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            added.append(i)
    by_features: dict[str, list[int]] = {}
    for i, key in enumerate(old_keys):
        if remaining[key] > 0:
            by_features.setdefault(key[0], []).append(i)
    relabelled: list[tuple[int, str, str]] = []
    truly_added: list[int] = []
    used: Counter[int] = Counter()
    removed_set = {i for i, key in enumerate(old_keys) if remaining[key] > 0}
    for i in added:
        h, label = new_keys[i]
        candidates = [j for j in by_features.get(h, []) if used[j] == 0]
        if candidates:
            j = candidates[0]
            used[j] += 1
            removed_set.discard(j)
            relabelled.append((i, old_keys[j][1], label))
        else:
            truly_added.append(i)
    removed = sorted(j for j in removed_set if used[j] == 0)
    return DataDiff(old, new, tuple(removed), tuple(truly_added), tuple(relabelled))


def diff_findings(d: DataDiff, check_id: str = "data.diff") -> list[Finding]:
    """Label changes under unchanged features (likelihood 4 above 1% of the rows, else 3; impact 3), added
    rows that repeat an old row's features with another label (likelihood 4, impact 4), additions piled
    into one class (over half of them, at least twice its old share: likelihood 3, impact 4), and an info
    finding with the counts."""
    loc = Location(file=d.new.path)
    n_new = len(d.new.rows)
    out = [finding(check_id, "data-poisoning", f"{len(d.added)} rows added, {len(d.removed)} removed, "
                   f"{len(d.relabelled)} relabelled", f"From {d.old.path} (sha256 {d.old.sha256[:16]}) to "
                   f"{d.new.path} (sha256 {d.new.sha256[:16]}).", "per-row SHA-256 of the feature cells and the label",
                   {"added": len(d.added), "removed": len(d.removed), "relabelled": len(d.relabelled),
                    "rows_old": len(d.old.rows), "rows_new": n_new}, location=loc, mitigations=MITIGATIONS)]
    if d.relabelled:
        share = len(d.relabelled) / max(n_new, 1)
        flips = Counter((a, b) for _, a, b in d.relabelled).most_common(3)
        out.append(finding(check_id, "data-poisoning", f"{len(d.relabelled)} rows changed label, features unchanged",
                           f"Rows (new file): {[i for i, _, _ in d.relabelled[:20]]}; most common changes: "
                           f"{', '.join(f'{a!r} -> {b!r} x{n}' for (a, b), n in flips)}. A label changed without "
                           "its input is a correction or a flip: check who made it.", "per-row hashes",
                           {"relabelled": len(d.relabelled), "share": round(share, 4)},
                           4 if share > 0.01 else 3, 3, loc, MITIGATIONS))
    old_labels: dict[str, set[str]] = {}
    for h, label in zip(d.old.rows, d.old.labels or [""] * len(d.old.rows), strict=True):
        old_labels.setdefault(h, set()).add(label)
    conflicting = [i for i in d.added if d.new.labels and d.new.rows[i] in old_labels
                   and d.new.labels[i] not in old_labels[d.new.rows[i]]]
    if conflicting:
        out.append(finding(check_id, "data-poisoning", f"{len(conflicting)} added rows copy existing inputs with "
                           "another label", f"Rows (new file): {conflicting[:20]}.", "per-row hashes",
                           {"rows": len(conflicting)}, 4, 4, loc, MITIGATIONS))
    if d.new.labels and len(d.added) >= 10:
        counts = Counter(d.new.labels[i] for i in d.added)
        label, n = counts.most_common(1)[0]
        old_share = (Counter(d.old.labels)[label] / len(d.old.labels)) if d.old.labels else 0.0
        if n / len(d.added) > 0.5 and n / len(d.added) >= 2 * old_share:
            out.append(finding(check_id, "data-poisoning", f"{n} of {len(d.added)} added rows are labelled {label!r}",
                               f"The class held {old_share:.1%} of the old rows and takes {n / len(d.added):.0%} of "
                               "the additions: the pattern of an all-to-one backdoor or a targeted flood.",
                               "label counts of the added rows",
                               {"added_in_class": n, "old_share": round(old_share, 4)},
                               3, 4, loc, MITIGATIONS))
    return out
