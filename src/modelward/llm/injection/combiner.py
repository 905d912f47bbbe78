"""The learnt combiner: one logistic regression over the layers' evidence (the models' probabilities by kind of
input, each rule's weight, the hidden-character signals) in place of a fixed noisy-OR of them.

Why: under the noisy-OR any rule at or above the threshold flags a text whatever the model says, and the rules
were written against one author's texts. On five strangers' held-out sets (P, Q, V, W, X, 2026-12-03) the rules
alone flagged 749 of the 1,140 hard negatives the detector flagged, while only 293 of 10,500 attacks were found
by a rule the model missed. Learnt on texts by other authors than the models learnt from (`train_combiner`), the
combiner weighs each rule by how far its hits can be trusted next to the models' reading, so a rule that fires
on talk about attacks no longer decides alone. Stored as JSON, never pickle.

A rule the combiner did not learn keeps the say it has under the noisy-OR: its weight at or above
`rule_threshold` flags the text alone (`unlearned_rule_scores`), so what the combiner has no evidence about is
not discounted. Not learnt: a rule with fewer than `train_combiner.MIN_RULE_HITS` hits in its data, and the
gloss and lexicon rules (`UNLEARNT_PREFIXES`), which read languages the models have little or next to no text of
(Kurdish, Tajik, Tibetan, Dhivehi...; Thai, Persian, Vietnamese role-plays): there a low probability from the
models says little, yet, learnt on the languages they do read, the combiner took it as a reason to clear the text
(the lexicon rules since round 10: learnt, they let seven red-team role-plays of the tests through).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from modelward.core.errors import DataError
from modelward.llm.injection.corpus import ATTACK_FAMILIES

FORMAT = "modelward-injection-combiner/1"
FILE_NAME = "combiner.json"
MAX_FILE_BYTES = 4 << 20
_FLOOR = 1e-4  # probabilities are read as logits clipped here: an absent kind of input counts as this

# Every feature is a maximum over the text's readings or a count of rule hits; none measures the text's length or
# reads the whole text alone, so padding an attack with ordinary text changes only what the windows read. The
# length, whether the window model read the text and the whole text's own probability were features once, and the
# combiner learnt that long texts are harmless (an attack in 8,400 characters of lorem ipsum, or one after three
# ordinary sentences, scored under the threshold).
DENSE = ("model", "rule", "signals", "rule_hits", "rule_decoded", "model_decoded", "sentences", "decoded")
# Features whose weight may be negative; every other weight is at least 0, so that more evidence (a rule that hits,
# a higher probability) never lowers the score: an attacker cannot clear a text by adding a phrase a rule with a
# negative weight would match.
SIGNED = frozenset({"model_decoded"})
FAMILY_FEATURES = tuple(f"family:{f}" for f in ATTACK_FAMILIES)
UNLEARNT_PREFIXES = ("gloss.", "lexicon.")


def _logit(p: float) -> float:
    p = min(max(p, _FLOOR), 1 - _FLOOR)
    return math.log(p / (1 - p))


def rule_name(rule: str) -> str:
    """A hit's rule without the note a discount adds ("override.x (quoted)" -> "override.x")."""
    return rule.split(" (", 1)[0]


@dataclass(frozen=True)
class Evidence:
    """What the layers found in one text, as the combiner reads it."""

    rules: tuple[tuple[str, str, float], ...]  # (rule, family, weight after discounts), strongest first
    signal: float
    model: float  # the highest probability over every input
    sentences: float  # the highest over its sentence windows (0.0 where it has none)
    decoded: float  # the highest over its decoded views (0.0 where it has none)
    rule_decoded: bool = False  # the strongest rule hit a decoded view
    model_decoded: bool = False  # the highest probability came from a decoded view


