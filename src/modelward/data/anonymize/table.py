"""Anonymise a table: direct identifiers dropped, masked or replaced by keyed pseudonyms; quasi-identifiers
generalised to their Mondrian class's range (numbers: "lo-hi"; categories: the class's values joined by
"|"); risk and utility measured before and after. Columns not named stay as they are."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from modelward.core.errors import ConfigError, DataError
from modelward.data.anonymize.measures import Risk, certainty_penalty, classes_of, distinct_l, risk, t_closeness
from modelward.data.anonymize.mondrian import mondrian
from modelward.data.pii.redact import MIN_KEY_BYTES, format_token, pseudonym

IDENTIFIER_POLICIES = ("drop", "mask", "hmac", "format")


@dataclass(frozen=True, eq=False)
class Anonymised:
    """The released columns, the class of each row, and the measures before and after."""

    columns: dict[str, np.ndarray]
    classes: np.ndarray
    before: Risk
    after: Risk
    certainty_penalty: float
    l_diversity: int | None = None
    t_closeness: float | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def summary(self) -> dict[str, object]:
        return {"rows": len(self.classes), "before": self.before.to_dict(), "after": self.after.to_dict(),
                "certainty_penalty": round(self.certainty_penalty, 6), "l_diversity": self.l_diversity,
                "t_closeness": None if self.t_closeness is None else round(self.t_closeness, 6),
                "notes": list(self.notes)}


def _codes(name: str, col: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """A quasi-identifier as numbers: its values when numeric, else codes of its sorted categories."""
    if col.dtype != object:
        values = col.astype(float)
        return values, None
    try:
        return np.array([float(v) for v in col.tolist()]), None
    except (TypeError, ValueError):
        text = np.array(["" if v is None else str(v) for v in col.tolist()], dtype=object)
        categories, codes = np.unique(text, return_inverse=True)
        return codes.astype(float), categories


def _generalise(values: np.ndarray, classes: np.ndarray, categories: np.ndarray | None) -> np.ndarray:
    m = classes.max() + 1
    lo = np.full(m, np.inf)
    hi = np.full(m, -np.inf)
    np.minimum.at(lo, classes, values)
    np.maximum.at(hi, classes, values)
    if categories is None:
        labels = np.array([f"{a:g}" if a == b else f"{a:g}-{b:g}" for a, b in zip(lo, hi, strict=True)],
                          dtype=object)
    else:  # the categories the class holds (codes between lo and hi are ordered, so list the present ones)
        present: dict[int, set[int]] = {}
        for c, v in zip(classes.tolist(), values.astype(int).tolist(), strict=True):
            present.setdefault(c, set()).add(v)
        labels = np.array(["|".join(str(categories[v]) for v in sorted(present.get(c, ()))) for c in range(m)],
                          dtype=object)
    out: np.ndarray = labels[classes]
    return out


def anonymise(columns: Mapping[str, Sequence[object] | np.ndarray], quasi_identifiers: Sequence[str], k: int,
              sensitive: str | None = None, l_diversity: int = 1, identifiers: Mapping[str, str] | None = None,
              key: bytes | None = None, ordered_sensitive: bool | None = None) -> Anonymised:
    """k-anonymous (and distinct l-diverse) release of `columns` over `quasi_identifiers`. `identifiers`:
    column -> "drop", "mask", "hmac" (a keyed pseudonym) or "format" (a keyed token of the same format);
    the last two need `key`."""
    cols = {n: np.asarray(v, dtype=object if np.asarray(v).dtype.kind in "OUS" else None) for n, v in columns.items()}
    missing = [q for q in [*quasi_identifiers, *([sensitive] if sensitive else []), *(identifiers or {})]
               if q not in cols]
    if missing:
        raise DataError(f"no column {missing[0]!r}; available columns: {list(cols)}")
    if not quasi_identifiers:
        raise ConfigError("name at least one quasi-identifier (--qi)")
    for name, policy in (identifiers or {}).items():
        if policy not in IDENTIFIER_POLICIES:
            raise ConfigError(f"identifier column {name!r}: policy {policy!r}; expected one of "
                              f"{', '.join(IDENTIFIER_POLICIES)}")
        if policy in ("hmac", "format") and (key is None or len(key) < MIN_KEY_BYTES):
            raise ConfigError(f"identifier column {name!r}: {policy} needs a key of at least {MIN_KEY_BYTES} bytes")
    encoded = [_codes(q, cols[q]) for q in quasi_identifiers]
    Q = np.column_stack([values for values, _ in encoded])
    if not np.isfinite(Q).all():
        bad = quasi_identifiers[int(np.flatnonzero(~np.isfinite(Q).all(axis=0))[0])]
        raise DataError(f"quasi-identifier {bad!r} has missing or non-numeric values; fill or drop those rows")
    sens = cols[sensitive] if sensitive else None
    sens_codes = None if sens is None else np.unique(np.array([str(v) for v in sens.tolist()]), return_inverse=True)[1]
    before = risk(classes_of(Q))
    classes = mondrian(Q, k, sens_codes, l_diversity)
    out = dict(cols)
    for q, (values, categories) in zip(quasi_identifiers, encoded, strict=True):
        out[q] = _generalise(values, classes, categories)
    for name, policy in (identifiers or {}).items():
        if policy == "drop":
            del out[name]
        elif policy == "mask":
            out[name] = np.array(["*" * len(str(v)) for v in cols[name].tolist()], dtype=object)
        else:
            assert key is not None
            make = pseudonym if policy == "hmac" else format_token
            out[name] = np.array([make(str(v), name, key) for v in cols[name].tolist()], dtype=object)
    l_value = t_value = None
    if sens is not None and sens_codes is not None:
        l_value = distinct_l(classes, sens_codes)
        ordered = ordered_sensitive if ordered_sensitive is not None else sens.dtype != object
        t_value = t_closeness(classes, np.asarray(sens.astype(float) if ordered else sens_codes), ordered)
    return Anonymised(out, classes, before, risk(classes), certainty_penalty(Q, classes), l_value, t_value)
