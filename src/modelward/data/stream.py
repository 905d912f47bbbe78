"""Reading a CSV too large to load: one pass, a uniform random sample of rows kept (reservoir sampling,
Vitter's algorithm R), so memory stays bounded by the sample whatever the file's size."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from modelward.core.errors import DataError


def sample_csv(path: Path, n_rows: int, seed: int = 0) -> tuple[dict[str, np.ndarray], int]:
    """Up to `n_rows` rows drawn uniformly from the CSV (or TSV) at `path`, as text columns, and the number
    of data rows the file holds."""
    rng = np.random.default_rng(seed)
    kept: list[list[str]] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            first = fh.readline()
            delimiter = "\t" if path.suffix.lower() == ".tsv" else max(",;\t|", key=first.count)
            fh.seek(0)
            reader = csv.reader(fh, delimiter=delimiter)
            header = [h.strip() for h in next(reader, [])]
            if not header or not any(header):
                raise DataError(f"{path}: no header row")
            seen = 0
            for row in reader:
                if not row:
                    continue
                if len(row) != len(header):
                    raise DataError(f"{path}: line {reader.line_num} has {len(row)} fields, the header has "
                                    f"{len(header)}")
                if seen < n_rows:
                    kept.append(row)
                else:
                    j = int(rng.integers(0, seen + 1))
                    if j < n_rows:
                        kept[j] = row
                seen += 1
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); unreadable as CSV") from exc
    except csv.Error as exc:
        raise DataError(f"{path}: unreadable as CSV: {exc}") from exc
    if not kept:
        raise DataError(f"{path}: no data rows")
    cells = np.array(kept, dtype=object).reshape(len(kept), len(header))
    return {name: cells[:, j] for j, name in enumerate(header)}, seen


def write_csv(columns: dict[str, np.ndarray], path: Path) -> Path:
    """The columns as a CSV (for the loaders that read files)."""
    names = list(columns)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(names)
        writer.writerows(zip(*(columns[n].tolist() for n in names), strict=True))
    return path
