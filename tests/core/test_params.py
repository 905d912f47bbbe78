"""Declared parameters: text and Python values converted once, every bad value named, routing by name."""

import pytest

from modelward.core.errors import ConfigError
from modelward.core.params import Param, parse_assignments, resolve, route

EPS = Param("eps", float, (0.1,), "budgets", unit="share of range", minimum=1e-6, maximum=1.0, many=True)
ROWS = Param("rows", int, 200, "rows", minimum=1)
NORM = Param("norm", str, "linf", "norm", choices=("linf", "l2"))
FAST = Param("fast", bool, False, "skip the slow part")


@pytest.mark.parametrize(("param", "given", "expected"), [
    (EPS, "0.05,0.1", (0.05, 0.1)), (EPS, "[0.05, 0.1]", (0.05, 0.1)), (EPS, 0.2, (0.2,)), (EPS, [1], (1.0,)),
    (ROWS, "30", 30), (ROWS, 30.0, 30), (NORM, "l2", "l2"), (FAST, "yes", True), (FAST, "off", False),
])
def test_values_are_converted_from_text_and_python(param, given, expected):
    assert param.convert(given, "p") == expected


@pytest.mark.parametrize(("param", "given", "message"), [
    (ROWS, "3.5", "expected an integer"), (ROWS, True, "expected an integer"), (ROWS, 0, "at least 1"),
    (EPS, "nan", "expected a number"), (EPS, "inf", "expected a number"), (EPS, "0.1,2", "at most 1"),
    (EPS, "", "at least one value"), (NORM, "L2", "one of linf, l2"), (FAST, "maybe", "true/false"),
    (NORM, 2, "expected a text"),
])
def test_bad_values_name_the_plugin_and_the_parameter(param, given, message):
    with pytest.raises(ConfigError, match=f"my.plugin: parameter '{param.name}' got") as err:
        param.convert(given, "my.plugin")
    assert message in str(err.value)


def test_resolve_fills_defaults_and_refuses_unknown_names():
    assert resolve("p", (EPS, ROWS), {"rows": "5"}) == {"eps": (0.1,), "rows": 5}
    with pytest.raises(ConfigError, match=r"p: unknown parameter\(s\) 'row'; it takes eps, rows"):
        resolve("p", (EPS, ROWS), {"row": 5})


def test_assignments_from_the_command_line():
    assert parse_assignments(["eps=0.1,0.2", " rows = 7 ", "note=a=b"]) == {"eps": "0.1,0.2", "rows": "7",
                                                                             "note": "a=b"}
    for bad in (["eps"], ["=3"]):
        with pytest.raises(ConfigError, match="expected NAME=VALUE"):
            parse_assignments(bad)
    with pytest.raises(ConfigError, match="given twice"):
        parse_assignments(["rows=1", "rows=2"])


def test_route_sends_a_name_to_every_taker_and_a_qualified_name_to_one():
    plugins = {"a.check": (EPS, ROWS), "a.check.more": (ROWS,), "b": (NORM,)}
    routed = route({"rows": 3, "a.check.more.rows": 9, "norm": "l2"}, plugins)
    assert routed == {"a.check": {"rows": 3}, "a.check.more": {"rows": 9}, "b": {"norm": "l2"}}
    with pytest.raises(ConfigError, match="no selected plugin takes a parameter 'epsilon'"):
        route({"epsilon": 1}, plugins)


def test_a_declaration_needs_a_known_kind():
    with pytest.raises(TypeError, match="kind"):
        Param("x", list, [], "a list")
