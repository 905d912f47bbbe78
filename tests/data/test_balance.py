"""Class balance and group label rates."""

import numpy as np

from modelward.data.balance import class_balance, group_rates


def test_class_balance():
    b = class_balance(np.array([0] * 90 + [1] * 10))
    assert b.ratio == 9 and b.smallest == "1" and b.smallest_share == 0.1


def test_group_rates_four_fifths():
    groups = np.array(["a"] * 50 + ["b"] * 50 + ["c"] * 3)
    y = np.r_[np.ones(25), np.zeros(25), np.ones(10), np.zeros(40), np.ones(3)]
    r = group_rates(groups, y, "g", positive="1.0")
    assert r.rates == {"a": 0.5, "b": 0.2} and r.ratio == 0.4 and r.lowest == "b"  # c has too few rows
    assert group_rates(np.array(["a"] * 20), np.ones(20), "g") is None
