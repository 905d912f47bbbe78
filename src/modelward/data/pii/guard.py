"""`data.pii-guard`: the PII detector and redactor as a run-time guard for the gateway and the LLM proxy.

`inspect` reads the request's text (and its rows, for card numbers stored as numbers); `filter` reads the
response's text. Mode `redact` lets the call through with the text redacted (`Decision.text`) and flags
it; `block` refuses it; `flag` only flags. Decisions name the kinds and counts found, never the values.
The state saved is the configuration (JSON): the detector has no fitted parameters."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError, DataError
from modelward.core.guards import Decision, GuardRequest, GuardResponse, read_guard_doc
from modelward.core.output import atomic_write
from modelward.core.params import Param, resolve
from modelward.data.pii.checksums import card_valid
from modelward.data.pii.detector import DEFAULT_REGIONS, PiiDetector, parse_entities
from modelward.data.pii.entities import Entity
from modelward.data.pii.redact import Redactor

CONFIG_NAME = "guard.json"
FORMAT_VERSION = 1
MAX_CONFIG_BYTES = 1 << 20
MAX_TEXT_CHARS = 4 << 20  # longer texts are refused (fail closed), never half-inspected


def card_cells(rows: np.ndarray) -> list[int]:
    """Rows holding a number of 13-19 digits that is a valid card number (issuer range and Luhn)."""
    found = []
    for i, row in enumerate(np.asarray(rows, dtype=float)):
        integral = row[(np.abs(row) >= 1e12) & (np.abs(row) < 1e19) & (row == np.round(row))]
        if any(card_valid(str(int(abs(v)))) for v in integral.tolist()):
            found.append(i)
    return found


class PiiGuard:
    """Finds personal data and secrets in request and response text (e-mail, phone, card, IBAN, IP, SSN,
    national ids, secrets, dates of birth, addresses, person names) and redacts, blocks or flags them."""

    id = "data.pii-guard"
    threat = "data-leakage"
    title = "PII and secret detection and redaction in requests and responses"
    params = (
        Param("mode", str, "redact", "redact the text and flag, block the call, or only flag",
              choices=("redact", "block", "flag")),
        Param("entities", str, (), "kinds to look for (default: all): " + ", ".join(e.value for e in Entity),
              many=True),
        Param("strategy", str, "tag", "how redacted spans are replaced: <KIND> tag, mask, or a keyed pseudonym",
              choices=("tag", "mask", "hmac", "format")),
        Param("key_env", str, "MODELWARD_PII_KEY", "environment variable holding the pseudonym key (hmac)"),
        Param("min_score", float, 0.5, "matches scored lower are ignored", minimum=0.0, maximum=1.0),
        Param("regions", str, DEFAULT_REGIONS, "countries whose national phone formats are read", many=True),
    )
    example_params = {"mode": "redact"}

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = dict(values)
        entities = parse_entities(self.values["entities"]) if self.values["entities"] else tuple(Entity)
        detector = PiiDetector(entities, tuple(self.values["regions"]), float(self.values["min_score"]))
        key = None
        if self.values["strategy"] in ("hmac", "format"):
            secret = os.environ.get(str(self.values["key_env"]), "")
            if not secret:
                raise ConfigError(f"{self.id}: strategy {self.values['strategy']} needs the key in "
                                  f"${self.values['key_env']}")
            key = secret.encode()
        self.redactor = Redactor(detector, self.values["strategy"], key)
        self.mode = str(self.values["mode"])

    @classmethod
    def from_config(cls, params: Mapping[str, Any], model: ModelAdapter | None, reference: Dataset | None) -> PiiGuard:
        return cls(resolve(cls.id, cls.params, {k: v for k, v in params.items() if v != ()}))

    @classmethod
    def load(cls, directory: Path, model: ModelAdapter | None) -> PiiGuard:
        path = Path(directory) / CONFIG_NAME
        doc = read_guard_doc(path, cls.id, FORMAT_VERSION, MAX_CONFIG_BYTES)
        if not isinstance(doc.get("params"), dict):
            raise DataError(f"{path}: field 'params' must be an object")
        return cls(resolve(cls.id, cls.params, doc["params"]))

    def save(self, directory: Path) -> list[Path]:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        doc = {"guard": self.id, "format_version": FORMAT_VERSION,
               "params": {k: list(v) if isinstance(v, tuple) else v for k, v in self.values.items()
                          if v != ()}}  # an empty list means "the default", which is what leaving it out says
        path = directory / CONFIG_NAME
        atomic_write(path, lambda p: p.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8"))
        return [path]

    def _on_text(self, text: str | None, where: str) -> Decision | None:
        if text is None or not text:
            return None
        if len(text) > MAX_TEXT_CHARS:
            return Decision.block(f"{where} text of {len(text)} characters is longer than the {MAX_TEXT_CHARS} "
                                  "the PII guard inspects", self.id)
        result = self.redactor(text)
        if not result.matches:
            return Decision.allow(self.id, 0.0)
        found = ", ".join(f"{k}: {n}" for k, n in sorted(result.counts.items()))
        score = max(m.score for m in result.matches)
        details = {"counts": dict(result.counts)}
        if self.mode == "block":
            return Decision.block(f"{where} holds personal data ({found})", self.id, score, details=details)
        if self.mode == "redact":
            return Decision.flag(f"{where} held personal data ({found}); redacted", self.id, score,
                                 details=details, text=result.text)
        return Decision.flag(f"{where} holds personal data ({found})", self.id, score, details=details)

    def inspect(self, request: GuardRequest) -> Decision:
        decision = self._on_text(request.text, "the request")
        cards = request.rows is not None and Entity.CARD in self.redactor.detector.entities
        rows = card_cells(request.rows) if cards and request.rows is not None else []
        if rows:
            make = Decision.block if self.mode == "block" else Decision.flag
            reason = f"request rows {rows[:10]} hold payment card numbers"
            if decision is not None and decision.action != "allow":
                reason = f"{decision.reason}; {reason}"
            return make(reason, self.id, 1.0, rows=tuple(rows), text=decision.text if decision else None)
        return decision or Decision.allow(self.id)

    judges_prefixes = True  # personal data is found, and replaced by its tag, where it lies

    def filter(self, response: GuardResponse) -> Decision:
        return self._on_text(response.text, "the response") or Decision.allow(self.id)
