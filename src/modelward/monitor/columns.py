"""One column's comparison, from the two sketches to tests, effect sizes and a plot; then the decision
across columns (the multiple-testing correction and the verdicts).

Numeric columns: Kolmogorov-Smirnov on the shared buckets, chi-square on buckets merged into groups
of equal reference mass (plus a group below and one above the reference's range, where a far-away
mixture lands), and a chi-square on the shares of NaN / +inf / -inf when there are any; the column's
p-value is the smallest times the number of tests run (Bonferroni). The effect that decides is the
Wasserstein distance in reference robust standard deviations (how far, on average, the values moved),
and the total variation of the missing / infinite shares.

Categorical columns: chi-square over the categories, categories never seen in the reference, an
overflow group (past `max_categories`) and missing values; the effect is the total variation (the share
of rows that changed category); Jensen-Shannon distance and PSI are reported too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from modelward.monitor.multiple import adjust
from modelward.monitor.result import (
    CATEGORICAL_MAGNITUDES,
    NUMERIC_MAGNITUDES,
    ColumnDrift,
    DriftSettings,
    Histogram,
    Verdict,
)
from modelward.monitor.sketch import CategorySketch, NumericSketch, aligned
from modelward.monitor.stattests import (
    StatResult,
    chi2_from_counts,
    jensen_shannon_distance,
    ks_from_counts,
    psi,
    standardized_mean_difference,
    total_variation,
    wasserstein_from_counts,
)

PSI_GROUPS = 10
PLOT_BINS = 40
PLOT_CATEGORIES = 12
MISSING, OTHER = "(missing)", "(other)"


def equal_mass_groups(ref_counts: np.ndarray, n_groups: int) -> np.ndarray:
    """Group of each bucket: 0 below the reference's range, 1..n_groups of about equal reference mass,
    n_groups + 1 above the range."""
    r = np.asarray(ref_counts, dtype=float)
    total = r.sum()
    if total == 0:
        return np.zeros(r.size, dtype=np.int64)
    before = np.cumsum(r) - r
    groups = np.floor(n_groups * before / total).astype(np.int64) + 1
    groups[: int(np.argmax(r > 0))] = 0
    out: np.ndarray = np.minimum(groups, n_groups + 1)
    return out


def _grouped(r: np.ndarray, c: np.ndarray, n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    g = equal_mass_groups(r, n_groups)
    return (np.bincount(g, weights=r, minlength=n_groups + 2), np.bincount(g, weights=c, minlength=n_groups + 2))


def chi2_groups(n_ref: int, n_cur: int) -> int:
    """About 20 rows of the smaller sample per group, 2 to 100 groups."""
    return int(np.clip(min(n_ref, n_cur) // 20, 2, 100))


def _special(s: NumericSketch) -> np.ndarray:
    return np.array([s.count, s.n_nan, s.n_posinf, s.n_neginf], dtype=float)


def _quantile(counts: np.ndarray, positions: np.ndarray, q: float) -> float:
    cum = np.cumsum(counts)
    return float(positions[min(int(np.searchsorted(cum, q * cum[-1])), positions.size - 1)])


def numeric_plot(r: np.ndarray, c: np.ndarray, positions: np.ndarray, bins: int = PLOT_BINS) -> Histogram:
    """Shares of each sample over equal-width bins between the 0.5% and 99.5% quantiles of both."""
    if r.sum() == 0 and c.sum() == 0:
        return Histogram((), ())
    present = [x for x in (r, c) if x.sum() > 0]
    lo = min(_quantile(x, positions, 0.005) for x in present)
    hi = max(_quantile(x, positions, 0.995) for x in present)
    if hi <= lo:
        lo, hi = lo - 0.5, hi + 0.5
    idx = np.floor((positions - lo) / (hi - lo) * bins).astype(np.int64)
    idx = np.clip(idx, -1, bins) + 1  # 0 below, 1..bins inside, bins + 1 above
    idx[positions == hi] = bins

    def share(x: np.ndarray) -> np.ndarray:
        total = x.sum()
        return np.bincount(idx, weights=x, minlength=bins + 2) / total if total else np.zeros(bins + 2)

    sr, sc = share(r), share(c)
    return Histogram(tuple(sr[1:-1].round(6).tolist()), tuple(sc[1:-1].round(6).tolist()),
                     edges=tuple(np.linspace(lo, hi, bins + 1).tolist()),
                     below=(float(sr[0]), float(sc[0])), above=(float(sr[-1]), float(sc[-1])))


def compare_numeric(name: str, ref: NumericSketch, cur: NumericSketch, settings: DriftSettings,
                    role: str = "feature") -> ColumnDrift:
    """Tests and effects of one numeric column (its verdict is set by `decide`)."""
    r, c, positions = aligned(ref, cur)
    tests: list[StatResult] = []
    measures: dict[str, float] = {
        "mean_ref": ref.mean, "mean_cur": cur.mean, "std_ref": ref.std, "std_cur": cur.std,
        "missing_ref": ref.n_nan / ref.n_rows if ref.n_rows else 0.0,
        "missing_cur": cur.n_nan / cur.n_rows if cur.n_rows else 0.0,
    }
    effect, notes = 0.0, []
    enough = min(ref.count, cur.count) >= settings.min_rows
    if enough:
        scale = ref.robust_scale()
        tests.append(ks_from_counts(r, c))
        tests.append(chi2_from_counts(*_grouped(r, c, chi2_groups(ref.count, cur.count))))
        wasserstein = wasserstein_from_counts(r, c, positions)
        effect = wasserstein / scale
        measures |= {"ks_d": tests[0].statistic, "wasserstein": wasserstein, "wasserstein_sd": effect,
                     "psi": psi(*_grouped(r, c, PSI_GROUPS)),
                     "mean_shift_sd": standardized_mean_difference(ref.mean, cur.mean, scale),
                     "std_ratio": cur.std / ref.std if ref.std > 0 else (1.0 if cur.std == 0 else float("inf")),
                     "scale_ref": scale}
    else:
        notes.append(f"distribution not tested: {min(ref.count, cur.count)} finite values, fewer than "
                     f"{settings.min_rows}")
    special_r, special_c = _special(ref), _special(cur)
    if (special_r[1:].sum() or special_c[1:].sum()) and min(ref.n_rows, cur.n_rows) >= settings.min_rows:
        tests.append(chi2_from_counts(special_r, special_c, test="special"))
        measures["special_tv"] = total_variation(special_r, special_c)
    if cur.count == 0 and cur.n_rows:
        notes.append("every current value is missing or infinite")
    return _tested(ColumnDrift(name, "numeric", Verdict.NO_DRIFT, role=role, effect=effect,
                               effect_name="wasserstein_sd", tests=tuple(tests), measures=_finite(measures),
                               n_ref=ref.n_rows, n_cur=cur.n_rows, note="; ".join(notes),
                               plot=numeric_plot(r, c, positions)))


def _finite(measures: dict[str, float]) -> dict[str, float]:
    return {k: round(float(v), 6) for k, v in measures.items() if np.isfinite(v)}


def _tested(col: ColumnDrift) -> ColumnDrift:
    if not col.tests:
        return replace(col, verdict=Verdict.NOT_VERIFIED, note=col.note or "no test applies")
    p = min(1.0, len(col.tests) * min(t.p_value for t in col.tests))
    return replace(col, p_value=p, adjusted_p=p)


def _looks_like_identifier(s: CategorySketch) -> bool:
    present = s.n_rows - s.n_missing
    distinct = len(s.counts) + s.overflow_names
    return distinct > 50 and distinct > 0.5 * present


def compare_categorical(name: str, ref: CategorySketch, cur: CategorySketch, settings: DriftSettings,
                        role: str = "feature") -> ColumnDrift:
    """Tests and effects of one categorical column (its verdict is set by `decide`)."""
    ref_names = sorted(ref.counts, key=lambda n: (-ref.counts[n], n))
    overflowed = ref.n_overflow > 0
    new = [n for n in cur.counts if n not in ref.counts]
    unseen = [] if overflowed else sorted(new, key=lambda n: (-cur.counts[n], n))
    other_cur = cur.n_overflow + (sum(cur.counts[n] for n in new) if overflowed else 0)
    labels = [*ref_names, *unseen, OTHER, MISSING]
    r = np.array([*(ref.counts[n] for n in ref_names), *([0] * len(unseen)), ref.n_overflow, ref.n_missing], float)
    c = np.array([*(cur.counts.get(n, 0) for n in ref_names), *(cur.counts[n] for n in unseen), other_cur,
                  cur.n_missing], float)
    notes = []
    if overflowed or cur.n_overflow:
        notes.append(f"more than {ref.max_categories} categories: the rarer ones are compared as one group")
    vanished = [n for n in ref_names if n not in cur.counts]
    if vanished:
        notes.append(f"{len(vanished)} reference categor{'y' if len(vanished) == 1 else 'ies'} absent from the "
                     f"current data (e.g. {vanished[0]!r})")
    base = ColumnDrift(name, "categorical", Verdict.NO_DRIFT, role=role, effect_name="total_variation",
                       n_ref=ref.n_rows, n_cur=cur.n_rows,
                       unseen=tuple((n, cur.counts[n]) for n in unseen[:10]), plot=_category_plot(labels, r, c))
    if _looks_like_identifier(ref) or _looks_like_identifier(cur):
        return replace(base, verdict=Verdict.NOT_VERIFIED, note="looks like an identifier (mostly distinct values); "
                       "a distribution test means nothing here")
    if min(ref.n_rows, cur.n_rows) < settings.min_rows:
        return replace(base, verdict=Verdict.NOT_VERIFIED,
                       note=f"{min(ref.n_rows, cur.n_rows)} rows, fewer than {settings.min_rows}")
    tv = total_variation(r, c)
    measures = {"total_variation": tv, "jensen_shannon": jensen_shannon_distance(r, c), "psi": psi(r, c),
                "categories_ref": float(len(ref.counts)), "categories_cur": float(len(cur.counts)),
                "unseen_share": float(sum(cur.counts[n] for n in unseen) / cur.n_rows) if cur.n_rows else 0.0,
                "missing_ref": ref.n_missing / ref.n_rows, "missing_cur": cur.n_missing / cur.n_rows}
    if unseen:
        notes.append(f"{len(unseen)} categor{'y' if len(unseen) == 1 else 'ies'} never seen in the reference "
                     f"({measures['unseen_share']:.2%} of current rows), e.g. {unseen[0]!r}")
    return _tested(replace(base, effect=tv, tests=(chi2_from_counts(r, c),), measures=_finite(measures),
                           note="; ".join(notes)))


def _category_plot(labels: Sequence[str], r: np.ndarray, c: np.ndarray) -> Histogram:
    sr = r / r.sum() if r.sum() else r
    sc = c / c.sum() if c.sum() else c
    order = [i for i in np.argsort(-np.maximum(sr, sc), kind="stable") if sr[i] > 0 or sc[i] > 0]
    shown, rest = order[:PLOT_CATEGORIES], order[PLOT_CATEGORIES:]
    names = [labels[i] for i in shown]
    ref_shares = [float(sr[i]) for i in shown]
    cur_shares = [float(sc[i]) for i in shown]
    if rest:
        names.append(f"{len(rest)} more")
        ref_shares.append(float(sr[rest].sum()))
        cur_shares.append(float(sc[rest].sum()))
    return Histogram(tuple(round(v, 6) for v in ref_shares), tuple(round(v, 6) for v in cur_shares),
                     labels=tuple(names))


def magnitude(effect: float, bounds: tuple[float, float]) -> str:
    """small / moderate / large for an effect against its (moderate, large) lower bounds."""
    return "large" if effect >= bounds[1] else "moderate" if effect >= bounds[0] else "small"


def verdict_of(col: ColumnDrift, adjusted_p: float, settings: DriftSettings) -> ColumnDrift:
    """The verdict and magnitude of one tested column, given its corrected p-value."""
    if col.verdict == Verdict.NOT_VERIFIED:
        return col
    if adjusted_p >= settings.alpha:
        return replace(col, adjusted_p=adjusted_p, verdict=Verdict.NO_DRIFT, magnitude="")
    special = col.measures.get("special_tv", 0.0)
    if col.kind == "numeric":
        strength = max(col.effect / settings.negligible_sd if settings.negligible_sd else np.inf,
                       special / settings.negligible_tv if settings.negligible_tv else np.inf)
        size = max(magnitude(col.effect, NUMERIC_MAGNITUDES), magnitude(special, CATEGORICAL_MAGNITUDES),
                   key=("small", "moderate", "large").index)
    else:
        strength = col.effect / settings.negligible_tv if settings.negligible_tv else np.inf
        size = magnitude(col.effect, CATEGORICAL_MAGNITUDES)
    if strength < 1:
        return replace(col, adjusted_p=adjusted_p, verdict=Verdict.NEGLIGIBLE, magnitude="negligible")
    return replace(col, adjusted_p=adjusted_p, verdict=Verdict.DRIFT, magnitude=size)


def decide(columns: Sequence[ColumnDrift], settings: DriftSettings) -> tuple[ColumnDrift, ...]:
    """Correct the tested columns' p-values together (settings.correction) and give each its verdict."""
    tested = [i for i, col in enumerate(columns) if col.verdict != Verdict.NOT_VERIFIED]
    adjusted = adjust([columns[i].p_value for i in tested], settings.correction)
    out = list(columns)
    for i, p in zip(tested, adjusted.tolist(), strict=True):
        out[i] = verdict_of(columns[i], float(p), settings)
    return tuple(out)
