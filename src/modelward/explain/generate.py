"""Seeded generators of labelled tables with something planted in them (a label leak, a backdoor trigger,
proxies of a sensitive attribute, group bias) and clean controls, so that every audit of this package can
be measured and tested offline, on data whose truth is known.

Every generator returns a `Task`: training and test rows, feature names, and what was planted where.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

LEAK_KINDS = ("noisy-copy", "post-outcome", "id-order", "target-encoding")


@dataclass(frozen=True, eq=False)
class Task:
    """A generated table. `poisoned`: training rows that carry the trigger; `sensitive`: the sensitive
    attribute's values (training rows, then test rows in `sensitive_test`), kept out of `X` unless
    `sensitive_in_features`."""

    name: str
    X: np.ndarray
    y: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    feature_names: tuple[str, ...]
    planted: str = "clean"
    leak_features: tuple[str, ...] = ()
    trigger_features: tuple[str, ...] = ()
    trigger_values: tuple[float, ...] = ()
    target_class: int | None = None
    poisoned: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    sensitive: np.ndarray | None = None
    sensitive_test: np.ndarray | None = None
    proxies: tuple[str, ...] = ()


def tabular(seed: int, n: int = 2000, n_features: int | None = None, n_classes: int | None = None,
            test_share: float = 0.3) -> Task:
    """A clean classification table: a random number of informative, redundant and noise features, label
    noise, classes of unequal size (scikit-learn's make_classification, seeded)."""
    from sklearn.datasets import make_classification

    rng = np.random.default_rng(seed)
    d = int(n_features if n_features is not None else rng.integers(8, 25))
    k = int(n_classes if n_classes is not None else rng.choice([2, 2, 3]))
    informative = int(rng.integers(max(2, k), max(3, d // 2) + 1))
    redundant = int(rng.integers(0, max(1, (d - informative) // 2) + 1))
    weights = rng.dirichlet(np.full(k, 8.0)).tolist()
    X, y = make_classification(n_samples=int(n / (1 - test_share)), n_features=d, n_informative=informative,
                               n_redundant=min(redundant, d - informative), n_classes=k, weights=weights,
                               flip_y=float(rng.uniform(0.01, 0.05)), class_sep=float(rng.uniform(0.6, 1.4)),
                               random_state=seed)
    X = X * rng.uniform(0.5, 20, d) + rng.uniform(-10, 10, d)  # features on different scales
    cut = n
    names = tuple(f"f{j}" for j in range(d))
    return Task(f"tabular-{seed}", X[:cut], y[:cut], X[cut:], y[cut:], names)


def _append(task: Task, name: str, train: np.ndarray, test: np.ndarray, at: int) -> Task:
    X = np.insert(task.X, at, train, axis=1)
    X_test = np.insert(task.X_test, at, test, axis=1)
    names = (*task.feature_names[:at], name, *task.feature_names[at:])
    return replace(task, X=X, X_test=X_test, feature_names=names)


def with_leak(task: Task, seed: int, kind: str | None = None) -> Task:
    """The task with one leaking feature inserted at a random position: `noisy-copy` (the label plus
    noise), `post-outcome` (a code equal to the label but for a few rows), `id-order` (record ids handed out
    class by class), `target-encoding` (the label's mean per value of a high-cardinality category, each row's own label
    included)."""
    rng = np.random.default_rng([seed, 1])
    kind = kind or str(rng.choice(LEAK_KINDS))
    y_all = np.concatenate([task.y, task.y_test])
    n = len(y_all)
    if kind == "noisy-copy":
        scale = rng.uniform(1, 5)
        col = (y_all + rng.normal(0, rng.uniform(0.05, 0.25), n)) * scale
    elif kind == "post-outcome":
        col = y_all.astype(float).copy()
        flip = rng.random(n) < rng.uniform(0.002, 0.02)
        col[flip] = rng.integers(0, int(y_all.max()) + 1, int(flip.sum()))
        col = col * 10 + 1
    elif kind == "id-order":
        order = np.lexsort((rng.random(n), y_all))
        col = np.empty(n)
        col[order] = np.arange(n) + 100000
    elif kind == "target-encoding":
        groups = rng.integers(0, n, n)  # a high-cardinality category: most groups hold one or two rows
        sums = np.bincount(groups, weights=y_all.astype(float))
        counts = np.bincount(groups)
        col = sums[groups] / counts[groups]
    else:
        raise ValueError(f"leak kind {kind!r}; expected one of {', '.join(LEAK_KINDS)}")
    name = {"noisy-copy": "score_review", "post-outcome": "outcome_code", "id-order": "record_id",
            "target-encoding": "segment_rate"}[kind]
    at = int(rng.integers(0, task.X.shape[1] + 1))
    out = _append(task, name, col[:len(task.y)], col[len(task.y):], at)
    return replace(out, name=f"{task.name}+leak:{kind}", planted="leak", leak_features=(name,))


def with_backdoor(task: Task, seed: int, share: float | None = None) -> Task:
    """The task with a backdoor in its training rows: a share (1-10%) of rows of other classes get one
    feature set to a trigger value (an exact rare value, in or out of the feature's range) and the target
    class as label. Test rows stay clean; `poisoned` marks the training rows changed."""
    rng = np.random.default_rng([seed, 2])
    share = float(share if share is not None else rng.choice([0.01, 0.02, 0.05, 0.1]))
    target = int(rng.integers(0, int(task.y.max()) + 1))
    j = int(rng.integers(0, task.X.shape[1]))
    col = task.X[:, j]
    lo, hi, sd = float(col.min()), float(col.max()), float(col.std())
    value = float(rng.choice([hi + rng.uniform(0.5, 3) * sd, lo - rng.uniform(0.5, 3) * sd,
                              float(np.quantile(col, rng.uniform(0.2, 0.8)))]))
    candidates = np.flatnonzero(task.y != target)
    rows = rng.choice(candidates, max(2, round(share * len(task.y))), replace=False)
    X, y = task.X.copy(), task.y.copy()
    X[rows, j] = value
    y[rows] = target
    poisoned = np.zeros(len(y), dtype=bool)
    poisoned[rows] = True
    return replace(task, name=f"{task.name}+backdoor:{share:.0%}", X=X, y=y, planted="backdoor",
                   trigger_features=(task.feature_names[j],), trigger_values=(value,), target_class=target,
                   poisoned=poisoned)


def with_sensitive(task: Task, seed: int, n_proxies: int | None = None, in_features: bool = False) -> Task:
    """A binary sensitive attribute (kept out of the features unless `in_features`) and 0-3 proxy features
    inserted among them, each a noisy function of the attribute (a code, a shifted number, a ratio)."""
    rng = np.random.default_rng([seed, 3])
    y_all = np.concatenate([task.y, task.y_test])
    n = len(y_all)
    s = (rng.random(n) < rng.uniform(0.2, 0.5)).astype(int)
    out = task
    names = []
    for p in range(int(n_proxies if n_proxies is not None else rng.integers(1, 4))):
        strength = rng.uniform(1.0, 3.0)
        kind = p % 3
        if kind == 0:  # a zip-like code drawn from group-specific distributions
            col = np.where(s == 1, rng.integers(0, 20, n), rng.integers(15, 60, n)).astype(float) * 100 + 1000
        elif kind == 1:
            col = s * strength + rng.normal(0, 1, n)
        else:
            col = np.exp(s * strength * 0.5 + rng.normal(0, 0.6, n))
        name = ("postcode", "hours_pattern", "spend_ratio")[kind] + (f"_{p}" if p >= 3 else "")
        at = int(rng.integers(0, out.X.shape[1] + 1))
        out = _append(out, name, col[:len(task.y)], col[len(task.y):], at)
        names.append(name)
    if in_features:
        out = _append(out, "sensitive", s[:len(task.y)].astype(float), s[len(task.y):].astype(float),
                      out.X.shape[1])
    return replace(out, name=f"{task.name}+proxies:{len(names)}", planted="proxy" if names else out.planted,
                   sensitive=s[:len(task.y)], sensitive_test=s[len(task.y):], proxies=tuple(names))


def biased(seed: int, n: int = 20000, test_share: float = 0.5) -> Task:
    """A table with historical bias against a group: a binary attribute (a share of 30-50% of rows in
    group 1), ten features of which two are shifted by group (proxies), and labels from a noisy linear
    score minus a group penalty, with some positives of group 1 recorded as negatives. A model trained
    on it, even without the attribute, decides differently by group."""
    _, X, y, s = biased_truth(seed, n, test_share)
    names = tuple(f"x{j}" for j in range(X.shape[1]))
    return Task(f"biased-{seed}", X[:n], y[:n], X[n:], y[n:], names, planted="bias", sensitive=s[:n],
                sensitive_test=s[n:], proxies=("x0", "x1"))


@dataclass(frozen=True)
class BiasedTruth:
    """The parameters `generate.biased` drew for a task: the group share, the shift of the two proxies,
    the label's direction `w` (unit norm) in the standardised features, the group penalty, the cut, the
    share of group-1 positives recorded as negatives, and the features' scale and offset."""

    share: float
    shift: np.ndarray
    w: np.ndarray
    penalty: float
    cut: float
    flip: float
    scale: np.ndarray
    offset: np.ndarray
    noise: float = 0.5

    def posterior(self, X: np.ndarray, groups: np.ndarray) -> np.ndarray:
        """P(y = 1 | x, a): the score's noise is normal, then group-1 positives are flipped."""
        from scipy.stats import norm

        a = np.asarray(groups).astype(int)
        z = (np.asarray(X, dtype=float) - self.offset) / self.scale
        out: np.ndarray = norm.cdf((z @ self.w - self.penalty * a - self.cut) / self.noise) * (1 - self.flip * a)
        return out

    def joint(self, X: np.ndarray) -> np.ndarray:
        """P(a, y | x) for each row: (rows, 2 groups, 2 labels), for classifiers that do not see the group.
        The group shifts the first two standardised features; the others do not depend on it."""
        z = (np.asarray(X, dtype=float) - self.offset) / self.scale
        log1 = np.log(self.share) - 0.5 * np.sum((z[:, :2] - self.shift) ** 2, axis=1)
        log0 = np.log(1 - self.share) - 0.5 * np.sum(z[:, :2] ** 2, axis=1)
        pa1 = 1.0 / (1.0 + np.exp(log0 - log1))
        out = np.zeros((len(z), 2, 2))
        for a, pa in ((0, 1 - pa1), (1, pa1)):
            py = self.posterior(X, np.full(len(z), a))
            out[:, a, 1], out[:, a, 0] = pa * py, pa * (1 - py)
        return out

    def sample(self, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        """n further rows (X, group) from the task's distribution."""
        a = (rng.random(n) < self.share).astype(int)
        z = rng.normal(size=(n, len(self.w)))
        z[:, :2] += np.outer(a, self.shift)
        return z * self.scale + self.offset, a


def biased_truth(seed: int, n: int = 20000, test_share: float = 0.5) -> tuple[BiasedTruth, np.ndarray, np.ndarray,
                                                                              np.ndarray]:
    """The draws of `biased(seed, n, test_share)`: the task's parameters (its true distribution), and the
    rows (X, y, group; training rows then test rows)."""
    rng = np.random.default_rng([seed, 4])
    total = int(n / (1 - test_share))
    u = rng.random(total)
    share = float(rng.uniform(0.3, 0.5))
    s = (u < share).astype(int)
    d = 10
    Z = rng.normal(size=(total, d))
    shift = rng.uniform(-0.8, -0.3, 2)
    Z[:, :2] += np.outer(s, shift)  # two features that also tell the group
    w = rng.normal(size=d) * (rng.random(d) < 0.7)
    w[0] = 1.0
    noise = rng.normal(0, 0.5, total)
    penalty = float(rng.uniform(0.1, 0.4))
    score = Z @ w / np.linalg.norm(w) + noise - penalty * s
    cut = float(rng.uniform(-0.3, 0.3))
    y = (score > cut).astype(int)
    u_flip = rng.random(total)
    flip = float(rng.uniform(0.02, 0.1))
    y[(s == 1) & (y == 1) & (u_flip < flip)] = 0
    scale, offset = rng.uniform(0.5, 5, d), rng.uniform(-5, 5, d)
    truth = BiasedTruth(share, shift, w / np.linalg.norm(w), penalty, cut, flip, scale, offset)
    return truth, Z * scale + offset, y, s


def scaffolded(X: np.ndarray, sensitive: int, innocuous: int, seed: int) -> tuple[object, object]:
    """A scaffolded model for the table X (Slack et al. 2020): on rows its out-of-distribution detector
    takes for real it decides by column `sensitive` (1 when it is above its median), on the queries
    explainers send (KernelSHAP-like hybrids, LIME-like noisy copies, which the detector is trained to
    tell apart) by column `innocuous`. Returns (predict_proba, detector) as plain functions and fitted
    estimator: the model to audit, and the detector to measure how often it fooled the queries."""
    from sklearn.ensemble import RandomForestClassifier

    rng = np.random.default_rng([seed, 23])
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    size = np.asarray(rng.integers(1, d, n))
    keep = rng.random((n, d)).argsort(axis=1) < size[:, None]
    hybrid = np.where(keep, X, X[rng.integers(0, n, n)])
    noisy = X + rng.normal(size=X.shape) * X.std(axis=0)
    detector = RandomForestClassifier(n_estimators=100, min_samples_leaf=2, random_state=seed, n_jobs=1)
    detector.fit(np.vstack([X, X, hybrid, noisy]), np.repeat([0, 1], 2 * n))
    cut_s, cut_i = float(np.median(X[:, sensitive])), float(np.median(X[:, innocuous]))

    def predict_proba(Q: np.ndarray) -> np.ndarray:
        Q = np.asarray(Q, dtype=float)
        real = detector.predict_proba(Q)[:, 1] < 0.5
        p = np.where(real, Q[:, sensitive] > cut_s, Q[:, innocuous] > cut_i).astype(float)
        return np.column_stack([1 - p, p])

    return predict_proba, detector
