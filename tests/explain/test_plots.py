"""The SVG plots: well-formed, escaped, no script, and drawing what they are given."""

import xml.dom.minidom

import numpy as np

from modelward.explain.plots import beeswarm, dependence, row_bars

HOSTILE = '<script>alert("x")</script>&'


def _parse(svg):
    doc = xml.dom.minidom.parseString(svg)
    assert not doc.getElementsByTagName("script")
    return doc


def test_beeswarm_draws_a_dot_per_row_and_feature_and_escapes_names():
    rng = np.random.default_rng(0)
    values, features = rng.normal(size=(50, 4)), rng.normal(size=(50, 4))
    doc = _parse(beeswarm(values, features, ("a", HOSTILE, "c", "d"), "log-odds", top=3))
    assert len(doc.getElementsByTagName("circle")) == 150
    assert HOSTILE not in beeswarm(values, features, ("a", HOSTILE, "c", "d"), "log-odds")


def test_many_rows_are_sampled_and_missing_values_are_tolerated():
    rng = np.random.default_rng(1)
    features = rng.normal(size=(2000, 2))
    features[::3, 0] = np.nan
    doc = _parse(beeswarm(rng.normal(size=(2000, 2)), features, ("a", "b"), "probability"))
    assert len(doc.getElementsByTagName("circle")) == 800
    doc = _parse(dependence(features[:, 0], rng.normal(size=2000), "a", "probability"))
    assert len(doc.getElementsByTagName("circle")) == 400


def test_row_bars_show_the_largest_and_the_rest():
    values = np.array([0.5, -0.2, 0.01, 0.3])
    doc = _parse(row_bars(values, np.arange(4.0), ("a", "b", "c", "d"), 0.1, 0.71, "probability", top=2))
    assert len(doc.getElementsByTagName("rect")) == 3  # two features and "other features"


def test_constant_values_do_not_break_the_axes():
    _parse(beeswarm(np.zeros((5, 2)), np.ones((5, 2)), ("a", "b"), "x"))
    _parse(dependence(np.ones(5), np.zeros(5), "a", "x"))
