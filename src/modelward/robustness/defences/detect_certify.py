"""Detection with a certified fallback: answer a row only when the adversarial detector passes it and
randomised smoothing of the served model certifies it (Cohen et al. 2019) at `min_radius`; withhold
the rest. An adversarial row the detector misses sits near the model's decision boundary, where the
smoothed vote is split and no certificate is issued; to be answered it must be pushed deep into the
wrong class, which is what the detector's confidence scores flag. `attack_success` says how much an
attacker gains with and without each layer, from the same candidate rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from modelward.core.errors import ConfigError, DataError
from modelward.robustness.defences.certification import ABSTAIN, SmoothedClassifier
from modelward.robustness.defences.detection import AdversarialDetector


@dataclass(frozen=True, eq=False)
class Decisions:
    """Per row: the answer (class index, ABSTAIN = -1 when withheld), whether the detector flagged it and
    whether smoothing failed to certify it at the radius (None when the fallback is off)."""

    answer: np.ndarray
    flagged: np.ndarray
    uncertified: np.ndarray | None

    @property
    def withheld(self) -> float:
        return float((self.answer == ABSTAIN).mean()) if self.answer.size else 0.0


class DetectAndCertify:
    """The detector, then (when `smoothed` is given) the certified fallback: a passed row is answered with
    the smoothed class if certified to `min_radius`, else withheld. Without `smoothed`, passed rows get
    the model's own answer."""

    def __init__(self, detector: AdversarialDetector, smoothed: SmoothedClassifier | None = None,
                 min_radius: float = 0.0) -> None:
        if not detector.fitted:
            raise ConfigError("detect+certify: the detector is not fitted")
        if not min_radius >= 0:
            raise ConfigError(f"detect+certify: min_radius must be >= 0, got {min_radius}")
        if smoothed is not None and smoothed.base is not detector.model:
            raise ConfigError("detect+certify: smoothing must be of the model the detector watches")
        self.detector, self.smoothed, self.min_radius = detector, smoothed, float(min_radius)

    def decide(self, X: np.ndarray, seed: int = 0) -> Decisions:
        X = np.asarray(X, dtype=float)
        flagged = np.asarray(self.detector.flag(X), dtype=bool)
        uncertified = None
        if self.smoothed is None:
            answer = np.asarray(self.detector.model.predict_proba(X)).argmax(axis=1)
        else:
            certs = self.smoothed.certify(X, seed=seed)
            uncertified = (certs.prediction == ABSTAIN) | (certs.radius < self.min_radius)
            answer = np.where(uncertified, ABSTAIN, certs.prediction)
        return Decisions(np.where(flagged, ABSTAIN, answer).astype(int), flagged, uncertified)


@dataclass(frozen=True, eq=False)
class AttackSuccess:
    """Share of rows answered correctly on the clean input (by the model alone) for which some candidate
    row gets a wrong answer: from the model alone, past the detector, and past detector and fallback;
    the share of clean rows each defence withholds; and the per-row verdicts behind the shares."""

    n: int
    clean_accuracy: float
    clean_withheld_detector: float
    clean_withheld_both: float | None
    lost_undefended: np.ndarray
    lost_detector: np.ndarray
    lost_both: np.ndarray | None

    @property
    def undefended(self) -> float:
        return float(self.lost_undefended.mean()) if self.n else 0.0

    @property
    def detector(self) -> float:
        return float(self.lost_detector.mean()) if self.n else 0.0

    @property
    def detector_and_fallback(self) -> float | None:
        return None if self.lost_both is None else (float(self.lost_both.mean()) if self.n else 0.0)

    def worst_with(self, other: AttackSuccess) -> AttackSuccess:
        """Per row, lost when lost to either result's candidates (the same rows, the same pipeline)."""
        if other.n != self.n or (other.lost_both is None) != (self.lost_both is None):
            raise DataError("attack success: only results on the same rows and pipeline combine")
        both = None if self.lost_both is None or other.lost_both is None else self.lost_both | other.lost_both
        return replace(self, lost_undefended=self.lost_undefended | other.lost_undefended,
                       lost_detector=self.lost_detector | other.lost_detector, lost_both=both)

    def as_dict(self) -> dict[str, float | int | None]:
        out = {"n": self.n, "clean_accuracy": self.clean_accuracy, "undefended": self.undefended,
               "detector": self.detector, "detector_and_fallback": self.detector_and_fallback,
               "clean_withheld_detector": self.clean_withheld_detector,
               "clean_withheld_both": self.clean_withheld_both}
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in out.items()}


def attack_success(pipeline: DetectAndCertify, X: np.ndarray, y_idx: np.ndarray,
                   candidates: Sequence[np.ndarray], seed: int = 0) -> AttackSuccess:
    """Undetected attack success of the candidate rows (each aligned with X, e.g. several attacks' x_adv),
    worst case per row over the candidates, without the defence, with the detector, and with both."""
    X, y_idx = np.asarray(X, dtype=float), np.asarray(y_idx, dtype=int)
    if not candidates or any(np.shape(c) != X.shape for c in candidates):
        raise DataError(f"attack success: need at least one candidate array shaped like X {X.shape}")
    model = pipeline.detector.model
    clean_ok = np.asarray(model.predict_proba(X)).argmax(axis=1) == y_idx
    clean = pipeline.decide(X, seed)
    plain = np.zeros(len(X), bool)
    past_det = np.zeros(len(X), bool)
    past_both = np.zeros(len(X), bool)
    for c in candidates:
        wrong = np.asarray(model.predict_proba(c)).argmax(axis=1) != y_idx
        d = pipeline.decide(c, seed + 1)
        plain |= wrong
        past_det |= wrong & ~d.flagged
        past_both |= (d.answer != ABSTAIN) & (d.answer != y_idx)
    fallback = pipeline.smoothed is not None
    return AttackSuccess(
        n=len(X), clean_accuracy=float(clean_ok.mean()), clean_withheld_detector=float(clean.flagged.mean()),
        clean_withheld_both=clean.withheld if fallback else None, lost_undefended=clean_ok & plain,
        lost_detector=clean_ok & past_det, lost_both=clean_ok & past_both if fallback else None)
