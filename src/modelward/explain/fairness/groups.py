"""The sensitive attributes of a dataset as group labels: a column the data carries beside its features
(`Dataset.attributes`, filled by `assess --sensitive COL`) or one of its features; a numeric attribute
with many values is split at its median, so that groups stay large enough to measure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from modelward.core.context import Dataset
from modelward.core.errors import ConfigError

MAX_GROUPS = 10


@dataclass(frozen=True)
class GroupEncoder:
    """How one attribute's values become group labels, fixed when it is fitted, so that new rows get the
    same groups: the values themselves, or "<= cut" / "> cut" for a numeric attribute with more than
    MAX_GROUPS distinct values (cut: the median). Missing values form the group "missing"."""

    cut: float | None = None

    @classmethod
    def fit(cls, values: np.ndarray) -> GroupEncoder:
        values = np.asarray(values)
        if values.dtype.kind in "fiub":
            numbers = values.astype(float)
            present = numbers[~np.isnan(numbers)]
            if len(np.unique(present)) > MAX_GROUPS:
                return cls(float(np.median(present)))
        return cls(None)

    def labels(self, values: np.ndarray) -> np.ndarray:
        values = np.asarray(values)
        if values.dtype.kind in "fiub":
            numbers = values.astype(float)
            present = ~np.isnan(numbers)
            out = np.full(len(values), "missing", dtype=object)
            if self.cut is not None:
                out[present] = np.where(numbers[present] <= self.cut, f"<= {self.cut:.4g}", f"> {self.cut:.4g}")
            else:
                out[present] = [f"{v:g}" for v in numbers[present]]
            return out
        return np.array(["missing" if v is None else str(v) for v in values.tolist()], dtype=object)


def as_groups(values: np.ndarray) -> np.ndarray:
    """Group labels (text) for one attribute (see GroupEncoder)."""
    return GroupEncoder.fit(values).labels(values)


def sensitive_attributes(data: Dataset, name: str = "") -> dict[str, np.ndarray]:
    """Group labels of each sensitive attribute: `name` (an attribute or a feature of `data`), else every
    attribute `data` carries."""
    if not name:
        return {k: as_groups(v) for k, v in data.attributes.items()}
    if name in data.attributes:
        return {name: as_groups(data.attributes[name])}
    if name in data.feature_names:
        return {name: as_groups(data.X[:, data.feature_names.index(name)])}
    known = ", ".join([*data.attributes, *data.feature_names][:12])
    raise ConfigError(f"sensitive attribute {name!r} is neither a column of {data.source} nor an attribute "
                      f"given beside it; columns: {known}")


def intersections(attributes: dict[str, np.ndarray]) -> np.ndarray:
    """One group label per row combining every attribute ("sex=F & age=> 40")."""
    names = list(attributes)
    if not names:
        raise ConfigError("no sensitive attribute to group rows by")
    n = len(attributes[names[0]])
    return np.array([" & ".join(f"{k}={attributes[k][i]}" for k in names) for i in range(n)], dtype=object)


def set_aside(data: Dataset, names: Sequence[str], takes: Callable[[np.ndarray], bool]) -> Dataset:
    """`data` with the columns `names` as sensitive attributes (category codes decoded back to their
    text). A column stays a feature too when the model takes it: `takes(X)` says whether the model
    accepts rows of X's width; when it refuses the full rows but accepts them without these columns, they
    leave the features."""
    from dataclasses import replace

    missing = [n for n in names if n not in data.feature_names and n not in data.attributes]
    if missing:
        raise ConfigError(f"--sensitive {missing[0]!r}: no such column in {data.source}; columns: "
                          f"{', '.join(data.feature_names[:12])}{' ...' if len(data.feature_names) > 12 else ''}")
    encodings = {e.column: e for e in getattr(data, "encodings", ())}
    attributes = dict(data.attributes)
    for n in names:
        if n in data.feature_names:
            values = data.X[:, data.feature_names.index(n)]
            if n in encodings:
                text = np.full(len(values), "missing", dtype=object)
                present = ~np.isnan(values)
                text[present] = encodings[n].decode(values[present])
                values = text
            attributes[n] = values
    cols = [data.feature_names.index(n) for n in names if n in data.feature_names]
    if not cols or takes(data.X[:2]):
        return replace(data, attributes=attributes)
    keep = [j for j in range(len(data.feature_names)) if j not in cols]
    if not takes(data.X[:2, keep]):
        return replace(data, attributes=attributes)  # neither fits: the usual input error follows
    return replace(data, X=data.X[:, keep], feature_names=tuple(data.feature_names[j] for j in keep),
                   attributes=attributes)
