"""Surrogate rules: a short rule list that mimics the model, for reviewers and auditors, with its fidelity
(agreement with the model) measured on held-out rows the rules never saw.

The model is queried, not read: a decision tree is fitted to the model's own decisions on the fitting
rows and on synthetic rows the model labels (the idea of TREPAN, Craven & Shavlik 1996): mostly points
on the segments between fitting rows the model decides differently, which lie across its boundary
where the rules must be exact, and jittered copies of the fitting rows (each feature moved by a tenth
and by three tenths of its spread). Each leaf is a rule (its conditions merged into one interval per
feature); the leaves of the most common class are folded into the default rule, so the list reads
"if ... then A; if ... then B; otherwise C". The tree grows leaf by leaf (best-first) while the rules
stay within `max_rules` (the largest such tree is kept: trained on the labelled synthetic rows it does
not overfit the way a tree on the bare rows would, and choosing the size on a validation split
measured worse; cost-complexity pruning to the same size measured the same).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.core.adapters.base import ModelAdapter


@dataclass(frozen=True)
class Condition:
    """lower < x <= upper on one feature (either bound may be infinite)."""

    feature: str
    index: int
    lower: float
    upper: float

    def holds(self, X: np.ndarray) -> np.ndarray:
        x = X[:, self.index]
        out: np.ndarray = (x > self.lower) & (x <= self.upper)
        return out

    def __str__(self) -> str:
        if np.isfinite(self.lower) and np.isfinite(self.upper):
            return f"{self.lower:.4g} < {self.feature} <= {self.upper:.4g}"
        if np.isfinite(self.upper):
            return f"{self.feature} <= {self.upper:.4g}"
        return f"{self.feature} > {self.lower:.4g}"


@dataclass(frozen=True)
class Rule:
    """If every condition holds, the model decides `outcome`; `coverage` and `precision` (agreement with
    the model on the rows it covers) are measured on the held-out rows."""

    conditions: tuple[Condition, ...]
    outcome: str
    coverage: float
    precision: float

    def holds(self, X: np.ndarray) -> np.ndarray:
        out = np.ones(len(X), dtype=bool)
        for c in self.conditions:
            out &= c.holds(X)
        return out

    def __str__(self) -> str:
        return f"if {' and '.join(map(str, self.conditions)) or 'always'} then {self.outcome}"


@dataclass(frozen=True)
class RuleList:
    """Rules (checked in order; the rules of a tree never overlap), the default outcome, and fidelity: the
    share of held-out rows on which the list decides what the model decides."""

    rules: tuple[Rule, ...]
    default: str
    fidelity: float
    fidelity_train: float
    held_out_rows: int
    method: str

    def predict(self, X: np.ndarray) -> np.ndarray:
        out = np.full(len(X), self.default, dtype=object)
        done = np.zeros(len(X), dtype=bool)
        for r in self.rules:
            hit = r.holds(X) & ~done
            out[hit] = r.outcome
            done |= hit
        return out

    def __str__(self) -> str:
        return "\n".join([*map(str, self.rules), f"otherwise {self.default}"])


def _leaf_rules(tree: object, names: tuple[str, ...], classes: np.ndarray) -> list[tuple[tuple[Condition, ...], str]]:
    t = tree.tree_  # type: ignore[attr-defined]
    out = []
    stack: list[tuple[int, dict[int, list[float]]]] = [(0, {})]
    while stack:
        node, bounds = stack.pop()
        if t.children_left[node] < 0:
            conds = tuple(Condition(names[f], f, lo, hi) for f, (lo, hi) in sorted(bounds.items()))
            out.append((conds, str(classes[int(np.argmax(t.value[node][0]))])))
            continue
        f, thr = int(t.feature[node]), float(t.threshold[node])
        lo, hi = bounds.get(f, [-np.inf, np.inf])
        stack.append((int(t.children_right[node]), {**bounds, f: [max(lo, thr), hi]}))
        stack.append((int(t.children_left[node]), {**bounds, f: [lo, min(hi, thr)]}))
    return out


Leaves = list[tuple[tuple[Condition, ...], str]]


def _as_list(tree: object, names: tuple[str, ...], classes: np.ndarray) -> tuple[Leaves, str]:
    leaves = _leaf_rules(tree, names, classes)
    outcomes = [o for _, o in leaves]
    default = max(set(outcomes), key=outcomes.count)
    return [(c, o) for c, o in leaves if o != default], default


@dataclass(frozen=True, eq=False)
class SurrogateData:
    """Rows to fit a surrogate on (real fitting rows, then synthetic ones) with the model's decisions,
    and held-out real rows with the model's decisions to measure fidelity on."""

    train: np.ndarray
    labels: np.ndarray
    real: int
    test: np.ndarray
    test_labels: np.ndarray


