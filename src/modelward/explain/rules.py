"""Surrogate rules: a short rule list that mimics the model, for reviewers and auditors, with its fidelity
(agreement with the model) measured on held-out rows the rules never saw.

The model is queried, not read: a decision tree is fitted to the model's own decisions on the fitting
rows and on synthetic rows the model labels (the idea of TREPAN, Craven & Shavlik 1996): mostly points
on the segments between fitting rows the model decides differently, which lie across its boundary
where the rules must be exact, and jittered copies of the fitting rows (each feature moved by a tenth
and by three tenths of its spread). Each leaf is a rule (its conditions merged into one interval per
feature); the leaves of the default class are folded into the default rule, so the list reads
"if ... then A; if ... then B; otherwise C". The tree is grown large (`GROWN_LEAVES` leaves, best-first)
and then pruned optimally to the rule limit: a dynamic programme over its nodes picks, for each default
class, the pruned tree with at most `max_rules` leaves outside the default class that agrees with the
model on the most labelled rows (collapsing a node into one leaf or keeping its split, with the rule
budget shared between its children), and the best default wins. Leaves of the default class cost no
rule, so the budget goes where the model's decisions are mixed. Measured against growing the tree
best-first until the rules reach the limit (the first version): the same held-out fidelity within
noise (bench/explain/rules.py, docs/explain.md) at a twentieth of the time; an ordered list in which a
node may override its ancestors' class (a decision list read off the same tree) measured no better.
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


Leaves = list[tuple[tuple[Condition, ...], str]]


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


GROWN_LEAVES = 400  # leaves of the tree before it is pruned to the rule limit
MIN_LEAF_ROWS = 5


def _node_counts(tree: object, X: np.ndarray, y: np.ndarray, n_classes: int) -> np.ndarray:
    """(nodes, classes): how many rows of each decision reach each node of the tree."""
    path = tree.decision_path(X)  # type: ignore[attr-defined]
    onehot = np.zeros((len(X), n_classes))
    onehot[np.arange(len(X)), y] = 1.0
    return np.asarray(path.T @ onehot)


def _prune(tree: object, counts: np.ndarray, max_rules: int, default: int) -> tuple[float, list[tuple[int, int]]]:
    """The pruned tree with at most `max_rules` leaves outside class `default` that agrees with the most
    rows: (agreement, [(leaf node, class)] of its rule leaves). best[n][k]: most rows agreed with in node
    n's subtree using at most k rules; a node is a leaf (of the default class at no cost, or of its most
    common other class at one rule) or keeps its split and shares its budget between its children."""
    t = tree.tree_  # type: ignore[attr-defined]
    left, right = t.children_left, t.children_right
    other = counts.copy()
    other[:, default] = -np.inf
    other_class = np.argmax(other, axis=1)
    order, stack = [], [0]
    while stack:
        node = stack.pop()
        order.append(node)
        if left[node] >= 0:
            stack += [int(left[node]), int(right[node])]
    K = max_rules
    best = np.zeros((t.node_count, K + 1))
    split_at = np.full((t.node_count, K + 1), -1)  # budget of the left child when the split is kept
    budgets = np.arange(K + 1)
    for node in reversed(order):
        leaf = np.full(K + 1, counts[node, default])
        if K:
            leaf[1:] = max(counts[node, default], counts[node, other_class[node]])
        if left[node] < 0:
            best[node] = leaf
            continue
        pair = best[left[node]][:, None] + best[right[node]][None, :]  # [a, b]: a rules left, b right
        for k in range(K + 1):
            kept = pair[budgets[: k + 1], k - budgets[: k + 1]]
            a = int(np.argmax(kept))
            if kept[a] > leaf[k] + 1e-9:
                best[node, k], split_at[node, k] = kept[a], a
            else:
                best[node, k] = leaf[k]
    k = int(np.argmax(best[0] >= best[0].max() - 1e-9))  # the fewest rules reaching the best agreement
    out: list[tuple[int, int]] = []
    walk = [(0, k)]
    while walk:
        node, k = walk.pop()
        a = int(split_at[node, k])
        if a >= 0:
            walk += [(int(left[node]), a), (int(right[node]), k - a)]
        elif k >= 1 and counts[node, other_class[node]] > counts[node, default]:
            out.append((node, int(other_class[node])))
    return float(best[0].max()), out


def _bounds(tree: object) -> dict[int, dict[int, tuple[float, float]]]:
    """Each node's box: feature -> (lower, upper], from the splits on its path."""
    t = tree.tree_  # type: ignore[attr-defined]
    out: dict[int, dict[int, tuple[float, float]]] = {}
    stack: list[tuple[int, dict[int, tuple[float, float]]]] = [(0, {})]
    while stack:
        node, box = stack.pop()
        out[node] = box
        if t.children_left[node] >= 0:
            f, thr = int(t.feature[node]), float(t.threshold[node])
            lo, hi = box.get(f, (-np.inf, np.inf))
            stack.append((int(t.children_left[node]), {**box, f: (lo, min(hi, thr))}))
            stack.append((int(t.children_right[node]), {**box, f: (max(lo, thr), hi)}))
    return out


def fit_rules(model: ModelAdapter, X: np.ndarray, feature_names: tuple[str, ...], max_rules: int = 20,
              holdout: float = 0.3, samples: int = 8000, seed: int = 0) -> RuleList:
    """A rule list of at most `max_rules` rules (plus the default) mimicking `model` on rows like `X`;
    `holdout`: share of the rows kept aside to measure fidelity; `samples`: synthetic rows the model
    labels for the tree to learn from (see `surrogate_data`)."""
    from dataclasses import replace

    from sklearn.tree import DecisionTreeClassifier

    data = surrogate_data(model, X, holdout, samples, seed)
    classes, y = np.unique(data.labels, return_inverse=True)
    tree = DecisionTreeClassifier(max_leaf_nodes=GROWN_LEAVES, min_samples_leaf=MIN_LEAF_ROWS,
                                  random_state=seed).fit(data.train, y)
    counts = _node_counts(tree, data.train, y, len(classes))
    (agreed, leaves), default = max(((_prune(tree, counts, max_rules, c), c) for c in range(len(classes))),
                                    key=lambda r: (r[0][0], -len(r[0][1])))
    boxes = _bounds(tree)
    rules: Leaves = [(tuple(Condition(feature_names[f], f, lo, hi) for f, (lo, hi) in sorted(boxes[node].items())),
                      str(classes[c])) for node, c in leaves]
    measured = []
    for c, o in rules:
        hit = np.ones(len(data.test), dtype=bool)
        for cond in c:
            hit &= cond.holds(data.test)
        measured.append(Rule(c, o, float(hit.mean()) if len(hit) else 0.0,
                             float(np.mean(data.test_labels[hit] == o)) if hit.any() else float("nan")))
    listed = RuleList(tuple(sorted(measured, key=lambda r: -r.coverage)), str(classes[default]), 0.0, 0.0,
                      len(data.test),
                      f"decision tree of {int(tree.get_n_leaves())} leaves on the model's decisions on the fitting "
                      f"rows and {len(data.train) - data.real} synthetic rows (jittered, and between rows decided "
                      f"differently), pruned optimally to {len(rules)} rules (agreement {agreed / len(y):.3f} on "
                      "those rows); default-class leaves folded into the default")
    fidelity = float(np.mean(listed.predict(data.test) == data.test_labels)) if len(data.test) else float("nan")
    train_fidelity = float(np.mean(listed.predict(data.train[:data.real]) == data.labels[:data.real]))
    return replace(listed, fidelity=fidelity, fidelity_train=train_fidelity)
