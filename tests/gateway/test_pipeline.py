"""The guard pipeline: registered guards built from the policy, failing closed, replacing outputs."""

from __future__ import annotations

import numpy as np
import pytest
from tests.gateway.conftest import rows

from modelward.core.errors import ConfigError, PluginError
from modelward.core.guards import Action, Decision, GuardRequest, GuardResponse
from modelward.gateway.pipeline import GuardPipeline
from modelward.gateway.policy import GuardPolicy


class Broken:
    """Raises on everything."""

    id, threat, title = "test.broken", "evasion", "Broken"

    def inspect(self, request):
        raise RuntimeError("boom")

    def filter(self, response):
        raise RuntimeError("boom")


class Withholds:
    """Replaces row 0's answer by a uniform one."""

    id, threat, title = "test.withhold", "evasion", "Withhold"

    def inspect(self, request):
        return Decision.allow(self.id)

    def filter(self, response):
        out = response.outputs.copy()
        out[0] = 0.5
        return Decision.flag("row 0 withheld", self.id, rows=(0,), outputs=out)


def _request(n=3):
    return GuardRequest("alice", "cancer", "client", rows(n))


def test_a_failing_guard_blocks_by_default_and_flags_when_told():
    verdict = GuardPipeline([Broken()]).inspect(_request())
    assert verdict.blocked and "failing closed" in verdict.decision.reason and "boom" in verdict.decision.reason
    assert GuardPipeline([Broken()], on_error="flag").inspect(_request()).decision.action == Action.FLAG


def test_replacement_outputs_pass_to_the_next_guard_and_out():
    request = _request()
    P = np.tile([[0.9, 0.1]], (3, 1))
    verdict = GuardPipeline([Withholds()]).filter(GuardResponse(request, P, (0, 1)))
    assert verdict.decision.action == Action.FLAG and verdict.decision.rows == (0,)
    np.testing.assert_allclose(verdict.decision.outputs[0], [0.5, 0.5])
    np.testing.assert_allclose(verdict.decision.outputs[1:], P[1:])


def test_unknown_guard_or_parameter_is_an_error_naming_it(model_dir):
    with pytest.raises(PluginError, match="no guard 'nope'"):
        GuardPipeline.build([GuardPolicy("nope")], None, None)
    with pytest.raises(ConfigError, match=r"guards\[0\].*unknown parameter"):
        GuardPipeline.build([GuardPolicy("robustness.adversarial-detector", {"bogus": 1})], None, None)


@pytest.mark.slow
def test_a_registered_guard_runs_in_the_gateway(serve):
    s = serve(guards=[{"id": "robustness.adversarial-detector", "params": {"mode": "block", "target_fpr": 0.05}}])
    model = s.gateway.models.get("cancer")
    assert [g.id for g in model.guards.guards] == ["robustness.adversarial-detector"]
    codes = [s.infer(rows(1, start=i)).status_code for i in range(300, 340)]
    assert codes.count(200) >= 30  # most normal rows pass (target_fpr 5%)
    audit = s.gateway.audit.db.engine.connect().exec_driver_sql(
        "SELECT record FROM mw_audit WHERE record LIKE '%adversarial-detector%' LIMIT 1").scalar()
    assert audit is not None and '"inspect":[{"action"' in audit and '"filter":[{"action"' in audit
