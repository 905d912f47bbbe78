"""The sensitive attributes of a dataset as group labels: a column the data carries beside its features
(`Dataset.attributes`, filled by `assess --sensitive COL`) or one of its features; a numeric attribute
with many values is split at its median, so that groups stay large enough to measure."""

from __future__ import annotations

import numpy as np

from modelward.core.context import Dataset
from modelward.core.errors import ConfigError

MAX_GROUPS = 10


def as_groups(values: np.ndarray) -> np.ndarray:
    """Group labels (text) for one attribute: its values, or "<= m" / "> m" around the median when it is
    numeric with more than MAX_GROUPS distinct values. Missing values form the group "missing"."""
    values = np.asarray(values)
    if values.dtype.kind in "fiub":
        numbers = values.astype(float)
        present = ~np.isnan(numbers)
        distinct = np.unique(numbers[present])
        out = np.full(len(values), "missing", dtype=object)
        if len(distinct) > MAX_GROUPS:
            m = float(np.median(numbers[present]))
            out[present] = np.where(numbers[present] <= m, f"<= {m:.4g}", f"> {m:.4g}")
        else:
            out[present] = [f"{v:g}" for v in numbers[present]]
        return out
    return np.array(["missing" if v is None else str(v) for v in values.tolist()], dtype=object)


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