@dataclass(frozen=True, eq=False)
class Combiner:
    """`rules`: the rule names it learnt a weight for (hits of others count through the dense and family
    features only); `weights`: DENSE, then FAMILY_FEATURES, then one weight per rule for its strongest hit and
    one for a discounted hit of it; flagged at `threshold`."""

    rules: tuple[str, ...]
    weights: np.ndarray
    bias: float
    threshold: float
    meta: dict[str, Any]
    rule_threshold: float  # where a rule it did not learn flags alone (the noisy-OR's threshold)

    def __post_init__(self) -> None:
        expected = len(DENSE) + len(FAMILY_FEATURES) + 2 * len(self.rules)
        if self.weights.shape != (expected,):
            raise DataError(f"injection combiner: {self.weights.shape} weights for {len(self.rules)} rules, expected "
                            f"{expected}")
        if np.any(self.weights[~signed_mask(len(self.rules))] < 0):
            raise DataError("injection combiner: a weight that must not be negative is (more evidence would lower "
                            "the score)")
        if not (np.all(np.isfinite(self.weights)) and math.isfinite(self.bias) and 0.0 < self.threshold < 1.0
                and 0.0 < self.rule_threshold < 1.0):
            raise DataError("injection combiner: weights, bias or thresholds not finite, or a threshold outside (0, 1)")
        if len(set(self.rules)) != len(self.rules):
            raise DataError("injection combiner: a rule is listed twice")

    def features(self, evidence: Sequence[Evidence]) -> np.ndarray:
        return evidence_matrix(evidence, {r: i for i, r in enumerate(self.rules)})

    def learnt(self, evidence: Sequence[Evidence]) -> np.ndarray:
        """The logistic regression's probability alone."""
        if not evidence:
            return np.zeros(0)
        z = self.features(evidence) @ self.weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -40, 40))), dtype=float)

    def unlearned_rule_scores(self, evidence: Sequence[Evidence]) -> np.ndarray:
        """The strongest weight of a rule the combiner did not learn, per text (0 where none hit)."""
        known = set(self.rules)
        return np.array([max((w for r, _, w in e.rules if rule_name(r) not in known), default=0.0)
                         for e in evidence], dtype=float)

    def probabilities(self, evidence: Sequence[Evidence]) -> np.ndarray:
        """The score: the learnt probability, raised where a rule the combiner did not learn is at or above
        `rule_threshold` (its weight mapped onto this scale, `rule_threshold` onto `threshold`)."""
        p = self.learnt(evidence)
        w = self.unlearned_rule_scores(evidence)
        t, r = self.threshold, self.rule_threshold
        scaled = np.where(w < r, w * t / r, t + (w - r) * (1 - t) / (1 - r))
        return np.asarray(np.maximum(p, np.where(w > 0, scaled, 0.0)), dtype=float)

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "dense": list(DENSE), "families": list(FAMILY_FEATURES), "rules": list(self.rules),
                "weights": [float(w) for w in self.weights], "bias": float(self.bias),
                "threshold": float(self.threshold), "rule_threshold": float(self.rule_threshold), "meta": self.meta}

    def save(self, directory: Path) -> Path:
        """Written atomically (a temporary file renamed over the old one)."""
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / FILE_NAME
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".combiner-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self.to_dict(), fh, indent=1)
                fh.write("\n")
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path


def signed_mask(n_rules: int) -> np.ndarray:
    """Which weights may be negative: `SIGNED` dense features and the discounted-hit indicators."""
    mask = np.zeros(len(DENSE) + len(FAMILY_FEATURES) + 2 * n_rules, dtype=bool)
    mask[[DENSE.index(n) for n in SIGNED]] = True
    mask[len(DENSE) + len(FAMILY_FEATURES) + n_rules:] = True
    return mask


def evidence_matrix(evidence: Sequence[Evidence], rule_index: dict[str, int]) -> np.ndarray:
    """One row of features per text (see `Combiner`)."""
    n_dense = len(DENSE) + len(FAMILY_FEATURES)
    out = np.zeros((len(evidence), n_dense + 2 * len(rule_index)))
    family_at = {f: len(DENSE) + i for i, f in enumerate(ATTACK_FAMILIES)}
    for row, e in enumerate(evidence):
        top = e.rules[0][2] if e.rules else 0.0
        m = _logit(e.model)
        out[row, :len(DENSE)] = (
            m, top, e.signal, min(len(e.rules), 6) / 6, float(e.rule_decoded), float(e.model_decoded),
            _logit(e.sentences), _logit(e.decoded))
        for rule, family, weight in e.rules:
            at = family_at.get(family)
            if at is not None:
                out[row, at] = max(out[row, at], weight)
            i = rule_index.get(rule_name(rule))
            if i is not None:
                out[row, n_dense + i] = max(out[row, n_dense + i], weight)
                if rule != rule_name(rule):
                    out[row, n_dense + len(rule_index) + i] = 1.0
    return out


def load_combiner(directory: Path) -> Combiner | None:
    """The combiner in a model directory; None where the directory has none (the detector then combines by
    noisy-OR); a `DataError` naming what is wrong where the file is there but not one."""
    path = directory / FILE_NAME
    if not path.exists():
        return None
    if path.stat().st_size > MAX_FILE_BYTES:
        raise DataError(f"{path}: {path.stat().st_size} bytes, more than an injection combiner ({MAX_FILE_BYTES})")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DataError(f"{path}: not a JSON injection combiner ({e})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DataError(f"{path}: format {doc.get('format') if isinstance(doc, dict) else None!r}, expected {FORMAT!r}")
    if doc.get("dense") != list(DENSE) or doc.get("families") != list(FAMILY_FEATURES):
        raise DataError(f"{path}: its features are not the ones this version computes (retrain the combiner)")
    rules, weights = doc.get("rules"), doc.get("weights")
    if not (isinstance(rules, list) and all(isinstance(r, str) for r in rules)):
        raise DataError(f"{path}: 'rules' must be a list of rule names")
    if not (isinstance(weights, list)
            and all(isinstance(w, (int, float)) and not isinstance(w, bool) for w in weights)):
        raise DataError(f"{path}: 'weights' must be a list of numbers")
    bias, threshold, rule_threshold = doc.get("bias"), doc.get("threshold"), doc.get("rule_threshold")
    if not (isinstance(bias, (int, float)) and isinstance(threshold, (int, float))
            and isinstance(rule_threshold, (int, float))
            and not any(isinstance(v, bool) for v in (bias, threshold, rule_threshold))):
        raise DataError(f"{path}: 'bias', 'threshold' and 'rule_threshold' must be numbers")
    meta = doc.get("meta", {})
    if not isinstance(meta, dict):
        raise DataError(f"{path}: 'meta' must be an object")
    return Combiner(tuple(rules), np.asarray(weights, dtype=float), float(bias), float(threshold), meta,
                    float(rule_threshold))
