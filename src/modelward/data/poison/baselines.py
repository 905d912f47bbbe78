"""The two published baselines, re-implemented as their papers describe them, per class of labels:

- activation clustering (Chen et al., "Detecting Backdoor Attacks on Deep Neural Networks by Activation
  Clustering", 2018): centre, reduce to 10 independent components, 2-means; the smaller cluster is poison
  when it holds less than 35% of the class;
- spectral signatures (Tran, Li and Madry, "Spectral Signatures in Backdoor Attacks", NeurIPS 2018):
  centre, score each row by its squared projection on the top singular vector, remove the 1.5 * eps
  share of each class with the highest scores."""

from __future__ import annotations

import numpy as np


def activation_clustering(R: np.ndarray, y: np.ndarray, max_share: float = 0.35, seed: int = 0) -> np.ndarray:
    from sklearn.cluster import KMeans
    from sklearn.decomposition import PCA, FastICA

    flagged = []
    for c in np.unique(y):
        rows = np.flatnonzero(y == c)
        if len(rows) < 10:
            continue
        Z = R[rows] - R[rows].mean(axis=0)
        dims = min(10, Z.shape[1], len(rows) - 1)
        try:
            Z = FastICA(dims, random_state=seed, max_iter=500).fit_transform(Z)
        except ValueError:
            Z = PCA(dims, random_state=seed).fit_transform(Z)
        labels = KMeans(2, n_init=10, random_state=seed).fit_predict(Z)
        small = int(np.argmin(np.bincount(labels, minlength=2)))
        if np.mean(labels == small) < max_share:
            flagged.extend(rows[labels == small].tolist())
    return np.array(sorted(flagged), dtype=int)


def spectral_signatures(R: np.ndarray, y: np.ndarray, eps: float = 0.1) -> np.ndarray:
    flagged = []
    for c in np.unique(y):
        rows = np.flatnonzero(y == c)
        if len(rows) < 3:
            continue
        Z = R[rows] - R[rows].mean(axis=0)
        _, _, vt = np.linalg.svd(Z, full_matrices=False)
        scores = (Z @ vt[0]) ** 2
        k = int(1.5 * eps * len(rows))
        flagged.extend(rows[np.argsort(-scores)[:k]].tolist())
    return np.array(sorted(flagged), dtype=int)
