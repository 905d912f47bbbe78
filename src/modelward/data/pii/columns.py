"""Column-level PII inference for tables: a column is a PII column of one kind when most of its sampled,
non-empty cells hold that kind (so one malformed e-mail does not clear a column of e-mails), or when its
name says so and a good share of the cells agree. Single first names or surnames in a column named
like a name column are recognised through the lexicon, which the free-text rules would not do."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from modelward.data.pii.detector import PiiDetector
from modelward.data.pii.entities import Entity
from modelward.data.pii.names import lexicon

NAME_HINTS: dict[Entity, re.Pattern[str]] = {
    Entity.EMAIL: re.compile(r"e-?mail", re.I),
    Entity.PHONE: re.compile(r"phone|tel|mobile|fax|cell", re.I),
    Entity.SSN: re.compile(r"ssn|social.?sec", re.I),
    Entity.CARD: re.compile(r"card|cc.?num|\bpan\b", re.I),
    Entity.IBAN: re.compile(r"iban|bank.?account", re.I),
    Entity.IP: re.compile(r"(?:^|_|\b)ip(?:$|_|\b)|ip.?addr", re.I),
    Entity.DATE_OF_BIRTH: re.compile(r"dob|birth", re.I),
    Entity.ADDRESS: re.compile(r"address|street|addr", re.I),
    Entity.PERSON: re.compile(r"name|surname|customer|patient|employee|person|contact", re.I),
    Entity.NATIONAL_ID: re.compile(r"nino|national.?id|passport|\bsin\b|bsn|dni|nir|aadhaar", re.I),
}


@dataclass(frozen=True)
class ColumnPii:
    """What one column holds. `entity`: the kind most cells hold (None: no PII); `share`: the share of
    sampled non-empty cells holding it; `counts`: cells per kind; `rows`: the first rows with any PII."""

    column: str
    entity: Entity | None
    share: float
    cells: int
    counts: dict[str, int] = field(default_factory=dict)
    rows: tuple[int, ...] = ()
    name_hint: bool = False

    @property
    def is_pii(self) -> bool:
        return self.entity is not None


def cell_text(value: Any) -> str | None:
    """A cell as text (integral floats without ".0": card numbers stored as numbers), None when empty."""
    if value is None:
        return None
    if isinstance(value, float | np.floating):
        number = float(value)
        if not np.isfinite(number):
            return None
        return str(int(number)) if number.is_integer() and abs(number) < 1e19 else repr(number)
    text = str(value).strip()
    return text or None


def _lexicon_name(text: str) -> bool:
    lex = lexicon()
    words = [w.lower() for w in re.split(r"[\s,]+", text) if w]
    return 0 < len(words) <= 4 and text[:1].isupper() and all(w in lex.first or w in lex.last for w in words)


def infer_column(name: str, values: Sequence[Any] | np.ndarray, detector: PiiDetector | None = None,
                 sample: int = 1000, threshold: float = 0.5, seed: int = 0) -> ColumnPii:
    """The PII verdict of one column, from up to `sample` non-empty cells (taken evenly at random)."""
    detector = detector or PiiDetector()
    cells = [(i, t) for i, v in enumerate(list(values)) if (t := cell_text(v)) is not None]
    if len(cells) > sample:
        pick = np.sort(np.random.default_rng(seed).choice(len(cells), size=sample, replace=False))
        cells = [cells[i] for i in pick]
    counts: dict[str, int] = {}
    rows: list[int] = []
    hinted = {e for e, pattern in NAME_HINTS.items() if pattern.search(name)}
    found = detector.detect_many([text for _, text in cells])  # the batch call: the cells read in groups
    for (row, text), matches in zip(cells, found, strict=True):
        kinds = {m.entity for m in matches}
        if not kinds and Entity.PERSON in hinted and Entity.PERSON in detector.entities and _lexicon_name(text):
            kinds = {Entity.PERSON}
        for kind in kinds:
            counts[kind.value] = counts.get(kind.value, 0) + 1
        if kinds and len(rows) < 20:
            rows.append(row)
    if not cells or not counts:
        return ColumnPii(name, None, 0.0, len(cells), counts, tuple(rows), bool(hinted))
    best = max(counts, key=lambda k: counts[k])
    share = counts[best] / len(cells)
    entity = Entity(best)
    enough = share >= threshold or (entity in hinted and share >= threshold / 2)
    return ColumnPii(name, entity if enough else None, share, len(cells), counts, tuple(rows), entity in hinted)


def infer_columns(columns: dict[str, Sequence[Any] | np.ndarray], detector: PiiDetector | None = None,
                  sample: int = 1000, threshold: float = 0.5, seed: int = 0) -> list[ColumnPii]:
    """`infer_column` over every column of a table."""
    detector = detector or PiiDetector()
    return [infer_column(n, v, detector, sample, threshold, seed) for n, v in columns.items()]
