"""Membership scores as pure functions of per-record signals (higher score: more likely a member).

- `lira`: the likelihood-ratio attack of Carlini et al. (2022). Per record, the signal of reference
  models trained with it (IN) and without it (OUT) is fitted by a Gaussian each; the score is the log
  likelihood ratio of the audited model's signal (online), or how far it lies above the OUT
  Gaussian (offline, OUT models only). A record's spread is read from records of similar difficulty
  (the median spread of the records whose mean signal is closest, `SPREAD_BIN` of them): per-record
  spreads from a few models are noisy, one shared spread ignores that hard records vary more; with
  many models (`PER_RECORD_VARIANCE_MIN` IN and OUT answers) each record may have its own.
- `rmia`: the relative membership attack of Zarifzadeh et al. (2024). The ratio Pr(y|x, target) /
  Pr(y|x) (Pr(y|x) averaged over reference models) is compared with the same ratio on population
  records z; the score is the share of z that x dominates by a factor `gamma`. Strong with few models.
- `shadow_features`: the features of Shokri et al.'s (2017) shadow-model attack classifier, trained
  on reference models' answers labelled IN/OUT (`shadow` fits it).
"""

from __future__ import annotations

import numpy as np
from scipy.stats import norm

from modelward.core.errors import ConfigError

PER_RECORD_VARIANCE_MIN = 256  # IN and OUT answers per record (hundreds of models) before a record gets its own spread
SPREAD_BIN = 20  # records per difficulty bin whose median spread a record's Gaussian takes
_MIN_STD = 1e-3


