"""The table checks of `data audit` as registered checks: duplicates, outliers, train/test leakage,
class and group balance. Each turns its library result into findings with a stated likelihood and impact
(docstrings of the finding functions say how), so `assess --data` and `data audit` report alike."""

from __future__ import annotations

import numpy as np

from modelward.core.context import AssessContext, Dataset
from modelward.core.findings import Finding, Location
from modelward.core.params import Param
from modelward.data.balance import class_balance, group_rates
from modelward.data.duplicates import find_duplicates, shared_rows
from modelward.data.findings import finding
from modelward.data.leakage import label_leaking_features
from modelward.data.outliers import find_outliers

SANITIZE = ("data-sanitization",)


def _rows(rows: object, n: int = 20) -> str:
    values = list(rows)[:n]  # type: ignore[call-overload]
    return ", ".join(map(str, values)) + (" ..." if len(list(rows)) > n else "")  # type: ignore[call-overload]


def duplicate_findings(data: Dataset, check_id: str, rel_tol: float = 0.01) -> list[Finding]:
    """Conflicting duplicates (same features, different labels): likelihood 3 (4 above 1% of rows),
    impact 3, under data-poisoning. Plain exact duplicates: likelihood 2 (3 above 5%), impact 2. Near
    duplicates: info."""
    dup = find_duplicates(data.X, data.y, rel_tol)
    loc = Location(file=data.source)
    out = []
    if dup.conflicting:
        rows = sorted({r for g in dup.conflicting for r in g})
        share = len(rows) / dup.n_rows
        out.append(finding(check_id, "data-poisoning",
                           f"{len(dup.conflicting)} groups of identical or near-identical rows carry different labels",
                           f"Rows: {_rows(rows)}. The same input cannot have two labels: one of them is wrong, "
                           "or was planted.", "SHA-256 of each row; nearest neighbours on robustly scaled features",
                           {"groups": len(dup.conflicting), "rows": len(rows), "share": round(share, 4)},
                           4 if share > 0.01 else 3, 3, loc, SANITIZE))
    if dup.exact_groups:
        share = dup.exact_extra_rows / dup.n_rows
        out.append(finding(check_id, "data-poisoning", f"{dup.exact_extra_rows} rows ({share:.1%}) repeat another row",
                           f"Groups (first rows): {_rows(g[0] for g in dup.exact_groups)}. Repeats weigh rows "
                           "twice in training and leak between splits.", "SHA-256 of each row",
                           {"groups": len(dup.exact_groups), "extra_rows": dup.exact_extra_rows,
                            "share": round(share, 4)}, 3 if share > 0.05 else 2, 2, loc, SANITIZE))
    if dup.near_pairs:
        out.append(finding(check_id, "data-poisoning", f"{len(dup.near_pairs)} pairs of near-duplicate rows",
                           f"Pairs: {_rows(dup.near_pairs)}.",
                           f"nearest neighbour closer than {rel_tol} x the median neighbour distance",
                           {"pairs": len(dup.near_pairs)}, location=loc, mitigations=SANITIZE))
    return out


def outlier_findings(data: Dataset, check_id: str, alpha: float = 0.001, seed: int = 0) -> list[Finding]:
    """Likelihood 3 when more than 5% of rows lie beyond the quantile, 2 above 1%, else 1; impact 2."""
    found = find_outliers(np.asarray(data.X, dtype=float), alpha, seed)
    if not len(found.rows):
        return []
    share = len(found.rows) / len(data)
    return [finding(check_id, "data-poisoning", f"{len(found.rows)} outlying rows ({share:.1%})",
                    f"Most outlying first: {_rows(found.rows.tolist())}. Outliers are errors, rare cases, or "
                    "injected points; look at them before training.", found.method,
                    {"rows": len(found.rows), "share": round(share, 4), "alpha": alpha},
                    3 if share > 0.05 else 2 if share > 0.01 else 1, 2, Location(file=data.source), SANITIZE,
                    series={"rows": [float(r) for r in found.rows[:1000]]})]


def leakage_findings(train: Dataset, test: Dataset, check_id: str, rel_tol: float = 0.01,
                     seed: int = 0) -> list[Finding]:
    """Test rows shared with training (likelihood 4 above 1% of the test rows, else 3; impact 3: the
    evaluation overstates the model) and features that alone give the label away (likelihood 4, impact 3)."""
    out = []
    if train.X.shape[1] == test.X.shape[1]:
        shared = shared_rows(train.X, test.X, rel_tol)
        n = len(shared.exact) + len(shared.near)
        if n:
            out.append(finding(check_id, "data-leakage",
                               f"{n} test rows ({shared.share:.1%}) also appear in the training data",
                               f"Exact: {_rows(shared.exact.tolist())}; near: {_rows(shared.near.tolist())}. "
                               "Scores on them measure memory, not generalisation.",
                               "SHA-256 of each row; nearest training neighbour on robustly scaled features",
                               {"exact": len(shared.exact), "near": len(shared.near), "share": round(shared.share, 4)},
                               4 if shared.share > 0.01 else 3, 3, Location(file=test.source), SANITIZE))
    for leak in label_leaking_features(train.X, train.y, train.feature_names, seed=seed):
        out.append(finding(check_id, "data-leakage", f"Feature {leak.feature!r} alone predicts the label",
                           f"A depth-3 tree on {leak.feature!r} alone reaches {leak.score:.3f} balanced accuracy; "
                           f"the best other feature {leak.runner_up:.3f}. An id, a post-outcome field or a "
                           "label proxy leaks the target.", "3-fold cross-validated depth-3 tree per feature",
                           {"balanced_accuracy": round(leak.score, 4), "best_other": round(leak.runner_up, 4)},
                           4, 3, Location(file=train.source, column=leak.feature), SANITIZE))
    return out