JITTER_SCALES = (0.1, 0.3)  # shares of each feature's spread
BETWEEN_SHARE = 0.8  # of the synthetic rows: points between rows decided differently (the rest: jittered copies)


def surrogate_data(model: ModelAdapter, X: np.ndarray, holdout: float = 0.3, samples: int = 8000,
                   seed: int = 0) -> SurrogateData:
    """Split `X` into fitting and held-out rows; add about `samples` synthetic rows (at least four per
    fitting row): BETWEEN_SHARE of them points between pairs of fitting rows the model decides
    differently, the rest jittered copies at each of JITTER_SCALES; label everything with the model's
    decisions."""
    rng = np.random.default_rng(seed)
    X = np.nan_to_num(np.asarray(X, dtype=float))
    order = rng.permutation(len(X))
    cut = round(len(X) * (1 - holdout))
    real, test = X[order[:cut]], X[order[cut:]]
    parts = [real]
    if len(real):
        total = max(int(samples), 4 * len(real))
        n_jitter = total - int(total * BETWEEN_SHARE)
        copies = -(-n_jitter // (len(JITTER_SCALES) * len(real)))  # per row and scale, rounded up
        spread = real.std(axis=0)
        for scale in JITTER_SCALES:
            block = np.repeat(real, copies, axis=0)
            parts.append(block + rng.normal(0, scale, block.shape) * spread)
        decided = np.asarray(model.predict(real)).astype(str)
        n_between = int(total * BETWEEN_SHARE)
        i, j = rng.integers(0, len(real), n_between), rng.integers(0, len(real), n_between)
        for _ in range(8):  # redraw partners of the same decision: the pairs should straddle the boundary
            same = decided[i] == decided[j]
            if not same.any():
                break
            j[same] = rng.integers(0, len(real), int(same.sum()))
        share = rng.random((n_between, 1))
        parts.append(real[i] * share + real[j] * (1 - share))
    train = np.vstack(parts)
    labels = np.asarray(model.predict(train)).astype(str)
    test_labels = np.asarray(model.predict(test)).astype(str) if len(test) else labels[:0]
    return SurrogateData(train, labels, len(real), test, test_labels)


def fit_rules(model: ModelAdapter, X: np.ndarray, feature_names: tuple[str, ...], max_rules: int = 20,
              holdout: float = 0.3, samples: int = 8000, seed: int = 0) -> RuleList:
    """A rule list of at most `max_rules` rules (plus the default) mimicking `model` on rows like `X`;
    `holdout`: share of the rows kept aside to measure fidelity; `samples`: synthetic rows the model
    labels for the tree to learn from (see `surrogate_data`)."""
    from sklearn.tree import DecisionTreeClassifier

    data = surrogate_data(model, X, holdout, samples, seed)
    classes = np.unique(data.labels)
    rules: Leaves = []
    default, leaves = str(classes[0]), 1
    for size in range(2, 4 * max_rules + 2):  # the largest tree whose rules stay within the limit
        tree = DecisionTreeClassifier(max_leaf_nodes=size, random_state=seed).fit(data.train, data.labels)
        grown, grown_default = _as_list(tree, feature_names, classes)
        if len(grown) > max_rules:
            break
        rules, default, leaves = grown, grown_default, int(tree.get_n_leaves())
        if leaves < size:  # the tree stopped growing
            break
    measured = []
    for c, o in rules:
        hit = np.ones(len(data.test), dtype=bool)
        for cond in c:
            hit &= cond.holds(data.test)
        measured.append(Rule(c, o, float(hit.mean()) if len(hit) else 0.0,
                             float(np.mean(data.test_labels[hit] == o)) if hit.any() else float("nan")))
    listed = RuleList(tuple(sorted(measured, key=lambda r: -r.coverage)), default, 0.0, 0.0, len(data.test),
                      f"decision tree of {leaves} leaves on the model's decisions on the fitting rows and "
                      f"{len(data.train) - data.real} synthetic rows (jittered, and between rows decided "
                      "differently); majority-class leaves folded into the default")
    from dataclasses import replace

    fidelity = float(np.mean(listed.predict(data.test) == data.test_labels)) if len(data.test) else float("nan")
    train_fidelity = float(np.mean(listed.predict(data.train[:data.real]) == data.labels[:data.real]))
    return replace(listed, fidelity=fidelity, fidelity_train=train_fidelity)
