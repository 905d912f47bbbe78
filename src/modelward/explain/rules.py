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
`oblique=True` also allows splits on a weighted sum of two or three features (`modelward.explain.oblique`):
one rule for a slanted boundary boxes follow as a staircase, but no steady gain on the bench's generated
tasks, so boxes stay the default.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.explain.oblique import Split, Tree, grow


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
class LinearCondition:
    """A weighted sum of a few features at or below a threshold (`below`) or above it, e.g.
    "f3 - 0.42*f7 <= 12.5": an oblique split, kept only where it follows the model better than boxes."""

    features: tuple[str, ...]
    indices: tuple[int, ...]
    weights: tuple[float, ...]
    threshold: float
    below: bool

    def holds(self, X: np.ndarray) -> np.ndarray:
        s = X[:, list(self.indices)] @ np.asarray(self.weights)
        out: np.ndarray = s <= self.threshold if self.below else s > self.threshold
        return out

    def __str__(self) -> str:
        terms = []
        for i, (w, name) in enumerate(zip(self.weights, self.features, strict=True)):
            sign = "-" if w < 0 else "+"
            size = "" if abs(w) == 1 else f"{abs(w):.3g}*"
            terms.append(f"{'-' if sign == '-' else ''}{size}{name}" if i == 0 else f" {sign} {size}{name}")
        return f"{''.join(terms)} {'<=' if self.below else '>'} {self.threshold:.4g}"


@dataclass(frozen=True)
class Rule:
    """If every condition holds, the model decides `outcome`; `coverage` and `precision` (agreement with
    the model on the rows it covers) are measured on the held-out rows."""

    conditions: tuple[Condition | LinearCondition, ...]
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
RULE_COST = 0.0005  # with oblique splits: share of the labelled rows a rule, or an oblique split, must win


def _axis_tree(X: np.ndarray, y: np.ndarray, n_classes: int, seed: int) -> Tree:
    """scikit-learn's best-first tree (axis-aligned splits only) in the form `_prune` reads; its nodes are
    numbered in the order they were made, a parent before its children."""
    from sklearn.tree import DecisionTreeClassifier

    fitted = DecisionTreeClassifier(max_leaf_nodes=GROWN_LEAVES, min_samples_leaf=MIN_LEAF_ROWS,
                                    random_state=seed).fit(X, y)
    t = fitted.tree_
    path = fitted.decision_path(X)
    onehot = np.zeros((len(X), n_classes))
    onehot[np.arange(len(X)), y] = 1.0
    splits = tuple(Split((int(t.feature[n]),), (1.0,), float(t.threshold[n])) if t.children_left[n] >= 0 else None
                   for n in range(t.node_count))
    return Tree(np.asarray(t.children_left), np.asarray(t.children_right), splits, np.asarray(path.T @ onehot))


def _prune(left: np.ndarray, right: np.ndarray, counts: np.ndarray, max_rules: int, default: int,
           cost: float = 0.0, slanted: np.ndarray | None = None) -> tuple[float, list[tuple[int, int]]]:
    """The pruned tree with at most `max_rules` leaves outside class `default` that agrees with the most
    rows: (agreement, [(leaf node, class)] of its rule leaves). `left`, `right`: children of each node (-1
    at a leaf, a parent before its children); `counts`: (nodes, classes) rows of each decision reaching
    each node. best[n][k]: most rows agreed with in node n's subtree using at most k rules; a node is a
    leaf (of the default class at no cost, or of its most common other class at one rule) or keeps its
    split and shares its budget between its children. `cost`: rows of agreement a rule, and a kept oblique
    split (`slanted`: which nodes split obliquely), must win to be worth it."""
    other = counts.copy()
    other[:, default] = -np.inf
    other_class = np.argmax(other, axis=1)
    K = max_rules
    best = np.zeros((len(left), K + 1))
    split_at = np.full((len(left), K + 1), -1)  # budget of the left child when the split is kept
    budgets = np.arange(K + 1)
    for node in reversed(range(len(left))):
        leaf = np.full(K + 1, counts[node, default])
        if K:
            leaf[1:] = max(counts[node, default], counts[node, other_class[node]] - cost)
        if left[node] < 0:
            best[node] = leaf
            continue
        pair = best[left[node]][:, None] + best[right[node]][None, :]  # [a, b]: a rules left, b right
        if slanted is not None and slanted[node]:
            pair -= cost
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
        elif k >= 1 and counts[node, other_class[node]] - cost > counts[node, default]:
            out.append((node, int(other_class[node])))
    return float(best[0].max()), out