def _in_out_stats(ref: np.ndarray, ref_in: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per-record mean and std of the IN and OUT answers (NaN where a record has none)."""
    ref, ref_in = np.asarray(ref, dtype=float), np.asarray(ref_in, dtype=bool)
    if ref.shape != ref_in.shape or ref.ndim != 2:
        raise ConfigError(f"reference signals {ref.shape} and IN/OUT table {ref_in.shape} must be (models, records)")
    with np.errstate(invalid="ignore", divide="ignore"):
        n_in, n_out = ref_in.sum(0), (~ref_in).sum(0)
        mu_in = np.where(ref_in, ref, 0).sum(0) / n_in
        mu_out = np.where(~ref_in, ref, 0).sum(0) / n_out
        sd_in = np.sqrt(np.where(ref_in, (ref - mu_in) ** 2, 0).sum(0) / n_in)
        sd_out = np.sqrt(np.where(~ref_in, (ref - mu_out) ** 2, 0).sum(0) / n_out)
    return mu_in, sd_in, mu_out, sd_out


def _fill(values: np.ndarray, fallback: np.ndarray | float) -> np.ndarray:
    out = np.asarray(values, dtype=float).copy()
    bad = ~np.isfinite(out)
    out[bad] = np.broadcast_to(fallback, out.shape)[bad]
    return out


def spread_by_difficulty(mean: np.ndarray, spread: np.ndarray, per_bin: int = SPREAD_BIN) -> np.ndarray:
    """Each record's spread replaced by the median spread of its difficulty bin: records sorted by `mean`
    in bins of about `per_bin` (NaN spreads are left out of the medians)."""
    mean, spread = np.asarray(mean, dtype=float), np.asarray(spread, dtype=float)
    fallback = float(np.nanmedian(spread)) if np.isfinite(spread).any() else _MIN_STD
    n_bins = max(1, len(mean) // max(per_bin, 1))
    order = np.argsort(mean, kind="mergesort")
    out = np.empty(len(mean))
    for part in np.array_split(order, n_bins):
        values = spread[part][np.isfinite(spread[part])]
        out[part] = float(np.median(values)) if len(values) else fallback
    return out


def lira(target: np.ndarray, ref: np.ndarray, ref_in: np.ndarray, online: bool = True,
         per_record_variance: bool | None = None) -> np.ndarray:
    """LiRA scores of the audited model's signals `target` (n,) given reference signals `ref` (K, n) and
    which reference model trained on which record, `ref_in` (K, n)."""
    target = np.asarray(target, dtype=float)
    mu_in, sd_in, mu_out, sd_out = _in_out_stats(ref, ref_in)
    if not np.isfinite(mu_out).any():
        raise ConfigError("LiRA needs reference models that did not train on the records (OUT models)")
    shift = float(np.nanmean(mu_in - mu_out)) if np.isfinite(mu_in - mu_out).any() else 0.0
    mu_out = _fill(mu_out, mu_in - shift)
    mu_in = _fill(mu_in, mu_out + shift)
    ref_in = np.asarray(ref_in, dtype=bool)
    own = (per_record_variance if per_record_variance is not None
           else bool(min(ref_in.sum(0).min(), (~ref_in).sum(0).min()) >= PER_RECORD_VARIANCE_MIN))
    if not np.isfinite(sd_in).any():
        sd_in = sd_out
    difficulty = (mu_in + mu_out) / 2
    s_in = np.maximum(_fill(sd_in, spread_by_difficulty(difficulty, sd_in)) if own
                      else spread_by_difficulty(difficulty, sd_in), _MIN_STD)
    s_out = np.maximum(_fill(sd_out, spread_by_difficulty(difficulty, sd_out)) if own
                       else spread_by_difficulty(difficulty, sd_out), _MIN_STD)
    if online:
        scores: np.ndarray = norm.logpdf(target, mu_in, s_in) - norm.logpdf(target, mu_out, s_out)
    else:
        scores = norm.logcdf(target, mu_out, s_out)
    return scores


def rmia(target_p: np.ndarray, ref_p: np.ndarray, ref_in: np.ndarray, z_target_p: np.ndarray,
         z_ref_p: np.ndarray, z_ref_in: np.ndarray | None = None, gamma: float = 1.0,
         offline_a: float = 0.33) -> np.ndarray:
    """RMIA scores. `target_p` (n,) and `z_target_p` (m,): the audited model's Pr(y|x) on the records and
    on population records z; `ref_p` (K, n), `z_ref_p` (K, m): the reference models' on the same.

    Pr(y|x) is the mean of IN and OUT reference answers when a record has both (online); from OUT answers
    only it is corrected as (1 + a) / 2 * mean_out + (1 - a) / 2 (the paper's offline approximation)."""
    if gamma <= 0:
        raise ConfigError(f"RMIA gamma must be positive, got {gamma}")

    def marginal(ref: np.ndarray, ins: np.ndarray | None) -> np.ndarray:
        ref = np.asarray(ref, dtype=float)
        if ins is None:
            ins = np.zeros(ref.shape, dtype=bool)
        mu_in, _, mu_out, _ = _in_out_stats(ref, ins)
        offline = (1 + offline_a) / 2 * mu_out + (1 - offline_a) / 2
        both = np.isfinite(mu_in) & np.isfinite(mu_out)
        out = np.where(both, (mu_in + mu_out) / 2, np.where(np.isfinite(mu_out), offline, mu_in))
        floored: np.ndarray = np.maximum(_fill(out, 1.0), 1e-300)
        return floored

    ratio_x = np.asarray(target_p, dtype=float) / marginal(ref_p, ref_in)
    ratio_z = np.sort(np.asarray(z_target_p, dtype=float) / marginal(z_ref_p, z_ref_in))
    if not len(ratio_z):
        raise ConfigError("RMIA needs population records z")
    scores = np.asarray(np.searchsorted(ratio_z, ratio_x / gamma, side="left"), dtype=float) / len(ratio_z)
    # ties in the share: break them by the ratio itself so the ROC keeps its resolution
    out: np.ndarray = scores + 1e-9 * np.tanh(np.log(np.maximum(ratio_x, 1e-300)) / 50)
    return out


def shadow_features(proba: np.ndarray, signal: np.ndarray) -> np.ndarray:
    """Features of the shadow attack classifier: the three largest probabilities and the signal."""
    proba = np.asarray(proba, dtype=float)
    top = -np.sort(-proba, axis=-1)[..., :3]
    if top.shape[-1] < 3:
        top = np.concatenate([top, np.zeros((*top.shape[:-1], 3 - top.shape[-1]))], axis=-1)
    return np.concatenate([top, np.asarray(signal, dtype=float)[..., None]], axis=-1)


def shadow(target_features: np.ndarray, ref_features: np.ndarray, ref_in: np.ndarray, seed: int = 0) -> np.ndarray:
    """Shokri et al.'s attack: a classifier learns IN/OUT from the reference (shadow) models' answers
    (`ref_features` (K, n, f)) and scores the audited model's answers (`target_features` (n, f))."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    F = np.asarray(ref_features, dtype=float).reshape(-1, np.shape(ref_features)[-1])
    labels = np.asarray(ref_in, dtype=bool).reshape(-1)
    if labels.all() or not labels.any():
        raise ConfigError("the shadow attack needs both IN and OUT answers of reference models")
    clf = HistGradientBoostingClassifier(max_iter=50, random_state=seed).fit(F, labels)
    return np.asarray(clf.predict_proba(np.asarray(target_features, dtype=float))[:, 1], dtype=float)
