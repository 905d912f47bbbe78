"""One contract test over everything registered (the same function third parties can use)."""

import pytest

from modelward.core.plugins import discover
from modelward.testing import plugin_contract_errors, reference_context


@pytest.fixture(scope="module")
def ctx():
    return reference_context()


@pytest.mark.parametrize("spec", discover(), ids=lambda s: s.id)
def test_registered_plugin_meets_the_contract(spec, ctx):
    assert plugin_contract_errors(spec.load(), ctx) == []


def test_contract_catches_a_broken_check(ctx):
    class NoDoc:
        id, threat, title = "x.nodoc", "not-a-threat", "t"

        def applies(self, ctx):
            return True

        def run(self, ctx):
            return ["not a finding"]

    errors = plugin_contract_errors(NoDoc(), ctx)
    assert any("not in the taxonomy" in e for e in errors)
    assert any("docstring" in e for e in errors)
    assert any("list of Finding" in e for e in errors)
