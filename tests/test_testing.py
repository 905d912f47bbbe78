"""The published contract suite, run over every registered plugin, and shown to catch broken plugins."""

import pytest

from modelward.core.findings import Evidence, Finding, Severity
from modelward.core.plugins import discover
from modelward.testing import plugin_contract_errors, reference_context, registry_contract_errors


@pytest.mark.parametrize("spec", discover(), ids=lambda s: s.id)
def test_registered_plugin_meets_the_contract(spec):
    assert registry_contract_errors(spec) == []


def test_contract_catches_a_broken_check():
    class NoDoc:
        id, threat, title = "x.nodoc", "not-a-threat", "t"

        def applies(self, ctx):
            return True

        def run(self, ctx):
            return ["not a finding"]

    errors = plugin_contract_errors(NoDoc(), reference_context())
    assert any("not in the taxonomy" in e for e in errors)
    assert any("docstring" in e for e in errors)
    assert any("list of Finding" in e for e in errors)


def test_contract_catches_a_severity_off_the_rubric():
    class Alarmist:
        """Calls everything critical."""

        id, threat, title = "x.alarm", "evasion", "Alarm"

        def applies(self, ctx):
            return True

        def run(self, ctx):
            return [Finding(self.id, self.threat, Severity.CRITICAL, "bad",
                            evidence=Evidence("guess", likelihood=2, impact=2))]

    (error,) = plugin_contract_errors(Alarmist)
    assert "does not follow the rubric for likelihood 2 x impact 2 (low)" in error


def test_contract_catches_a_mitigation_without_its_measurement():
    from modelward.core.plugins import Hardened
    from modelward.core.report import AppliedMitigation

    class Boasting:
        """Claims to harden without measuring anything."""

        id, threat, title, improves = "x.boast", "evasion", "Boast", "no.such.check"

        def applies(self, ctx):
            return True

        def apply(self, ctx):
            return Hardened(self.id, ctx.model, None, AppliedMitigation("magic", self.threat, "done", "other"))

    errors = plugin_contract_errors(Boasting)
    assert any("not a registered check" in e for e in errors)
    assert any("before/after is from 'other'" in e for e in errors)
    assert any("'magic' is not a mitigation of the taxonomy" in e for e in errors)
    assert any("share no measurement" in e for e in errors)


def test_contract_catches_a_guard_that_forgets_its_state():
    from modelward.core.guards import Decision

    class Forgetful:
        """Blocks everything until saved and loaded, then allows everything."""

        id, threat, title = "x.forget", "evasion", "Forgetful"

        def __init__(self, strict=True):
            self.strict = strict

        @classmethod
        def from_config(cls, params, model, reference):
            return cls()

        @classmethod
        def load(cls, directory, model):
            return cls(strict=False)

        def save(self, directory):
            directory.mkdir(parents=True)
            (directory / "state.json").write_text("{}")
            return [directory / "state.json"]

        def inspect(self, request):
            return Decision.block("no", self.id) if self.strict else Decision.allow(self.id)

        def filter(self, response):
            return Decision.allow(self.id)

    errors = plugin_contract_errors(Forgetful)
    assert errors == ["inspect() decides allow on rows () after save/load, block on rows () before"]
