"""Outlying rows: the robust Mahalanobis distance (minimum covariance determinant, on the principal
components of the features mapped to normal marginals by their ranks) beyond its chi-square quantile at
`alpha` and an outlier among the distances themselves, ranked by the average of its rank and an isolation
forest's (so each method's scale does not matter). Without a usable covariance, the isolation forest's
top `alpha` share is flagged."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.stats import chi2, rankdata

from modelward.data.duplicates import robust_scale

FIT_ROWS = 20_000  # the robust covariance is fitted on a sample this large; every row is scored


@dataclass(frozen=True, eq=False)
class Outliers:
    """Flagged rows (most outlying first) and every row's combined score in [0, 1]."""

    rows: np.ndarray
    scores: np.ndarray
    method: str


def find_outliers(X: np.ndarray, alpha: float = 0.001, seed: int = 0, max_features: int = 20) -> Outliers:
    from sklearn.covariance import MinCovDet
    from sklearn.decomposition import PCA
    from sklearn.ensemble import IsolationForest
    from sklearn.preprocessing import QuantileTransformer

    Z = robust_scale(np.asarray(X, dtype=float))
    Z = Z[:, Z.std(axis=0) > 0] if Z.shape[1] else Z
    if Z.shape[1] == 0 or len(Z) < 10:
        return Outliers(np.array([], dtype=int), np.zeros(len(Z)), "too few rows or no varying feature")
    # the forest sees the scaled values (how far beyond the others a value lies); the covariance sees
    # marginals made normal by their ranks (a skewed feature is not an outlier factory)
    forest = -IsolationForest(n_estimators=200, random_state=seed).fit(Z).score_samples(Z)
    Z = QuantileTransformer(n_quantiles=min(1000, len(Z)), output_distribution="normal",
                            random_state=seed).fit_transform(Z)
    reduced = PCA(min(max_features, Z.shape[1], len(Z) // 5 or 1), random_state=seed).fit_transform(Z)
    try:
        sample = reduced if len(reduced) <= FIT_ROWS else reduced[
            np.random.default_rng(seed).choice(len(reduced), FIT_ROWS, replace=False)]
        maha = MinCovDet(random_state=seed).fit(sample).mahalanobis(reduced)  # squared distances
    except ValueError:  # a singular covariance: the forest alone
        ranks = rankdata(forest) / len(Z)
        k = max(1, round(alpha * len(Z)))
        return Outliers(np.argsort(-ranks, kind="stable")[:k], ranks, f"isolation forest, top {alpha:.2%}")
    ranks = (rankdata(forest) + rankdata(maha)) / (2 * len(Z))
    # beyond the chi-square quantile, and an outlier among the distances themselves (modified z-score of the
    # log distance above 3.5, Iglewicz and Hoaglin): real data are rarely Gaussian enough for the first alone
    log_d = np.log(np.maximum(maha, 1e-12))
    mad = float(np.median(np.abs(log_d - np.median(log_d)))) or 1e-12
    robust_z = 0.6745 * (log_d - np.median(log_d)) / mad
    beyond = np.flatnonzero((maha > chi2.ppf(1 - alpha, reduced.shape[1])) & (robust_z > 3.5))
    rows = beyond[np.argsort(-ranks[beyond], kind="stable")]
    return Outliers(rows, ranks, f"robust Mahalanobis (MCD, {reduced.shape[1]} principal components) beyond the "
                                 f"chi-square {1 - alpha:.1%} quantile and a modified z-score above 3.5, "
                                 "ranked with an isolation forest")
