"""Group metrics of a binary decision, from the four cells of each group's confusion table.

Definitions follow Fairlearn's (so results can be compared to MetricFrame): selection rate = share of
rows decided positive; true-positive rate = positives decided positive / positives (0 when a group has no
positive); false-positive rate likewise over negatives; demographic-parity difference = largest minus
smallest selection rate over groups; equalised-odds difference = the larger of the TPR and FPR
differences. Calibration by group: mean predicted probability minus the observed positive rate
(calibration in the large) and the expected calibration error over 10 equal-width bins.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

CELLS = ("tp", "fn", "fp", "tn")


def cells(y_true: np.ndarray, y_pred: np.ndarray, group_index: np.ndarray, n_groups: int) -> np.ndarray:
    """Confusion cells per group: (n_groups, 4) counts of TP, FN, FP, TN (y and predictions are 0/1)."""
    code = group_index * 4 + np.where(y_true == 1, np.where(y_pred == 1, 0, 1), np.where(y_pred == 1, 2, 3))
    return np.bincount(code, minlength=4 * n_groups).reshape(n_groups, 4).astype(float)


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    out: np.ndarray = np.divide(num, den, out=np.zeros(np.broadcast(num, den).shape), where=den > 0)
    return out


def rates(c: np.ndarray) -> dict[str, np.ndarray]:
    """Selection rate, TPR, FPR, accuracy and base rate from cells (..., 4)."""
    tp, fn, fp, tn = (c[..., i] for i in range(4))
    n = tp + fn + fp + tn
    return {"selection_rate": _ratio(tp + fp, n), "tpr": _ratio(tp, tp + fn), "fpr": _ratio(fp, fp + tn),
            "accuracy": _ratio(tp + tn, n), "base_rate": _ratio(tp + fn, n), "count": n}


def differences(c: np.ndarray) -> dict[str, np.ndarray]:
    """Demographic-parity, TPR, FPR and equalised-odds differences (max - min over groups, the group axis
    second to last)."""
    r = rates(c)
    spread = {k: r[k].max(axis=-1) - r[k].min(axis=-1) for k in ("selection_rate", "tpr", "fpr")}
    return {"dp": spread["selection_rate"], "tpr": spread["tpr"], "fpr": spread["fpr"],
            "eo": np.maximum(spread["tpr"], spread["fpr"])}


def calibration(y_true: np.ndarray, score: np.ndarray, bins: int = 10) -> tuple[float, float]:
    """Calibration in the large (mean score - positive rate) and the expected calibration error."""
    if not len(y_true):
        return 0.0, 0.0
    edges = np.minimum((np.asarray(score) * bins).astype(int), bins - 1)
    ece = 0.0
    for b in range(bins):
        inside = edges == b
        if inside.any():
            ece += inside.mean() * abs(float(score[inside].mean()) - float(y_true[inside].mean()))
    return float(score.mean() - y_true.mean()), ece


@dataclass(frozen=True)
class GroupRates:
    """One group's measurements."""

    group: str
    count: int
    selection_rate: float
    tpr: float
    fpr: float
    accuracy: float
    base_rate: float
    calibration_in_the_large: float
    calibration_error: float


def group_rates(y_true: np.ndarray, y_pred: np.ndarray, groups: np.ndarray,
                score: np.ndarray | None = None) -> tuple[tuple[GroupRates, ...], GroupRates]:
    """Every group's rates (groups in sorted order) and the overall ones."""
    names, index = np.unique(np.asarray(groups).astype(str), return_inverse=True)
    c = cells(y_true, y_pred, index, len(names))
    out = []
    for g, name in enumerate(names):
        inside = index == g
        cal = calibration(y_true[inside], score[inside]) if score is not None else (float("nan"), float("nan"))
        r = rates(c[g])
        out.append(GroupRates(str(name), int(r["count"]), float(r["selection_rate"]), float(r["tpr"]),
                              float(r["fpr"]), float(r["accuracy"]), float(r["base_rate"]), *cal))
    total = rates(c.sum(axis=0))
    cal = calibration(y_true, score) if score is not None else (float("nan"), float("nan"))
    overall = GroupRates("all", int(total["count"]), float(total["selection_rate"]), float(total["tpr"]),
                         float(total["fpr"]), float(total["accuracy"]), float(total["base_rate"]), *cal)
    return tuple(out), overall
