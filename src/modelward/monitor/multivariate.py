"""Multivariate drift: can a classifier tell current rows from reference rows?

A gradient-boosted classifier (which takes missing values and categories as they are) learns, on half
of a uniform sample of each table, which table a row comes from; its AUC on the other half measures
how separable the two are. Under no drift the held-out scores of both tables are exchangeable, so the
Mann-Whitney test gives an exact-level p-value for the AUC. This catches what per-column tests cannot:
a change in how columns move together while each column alone keeps its distribution. The columns
that carry the separation are ranked by permutation importance on the held-out half.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from modelward.monitor.result import MultivariateDrift, Verdict
from modelward.monitor.stattests import mann_whitney_auc_p

MIN_ROWS = 50
NEGLIGIBLE_AUC = 0.52  # below this a significant AUC is called negligible
TOP_FEATURES = 5
IMPORTANCE_ROWS = 2000  # held-out rows the permutation importance is measured on
MAX_CATEGORIES_NATIVE = 255  # HistGradientBoosting's limit for native categorical features


def _matrix(ref: Mapping[str, np.ndarray], cur: Mapping[str, np.ndarray],
            names: list[str]) -> tuple[np.ndarray, list[bool]]:
    """Both samples stacked as numbers: categories as codes of the names sorted across both samples."""
    columns, is_category = [], []
    for name in names:
        a, b = ref[name], cur[name]
        if a.dtype != object and b.dtype != object:
            columns.append(np.concatenate([a, b]).astype(float))
            is_category.append(False)
            continue
        values = np.concatenate([a, b]).astype(object)
        present = np.array([v is not None for v in values.tolist()])
        uniq, inverse = np.unique(values[present].astype(str), return_inverse=True)
        codes = np.full(values.size, np.nan)
        codes[present] = inverse
        columns.append(codes)
        is_category.append(uniq.size <= MAX_CATEGORIES_NATIVE)
    return np.column_stack(columns), is_category


def domain_classifier(ref: Mapping[str, np.ndarray], cur: Mapping[str, np.ndarray], *, alpha: float,
                      seed: int = 0, max_iter: int = 60) -> MultivariateDrift:
    """AUC of a reference-versus-current classifier on held-out rows of the two samples, its p-value and
    verdict, and the columns whose shuffling lowers it most."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.inspection import permutation_importance
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import train_test_split
    from threadpoolctl import threadpool_limits

    names = sorted(set(ref) & set(cur))
    n_ref = len(next(iter(ref.values()))) if ref else 0
    n_cur = len(next(iter(cur.values()))) if cur else 0
    if not names or min(n_ref, n_cur) < MIN_ROWS:
        return MultivariateDrift("domain classifier AUC", 0.5, 1.0, n_ref, n_cur, Verdict.NOT_VERIFIED,
                                 note=f"needs {MIN_ROWS} sampled rows of shared columns in each table")
    X, is_category = _matrix(ref, cur, names)
    y = np.r_[np.zeros(n_ref, int), np.ones(n_cur, int)]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.5, stratify=y, random_state=seed)
    with threadpool_limits(1):  # samples are small; OpenMP threads only spin-wait on a busy machine
        model = HistGradientBoostingClassifier(max_iter=max_iter, learning_rate=0.1, max_leaf_nodes=15,
                                               categorical_features=np.array(is_category), early_stopping=False,
                                               random_state=seed).fit(X_tr, y_tr)
        auc = float(roc_auc_score(y_te, model.predict_proba(X_te)[:, 1]))
    p = mann_whitney_auc_p(auc, int(y_te.sum()), int((1 - y_te).sum()))
    verdict = Verdict.NO_DRIFT if p >= alpha else Verdict.NEGLIGIBLE if auc < NEGLIGIBLE_AUC else Verdict.DRIFT
    top: tuple[tuple[str, float], ...] = ()
    if verdict == Verdict.DRIFT:
        keep = np.random.default_rng(seed).permutation(y_te.size)[:IMPORTANCE_ROWS]
        with threadpool_limits(1):
            importance = permutation_importance(model, X_te[keep], y_te[keep], scoring="roc_auc", n_repeats=1,
                                                random_state=seed)
        order = np.argsort(-importance.importances_mean)[:TOP_FEATURES]
        top = tuple((names[i], round(float(importance.importances_mean[i]), 4)) for i in order
                    if importance.importances_mean[i] > 0)
    return MultivariateDrift("domain classifier AUC", auc, p, n_ref, n_cur, verdict, top)