def balance_findings(data: Dataset, check_id: str, groups: tuple[str, ...] = ()) -> list[Finding]:
    """Class imbalance (largest / smallest class above 10: likelihood 3, above 3: 2; impact 2) and, per
    declared group column, the label-rate ratio of the worst group to the best (below 0.5: likelihood 4,
    below 0.8: 3; impact 3), under `bias`."""
    out = []
    bal = class_balance(data.y)
    if bal.ratio > 3:
        out.append(finding(check_id, "bias", f"Class {bal.smallest!r} is {bal.smallest_share:.1%} of the rows "
                           f"(largest/smallest {bal.ratio:.1f})", f"Rows per class: {bal.counts}.",
                           "label counts",
                           {"ratio": round(bal.ratio, 3), "smallest_share": round(bal.smallest_share, 4)},
                           3 if bal.ratio > 10 else 2, 2, Location(file=data.source, column=data.target),
                           ("fairness-mitigation",)))
    encodings = {e.column: e for e in getattr(data, "encodings", ())}
    for column in groups:
        if column not in data.feature_names:
            out.append(finding(check_id, "bias", f"Group column {column!r} not verified: not in the data",
                               f"Columns: {', '.join(data.feature_names)}.", "group label rates", {"verified": False},
                               location=Location(file=data.source, column=column)))
            continue
        values = data.X[:, data.feature_names.index(column)]
        enc = encodings.get(column)
        names = enc.decode(np.nan_to_num(values, nan=0)) if enc is not None else values
        rates = group_rates(names, data.y, column)
        if rates is None or rates.ratio >= 0.8:
            continue
        out.append(finding(check_id, "bias", f"Label {rates.positive!r} is {rates.ratio:.2f}x as frequent for "
                           f"{column}={rates.lowest!r} as for {column}={rates.highest!r}",
                           f"Rates: {{{', '.join(f'{k}: {v:.3f}' for k, v in rates.rates.items())}}}; shares of rows: "
                           f"{{{', '.join(f'{k}: {v:.3f}' for k, v in rates.shares.items())}}}.",
                           "label rate per group; ratio of lowest to highest (four-fifths rule)",
                           {"ratio": round(rates.ratio, 4), "groups": len(rates.rates)},
                           4 if rates.ratio < 0.5 else 3, 3, Location(file=data.source, column=column),
                           ("fairness-mitigation",)))
    return out


class DuplicateCheck:
    """Exact duplicates (row hashes), near duplicates (nearest neighbours) and duplicates with conflicting
    labels in the data."""

    id = "data.duplicates"
    threat = "data-poisoning"
    title = "Exact, near and conflicting duplicate rows"
    params = (Param("rel_tol", float, 0.01, "near-duplicate distance, as a share of the median neighbour distance",
                    minimum=0.0, maximum=1.0),)
    example_params: dict[str, object] = {}

    def __init__(self, rel_tol: float = 0.01) -> None:
        self.rel_tol = rel_tol

    def applies(self, ctx: AssessContext) -> bool:
        return len(ctx.data) >= 2

    def run(self, ctx: AssessContext) -> list[Finding]:
        return duplicate_findings(ctx.data, self.id, self.rel_tol)


class OutlierCheck:
    """Outlying rows by robust Mahalanobis distance (MCD) with a chi-square test, ranked with an
    isolation forest."""

    id = "data.outliers"
    threat = "data-poisoning"
    title = "Outlying rows (robust Mahalanobis + isolation forest)"
    params = (Param("alpha", float, 0.001, "false-alarm rate of the chi-square test per row", minimum=1e-9,
                    maximum=0.5),)
    example_params: dict[str, object] = {}

    def __init__(self, alpha: float = 0.001) -> None:
        self.alpha = alpha

    def applies(self, ctx: AssessContext) -> bool:
        return len(ctx.data) >= 10

    def run(self, ctx: AssessContext) -> list[Finding]:
        return outlier_findings(ctx.data, self.id, self.alpha, ctx.seed)


class LeakageCheck:
    """Train/test leakage: test rows that also appear (exactly or nearly) in the training rows given as
    reference, and features that alone predict the label."""

    id = "data.leakage"
    threat = "data-leakage"
    title = "Train/test leakage: shared rows and label-leaking features"
    params = (Param("rel_tol", float, 0.01, "near-duplicate distance, as a share of the median neighbour distance",
                    minimum=0.0, maximum=1.0),)
    example_params: dict[str, object] = {}

    def __init__(self, rel_tol: float = 0.01) -> None:
        self.rel_tol = rel_tol

    def applies(self, ctx: AssessContext) -> bool:
        return ctx.reference is not None and len(ctx.reference) > 0 and len(ctx.data) > 0

    def run(self, ctx: AssessContext) -> list[Finding]:
        assert ctx.reference is not None
        return leakage_findings(ctx.reference, ctx.data, self.id, self.rel_tol, ctx.seed)


class BalanceCheck:
    """Class imbalance, and the label rate of each group of the declared group columns (four-fifths rule)."""

    id = "data.balance"
    threat = "bias"
    title = "Class imbalance and group label rates"
    params = (Param("groups", str, (), "columns that define groups (e.g. sex, age_band)", many=True),)
    example_params: dict[str, object] = {}

    def __init__(self, groups: tuple[str, ...] = ()) -> None:
        self.groups = tuple(groups)

    def applies(self, ctx: AssessContext) -> bool:
        return len(ctx.data) > 0

    def run(self, ctx: AssessContext) -> list[Finding]:
        return balance_findings(ctx.data, self.id, self.groups)
