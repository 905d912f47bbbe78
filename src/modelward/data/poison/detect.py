"""Backdoor detection that does not assume the poison is a small minority of its class.

1. Per class, the model's representations (standardised, 10 principal components) are split by 2-means:
   a backdoor makes the triggered rows of the target class a cluster of their own (or several: the rest
   of a class whose cluster was flagged is split again).
2. Which cluster, if any, is poison is told by the inputs through out-of-class reclassification: a
   model trained on the inputs of every *other* class never saw this label, so it cannot explain the
   class's genuine rows well (low confidence, one or two look-alike classes); the rows an attacker took
   from other classes and relabelled are recognised confidently, as the many classes they came from.
   A cluster whose score (mean confidence x normalised entropy of the predicted classes) is high, and
   well above its sibling's, is flagged. Activation clustering instead calls the smaller cluster poison,
   which fails as soon as the attacker poisons as many rows as the class has (10% of all rows into one
   class of ten is half of that class).
3. Trigger evidence: the input features on which the flagged rows differ most from the others (in
   standard deviations), which for a patch trigger are the patch's pixels; rows of the target class that
   depart on those features as the flagged rows do carry the trigger and are flagged too (a sanitised
   set must not keep a few triggered rows: they are enough to keep the backdoor).

Assumption, stated in the findings: the poison comes from several source classes (all-to-one backdoors);
rows taken from a single source class score lower and can be missed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from modelward.core.errors import DataError

SUB_MIN_CONFIDENCE, SUB_MIN_GAP = 0.8, 0.12  # for the sub-clusters of a class already found poisoned


@dataclass(frozen=True, eq=False)
class PoisonReport:
    """`rows`: suspected poisoned rows; `target`: the class they were relabelled to (None when none is);
    `suspicion`: per row, the out-of-class score of its cluster when it is the class's higher one, else 0;
    `separation`: the silhouette of each class's 2-means split; `cluster_agreement`: both clusters'
    out-of-class scores; `trigger`: input features (indices) where the flagged
    rows differ most, with `trigger_shift` (standard deviations) and `trigger_value` (their mean there)."""

    rows: np.ndarray
    target: object | None
    suspicion: np.ndarray
    separation: dict[str, float]
    cluster_agreement: dict[str, tuple[float, float]] = field(default_factory=dict)
    trigger: tuple[int, ...] = ()
    trigger_shift: tuple[float, ...] = ()
    trigger_value: tuple[float, ...] = ()
    method: str = ""


def _split(Z: np.ndarray, seed: int) -> tuple[np.ndarray, float]:
    from sklearn.cluster import KMeans
    from sklearn.decomposition import PCA
    from sklearn.metrics import silhouette_score

    Z = (Z - Z.mean(axis=0)) / (Z.std(axis=0) + 1e-9)
    Z = PCA(min(10, Z.shape[1], len(Z) - 1), random_state=seed).fit_transform(Z)
    labels = KMeans(2, n_init=10, random_state=seed).fit_predict(Z)
    if len(np.unique(labels)) < 2:
        return labels, 0.0
    sample = min(len(Z), 2000)
    return labels, float(silhouette_score(Z, labels, sample_size=sample, random_state=seed))


def trigger_evidence(X: np.ndarray, flagged: np.ndarray, top: int = 8) -> tuple[tuple[int, ...], tuple[float, ...],
                                                                                 tuple[float, ...]]:
    """The input features where the flagged rows' mean departs most from the other rows' (in the others'
    standard deviations)."""
    if not len(flagged) or len(flagged) == len(X):
        return (), (), ()
    rest = np.ones(len(X), dtype=bool)
    rest[flagged] = False
    shift = (X[flagged].mean(axis=0) - X[rest].mean(axis=0)) / (X[rest].std(axis=0) + 1e-9)
    order = np.argsort(-np.abs(shift))[:top]
    return (tuple(int(j) for j in order), tuple(round(float(shift[j]), 3) for j in order),
            tuple(round(float(X[flagged, j].mean()), 4) for j in order))


def _shares_trigger(X: np.ndarray, members: np.ndarray, flagged: list[int],
                    first: tuple[tuple[int, ...], tuple[float, ...], tuple[float, ...]]) -> bool:
    """Whether a sub-cluster departs from the unflagged rows on the first cluster's trigger features, in
    the same direction and by at least half as much."""
    features, shifts, _ = first
    if not features:
        return False
    rest = np.ones(len(X), dtype=bool)
    rest[flagged] = False
    rest[members] = False
    cols = list(features)
    own = (X[members][:, cols].mean(axis=0) - X[rest][:, cols].mean(axis=0)) / (X[rest][:, cols].std(axis=0) + 1e-9)
    return bool(np.mean(own / np.asarray(shifts)) >= 0.5)


def carriers(X: np.ndarray, yi: np.ndarray, c: int, flagged: list[int], min_shift: float = 2.0) -> np.ndarray:
    """Unflagged rows of the target class that carry the trigger: on the features where the flagged rows
    depart strongly from the rest (at least `min_shift` sd), they depart at least half as far, the same way."""
    features, shifts, _ = trigger_evidence(X, np.array(flagged, dtype=int), top=8)
    strong = [(j, s) for j, s in zip(features, shifts, strict=True) if abs(s) >= min_shift]
    if not strong:
        return np.array([], dtype=int)
    rest = np.ones(len(X), dtype=bool)
    rest[flagged] = False
    cols = [j for j, _ in strong]
    mean, sd = X[rest][:, cols].mean(axis=0), X[rest][:, cols].std(axis=0) + 1e-9
    candidates = np.flatnonzero((yi == c) & rest)
    z = (X[candidates][:, cols] - mean) / sd / np.array([s for _, s in strong])
    result: np.ndarray = candidates[z.mean(axis=1) >= 0.5]
    return result


def out_of_class_scores(X: np.ndarray, yi: np.ndarray, c: int, rows: np.ndarray, labels: np.ndarray,
                        seed: int = 0, entropy_weighted: bool = True) -> tuple[float, float]:
    """Per cluster of the rows of class `c`: mean confidence (x normalised entropy of the predicted classes,
    when `entropy_weighted`) of a logistic regression trained on every other class."""
    from sklearn.linear_model import LogisticRegression

    others = yi != c
    if len(np.unique(yi[others])) < 2:
        return 0.0, 0.0
    # standardised on the other classes and clipped: a feature those classes never vary (a trigger's
    # pixels) must not dominate the reclassification of rows that do vary in it
    mean, sd = X[others].mean(axis=0), X[others].std(axis=0) + 1e-9
    scaled = np.clip((X - mean) / sd, -3.0, 3.0)
    model = LogisticRegression(max_iter=2000).fit(scaled[others], yi[others])
    P = model.predict_proba(scaled[rows])
    scores = []
    for k in (0, 1):
        members = P[labels == k]
        if not len(members):
            scores.append(0.0)
            continue
        counts = np.bincount(members.argmax(axis=1), minlength=P.shape[1]) / len(members)
        entropy = -float(np.sum(counts[counts > 0] * np.log(counts[counts > 0])))
        scale = np.log(min(P.shape[1], len(members))) or 1.0
        confidence = float(members.max(axis=1).mean())
        scores.append(confidence * entropy / scale if entropy_weighted else confidence)
    return scores[0], scores[1]


def detect_poison(R: np.ndarray, X: np.ndarray, y: np.ndarray, seed: int = 0, min_score: float = 0.6,
                  min_gap: float = 0.25, min_share: float = 0.02, max_depth: int = 4) -> PoisonReport:
    """Suspected poisoned rows from representations `R` (the model's) and inputs `X` (for out-of-class
    reclassification of each cluster). A flagged cluster's sibling is split again (up to `max_depth`
    times): poisoned rows from different source classes may form sub-clusters of their own."""
    R, X = np.asarray(R, dtype=float), np.asarray(X, dtype=float)
    if len(R) != len(X) or len(X) != len(y):
        raise DataError(f"poison detection: {len(R)} representations, {len(X)} rows and {len(y)} labels")
    if not (np.isfinite(R).all() and np.isfinite(X).all()):
        raise DataError("poison detection: representations or inputs hold NaN or infinite values")
    classes, yi = np.unique(np.asarray(y), return_inverse=True)
    if len(classes) < 3:
        raise DataError("poison detection: needs at least 3 classes (out-of-class reclassification)")
    suspicion = np.zeros(len(yi))
    separation: dict[str, float] = {}
    agreement: dict[str, tuple[float, float]] = {}
    flagged: list[int] = []
    target = None
    best = 0.0
    for c in range(len(classes)):
        rows = np.flatnonzero(yi == c)
        if len(rows) < 20:
            continue
        remaining, depth = rows, 0
        first: tuple[tuple[int, ...], tuple[float, ...], tuple[float, ...]] = ((), (), ())
        while len(remaining) >= 20 and depth < max_depth:  # the poison may form several sub-clusters
            labels, sil = _split(R[remaining], seed)
            if depth == 0:
                separation[str(classes[c])] = round(sil, 4)
            if (np.bincount(labels, minlength=2) / len(remaining)).min() < min_share:
                break
            # the first split needs the full score (many source classes); a sub-cluster of the rest of a
            # flagged class may come from a few source classes, so there confidence alone decides
            scores = out_of_class_scores(X, yi, c, remaining, labels, seed, entropy_weighted=depth == 0)
            if depth == 0:
                agreement[str(classes[c])] = (round(scores[0], 4), round(scores[1], 4))
            poison = int(np.argmax(scores))
            need, gap = (min_score, min_gap) if depth == 0 else (SUB_MIN_CONFIDENCE, SUB_MIN_GAP)
            if scores[poison] < need or scores[poison] - scores[1 - poison] < gap:
                break
            members = remaining[labels == poison]
            if depth == 0:
                first = trigger_evidence(X, members, top=4)
            elif not _shares_trigger(X, members, flagged, first):
                break
            suspicion[members] = scores[poison]
            flagged.extend(members.tolist())
            if scores[poison] > best:
                best, target = scores[poison], classes[c]
            remaining, depth = remaining[labels != poison], depth + 1
    if target is not None:
        flagged.extend(carriers(X, yi, int(np.flatnonzero(classes == target)[0]), flagged).tolist())
    found = np.array(sorted(set(flagged)), dtype=int)
    trig, shift, value = trigger_evidence(X, found)
    return PoisonReport(found, target, suspicion, separation, agreement, trig, shift, value,
                        "2-means split of each class's representations; a cluster is poison when a model trained "
                        "on the other classes recognises its inputs confidently as many other classes "
                        f"(score >= {min_score}, {min_gap} above its sibling)")
