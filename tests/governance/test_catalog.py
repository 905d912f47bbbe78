"""The vendored catalogues are checked when loaded; the ATLAS coverage follows the rules that cite each
technique."""

import pytest

from modelward.core.errors import ConfigError
from modelward.governance import catalog
from modelward.governance.crosswalk import atlas_coverage, cosai_coverage
from modelward.governance.rules import load_rules, parse_rules

RULE = """
[[rule]]
id = "x.membership"
threat = "membership-inference"
elements = ["model"]
title = "t"
when = {fact = "in_production", is = true}
atlas = ["AML.T0024.000"]
why = "w"
"""


def test_a_parent_is_covered_through_a_cited_sub_technique_and_siblings_stay_uncovered():
    rows = {r["id"]: r for r in atlas_coverage(parse_rules(RULE))["techniques"]}
    assert rows["AML.T0024"]["covered"] and rows["AML.T0024"]["via_sub_techniques"] == ["x.membership"]
    assert rows["AML.T0024.000"]["rules"] == ["x.membership"] and rows["AML.T0024.000"]["elements"] == ["model"]
    assert not rows["AML.T0024.001"]["covered"] and not rows["AML.T0043"]["covered"]


def test_the_shipped_rules_cover_every_ml_technique():
    coverage = atlas_coverage(load_rules(()))
    gaps = {r["id"] for r in coverage["techniques"] if r["scope"] == "ml" and not r["covered"]}
    assert gaps == set()
    dependency_rules = {r for t in coverage["techniques"] if t["id"] in ("AML.T0010.000", "AML.T0011.001")
                        for r in t["rules"]}
    assert dependency_rules == {"supply-chain.hardware", "supply-chain.software"}
    assert set(coverage["outside_catalogue"]) <= {"AML.T0077", "AML.T0086"}  # newer than the vendored data


def test_every_cosai_risk_maps_to_a_threat():
    assert all(r["threats"] for r in cosai_coverage())


@pytest.mark.parametrize("entry, problem", [
    ({"id": "AML.T9999", "name": "n", "tactics": ["AML.TA0001"], "scope": "sometimes"}, "scope"),
    ({"id": "AML.T9999", "name": "n", "tactics": ["TA0001"], "scope": "ml"}, "tactic ids"),
    ({"id": "AML.T9999.001", "name": "n", "tactics": [], "scope": "ml", "parent": "AML.T0001"}, "parent"),
    ({"id": "T9999", "name": "n", "tactics": [], "scope": "ml"}, "not an ATLAS technique id"),
])
def test_a_bad_catalogue_entry_is_refused_by_name(monkeypatch, entry, problem):
    monkeypatch.setattr(catalog, "_read", lambda name: {"technique": [entry]})
    catalog.atlas_catalog.cache_clear()
    try:
        with pytest.raises(ConfigError, match=problem):
            catalog.atlas_catalog()
    finally:
        monkeypatch.undo()
        catalog.atlas_catalog.cache_clear()
