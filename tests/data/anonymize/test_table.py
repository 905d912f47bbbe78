"""Anonymising a table: generalised quasi-identifiers, identifiers dropped/masked/pseudonymised, risk
measured before and after, checked against an independent count of classes."""

from collections import Counter

import numpy as np
import pytest

from modelward.core.errors import ConfigError, DataError
from modelward.data.anonymize.measures import t_closeness
from modelward.data.anonymize.table import anonymise


def _table(n=600, seed=0):
    rng = np.random.default_rng(seed)
    return {"name": np.array([f"p{i}" for i in range(n)], dtype=object),
            "email": np.array([f"p{i}@example.org" for i in range(n)], dtype=object),
            "age": rng.integers(18, 90, n), "zip": np.array([str(z) for z in rng.integers(100, 999, n)], dtype=object),
            "sex": np.array(["F", "M"], dtype=object)[rng.integers(0, 2, n)],
            "disease": np.array(["flu", "cold", "hiv"], dtype=object)[rng.integers(0, 3, n)]}


def test_release_is_k_anonymous_by_an_independent_count():
    key = b"k" * 32
    out = anonymise(_table(), ["age", "zip", "sex"], 5, "disease", 2,
                    {"name": "drop", "email": "hmac"}, key)
    cols = out.columns
    assert "name" not in cols and not any("@" in v for v in cols["email"])
    combos = Counter(zip(cols["age"], cols["zip"], cols["sex"], strict=True))
    assert min(combos.values()) >= 5
    assert out.before.k == 1 and out.after.k >= 5 and out.after.prosecutor_max <= 0.2
    assert out.before.share_at_risk > 0.9 and out.after.share_at_risk == 0
    assert 0 < out.certainty_penalty < 1 and out.l_diversity >= 2
    assert any("-" in v for v in cols["age"])  # numbers became ranges
    again = anonymise(_table(), ["age"], 5, identifiers={"email": "hmac"}, key=key)
    assert (again.columns["email"] == cols["email"]).all()  # the same pseudonyms across runs


def test_t_closeness_of_a_perfectly_mixed_and_a_segregated_table():
    classes = np.repeat([0, 1], 50)
    mixed = np.tile([0, 1], 50)
    assert t_closeness(classes, mixed, ordered=False) == 0
    assert t_closeness(classes, np.repeat([0, 1], 50), ordered=False) == pytest.approx(0.5)


def test_bad_requests():
    with pytest.raises(DataError, match="no column 'postcode'"):
        anonymise(_table(), ["postcode"], 5)
    with pytest.raises(DataError, match="k = 601 cannot be reached"):
        anonymise(_table(), ["age"], 601)
    with pytest.raises(ConfigError, match="hmac needs a key"):
        anonymise(_table(), ["age"], 5, identifiers={"email": "hmac"})
    with pytest.raises(ConfigError, match="policy 'shred'"):
        anonymise(_table(), ["age"], 5, identifiers={"email": "shred"})