def _conditions(tree: Tree, names: tuple[str, ...]) -> dict[int, tuple[Condition | LinearCondition, ...]]:
    """Each node's conditions: the axis-aligned splits on its path merged into one interval per feature
    (in feature order), then its oblique splits (in path order)."""
    out: dict[int, tuple[Condition | LinearCondition, ...]] = {}
    Box = dict[int, tuple[float, float]]
    stack: list[tuple[int, Box, tuple[LinearCondition, ...]]] = [(0, {}, ())]
    while stack:
        node, box, slanted = stack.pop()
        out[node] = (*(Condition(names[f], f, lo, hi) for f, (lo, hi) in sorted(box.items())), *slanted)
        split = tree.splits[node]
        if split is None:
            continue
        a, b = int(tree.left[node]), int(tree.right[node])
        if len(split.features) == 1:
            (f,), t = split.features, split.threshold
            lo, hi = box.get(f, (-np.inf, np.inf))
            stack += [(a, {**box, f: (lo, min(hi, t))}, slanted), (b, {**box, f: (max(lo, t), hi)}, slanted)]
        else:
            terms = tuple(names[f] for f in split.features)
            for child, below in ((a, True), (b, False)):
                cond = LinearCondition(terms, split.features, split.weights, split.threshold, below)
                stack.append((child, box, (*slanted, cond)))
    return out


def fit_rules(model: ModelAdapter, X: np.ndarray, feature_names: tuple[str, ...], max_rules: int = 20,
              holdout: float = 0.3, samples: int = 8000, seed: int = 0, oblique: bool = False) -> RuleList:
    """A rule list of at most `max_rules` rules (plus the default) mimicking `model` on rows like `X`;
    `holdout`: share of the rows kept aside to measure fidelity; `samples`: synthetic rows the model
    labels for the tree to learn from (see `surrogate_data`); `oblique`: also allow conditions on a
    weighted sum of two or three features (see `modelward.explain.oblique`; off by default: on generated
    tasks it measured no better than boxes on average, docs/explain.md)."""
    from dataclasses import replace

    data = surrogate_data(model, X, holdout, samples, seed)
    classes, y = np.unique(data.labels, return_inverse=True)
    tree = grow(data.train, y, len(classes), GROWN_LEAVES, MIN_LEAF_ROWS) if oblique \
        else _axis_tree(data.train, y, len(classes), seed)
    oblique_split = np.array([s is not None and len(s.features) > 1 for s in tree.splits])
    cost = RULE_COST * len(y) if oblique else 0.0
    (_, leaves), default = max(((_prune(tree.left, tree.right, tree.counts, max_rules, c, cost, oblique_split), c)
                                     for c in range(len(classes))), key=lambda r: (r[0][0], -len(r[0][1])))
    paths = _conditions(tree, feature_names)
    measured = []
    for node, c in leaves:
        rule = Rule(paths[node], str(classes[c]), 0.0, float("nan"))
        hit = rule.holds(data.test)
        measured.append(replace(rule, coverage=float(hit.mean()) if len(hit) else 0.0,
                                precision=float(np.mean(data.test_labels[hit] == rule.outcome)) if hit.any()
                                else float("nan")))
    slanted = sum(isinstance(c, LinearCondition) for r in measured for c in r.conditions)
    agreed = tree.counts[0, default] + sum(tree.counts[node, c] - tree.counts[node, default] for node, c in leaves)
    n_leaves = int(np.sum(tree.left < 0))
    listed = RuleList(tuple(sorted(measured, key=lambda r: -r.coverage)), str(classes[default]), 0.0, 0.0,
                      len(data.test),
                      f"decision tree of {n_leaves} leaves (axis-aligned{' or sparse oblique' if oblique else ''} "
                      f"splits) on the model's decisions on the fitting rows and {len(data.train) - data.real} "
                      "synthetic rows (jittered, and between rows decided differently), pruned optimally to "
                      f"{len(measured)} rules (agreement {agreed / len(y):.3f} on those rows"
                      f"{f'; {slanted} oblique conditions' if oblique else ''}); default-class leaves folded into "
                      "the default")
    fidelity = float(np.mean(listed.predict(data.test) == data.test_labels)) if len(data.test) else float("nan")
    train_fidelity = float(np.mean(listed.predict(data.train[:data.real]) == data.labels[:data.real]))
    return replace(listed, fidelity=fidelity, fidelity_train=train_fidelity)
