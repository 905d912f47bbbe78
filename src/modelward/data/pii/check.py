"""`data.pii`: personal data and secrets in the data a model is trained or assessed on, column by column.

Impact by kind: secrets, payment cards, SSNs and national ids 5 (direct fraud or identity theft); e-mail,
phone, IBAN, person names, addresses, dates of birth 4 (identify a person); IP addresses 3. Likelihood that
it leaks (through the model, a shared copy, a log): 4 for a column that is PII (most cells), 3 for a column
with PII in more than 5% of its cells, 2 below. So a column of SSNs is critical, a column of e-mails high."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from modelward.core.context import AssessContext
from modelward.core.findings import Finding, Location
from modelward.core.params import Param
from modelward.data.findings import finding
from modelward.data.pii.columns import ColumnPii, infer_columns
from modelward.data.pii.detector import PiiDetector, parse_entities
from modelward.data.pii.entities import Entity

THREAT = "data-leakage"
MITIGATIONS = ("pii-scrubbing",)
IMPACT = {Entity.SECRET: 5, Entity.CARD: 5, Entity.SSN: 5, Entity.NATIONAL_ID: 5, Entity.IP: 3}


def dataset_columns(ctx: AssessContext) -> dict[str, np.ndarray]:
    """The assessed data's columns as stored: category codes decoded back to their text."""
    data = ctx.data
    encodings = {e.column: e for e in getattr(data, "encodings", ())}
    out: dict[str, np.ndarray] = {}
    for j, name in enumerate(data.feature_names):
        col = data.X[:, j]
        enc = encodings.get(name)
        if enc is not None:
            present = ~np.isnan(col)
            decoded = np.full(col.shape, None, dtype=object)
            decoded[present] = enc.decode(col[present])
            out[name] = decoded
        else:
            out[name] = col
    return out


def _likelihood(col: ColumnPii) -> int:
    hits = max(col.counts.values()) / col.cells if col.counts and col.cells else 0.0
    return 4 if col.is_pii else 3 if hits > 0.05 else 2


def pii_findings(columns: Sequence[ColumnPii], check_id: str, source: str) -> list[Finding]:
    """One finding per column holding PII, and an info finding saying what was checked when none does."""
    out = []
    for col in columns:
        if not col.counts:
            continue
        kinds = [Entity(k) for k in col.counts]
        worst = col.entity or max(kinds, key=lambda e: IMPACT.get(e, 4))
        found = ", ".join(f"{k}: {n}" for k, n in sorted(col.counts.items()))
        what = (f"column {col.column!r} holds {worst.value} ({col.share:.0%} of {col.cells} sampled cells)"
                if col.is_pii else f"column {col.column!r} holds personal data in some cells ({found})")
        out.append(finding(
            check_id, THREAT, f"Personal data: {what}",
            f"Cells by kind: {found}. First rows: {list(col.rows[:10])}. Values are not repeated here.",
            "rule-based PII detection per cell (checksums, issuer ranges, libphonenumber, name lexicon, context), "
            "column verdict by majority of sampled cells",
            {"entity": worst.value, "share": round(col.share, 4), "cells_sampled": col.cells,
             **{f"cells_{k}": n for k, n in col.counts.items()}},
            _likelihood(col), IMPACT.get(worst, 4), Location(file=source, column=col.column),
            MITIGATIONS, "likelihood from how much of the column is PII; impact from the kind of PII"))
    if not out:
        out.append(finding(check_id, THREAT, f"No personal data found in {len(columns)} columns",
                           "Every column was sampled and each cell checked for every PII kind.",
                           "rule-based PII detection per cell", {"columns": len(columns),
                                                                 "cells_sampled": sum(c.cells for c in columns)},
                           1, 2, Location(file=source),
                           rationale="none found: what is left is the chance of a kind the rules miss"))
    return out


class PiiCheck:
    """Finds columns of personal data and secrets (e-mail, phone, card, IBAN, IP, SSN, national ids,
    secrets, dates of birth, addresses, person names) in the data, with a majority verdict per column."""

    id = "data.pii"
    threat = THREAT
    title = "Personal data and secrets in the data, per column"
    params = (
        Param("sample", int, 1000, "cells sampled per column", minimum=1),
        Param("threshold", float, 0.5, "share of cells that makes a column a PII column", minimum=0.01, maximum=1.0),
        Param("entities", str, (), "kinds to look for (default: all)", many=True),
    )
    example_params = {"sample": 200}

    def __init__(self, sample: int = 1000, threshold: float = 0.5, entities: tuple[str, ...] = ()) -> None:
        self.sample, self.threshold = sample, threshold
        self.detector = PiiDetector(parse_entities(entities)) if entities else PiiDetector()

    def applies(self, ctx: AssessContext) -> bool:
        return len(ctx.data) > 0

    def scan(self, columns: Mapping[str, Sequence[Any] | np.ndarray], source: str, seed: int = 0) -> list[Finding]:
        found = infer_columns(dict(columns), self.detector, self.sample, self.threshold, seed)
        return pii_findings(found, self.id, source)

    def run(self, ctx: AssessContext) -> list[Finding]:
        return self.scan(dataset_columns(ctx), ctx.data.source, ctx.seed)
