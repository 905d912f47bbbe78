"""The red-team checks measure the vulnerable model's exposure, and the same probes through the guard proxy
measure the guards' effect: attack success rates per family, side by side, from one report."""

import json

import pytest

from modelward.core.findings import Severity
from modelward.llm.redteam.assess import assess_endpoints, assess_llm
from modelward.llm.redteam.checks import DirectInjectionProbe, ResourceExhaustionProbe, likelihood_of
from modelward.llm.redteam.context import LlmContext
from modelward.llm.redteam.endpoint import HttpEndpoint, InProcessEndpoint

GUARDS = [{"id": "llm.prompt-injection"}, {"id": "llm.prompt-leakage"}, {"id": "llm.exfiltration",
                                                                        "params": {"mode": "block"}}]


def _rates(report, label):
    return {f.check_id.removeprefix("llm.probe."): f.evidence.measurements["attack_success_rate"]
            for f in report.findings if f.evidence.measurements.get("label") == label}


def test_the_vulnerable_model_is_exposed_to_every_family():
    report = assess_endpoints([("direct", InProcessEndpoint())], params={"attempts": "6"})
    rates = _rates(report, "direct")
    assert set(rates) == {"direct-injection", "indirect-injection", "jailbreak", "prompt-extraction", "exfiltration",
                          "tool-misuse", "encoding", "resource-exhaustion", "adaptive-injection"}
    assert all(r > 0 for r in rates.values()), rates
    assert not report.errors


def test_the_guard_proxy_cuts_the_attack_success_rate(proxy, upstream, tmp_path):
    tools = tmp_path / "tools.json"
    tools.write_text(json.dumps({"tools": {"lookup_order": {"arguments": {"order_id": {"kind": "plain"}}}}}))
    p = proxy(guards=[*GUARDS, {"id": "llm.tool-policy", "params": {"policy": str(tools)}}], real_server=True)
    report = assess_llm(upstream.url, model="vulnerable", proxy=str(p.http.base_url) + "/v1", proxy_token=p.key,
                        params={"attempts": "6"})
    direct, guarded = _rates(report, "direct"), _rates(report, "through the guard proxy")
    assert set(direct) == set(guarded) and len(direct) == 9
    for family in direct:
        assert guarded[family] <= direct[family], family
    assert sum(guarded.values()) < sum(direct.values()) / 4, (direct, guarded)
    refused = sum(f.evidence.measurements["refused"] for f in report.findings
                  if f.evidence.measurements["label"] == "through the guard proxy")
    assert refused > 0


def test_an_unreachable_endpoint_is_not_verified_rather_than_safe():
    [finding] = DirectInjectionProbe(attempts=2).run(LlmContext(HttpEndpoint("http://127.0.0.1:9/v1"), "direct"))
    assert finding.severity == Severity.INFO and "not verified" in finding.title
    assert finding.evidence.measurements["sent"] == 0


def test_the_severity_follows_the_measured_rate():
    assert [likelihood_of(r) for r in (0.0, 0.03, 0.1, 0.4, 0.9)] == [1, 2, 3, 4, 5]
    [finding] = ResourceExhaustionProbe(attempts=2).run(LlmContext(InProcessEndpoint(), "direct"))
    assert finding.evidence.likelihood == 5 and finding.severity in (Severity.HIGH, Severity.CRITICAL)


def test_the_checks_do_not_apply_to_a_tabular_model():
    from modelward.testing import reference_context

    assert not DirectInjectionProbe().applies(reference_context())


@pytest.mark.parametrize("only", ["llm.probe.jailbreak"])
def test_assess_llm_from_the_command_line(upstream, only, capsys):
    from modelward.cli.main import main

    with pytest.raises(SystemExit) as exc:
        import sys

        argv = sys.argv
        sys.argv = ["modelward", "assess", "--llm", upstream.url, "--llm-model", "vulnerable", "--only", only,
                    "--set", "attempts=3", "--json"]
        try:
            main()
        finally:
            sys.argv = argv
    assert exc.value.code == 1  # a high finding: the vulnerable model is jailbroken
    report = json.loads(capsys.readouterr().out)
    assert [f["check_id"] for f in report["findings"]] == [only]


def test_the_adaptive_probe_retries_refused_attacks_in_other_forms(proxy, upstream):
    from modelward.llm.redteam.checks import AdaptiveInjectionProbe
    from modelward.llm.redteam.mutations import MUTATIONS

    [bare] = AdaptiveInjectionProbe(attempts=6).run(LlmContext(InProcessEndpoint(), "direct"))
    m = bare.evidence.measurements
    assert m["successes"] == 6 and m["first_try_successes"] == 6 and m["requests"] == 6  # no retry needed
    p = proxy(guards=[{"id": "llm.prompt-injection"}], real_server=True)
    endpoint = HttpEndpoint(str(p.http.base_url) + "/v1", token=p.key, model="vulnerable")
    [guarded] = AdaptiveInjectionProbe(attempts=6).run(LlmContext(endpoint, "through the guard proxy"))
    g = guarded.evidence.measurements
    assert g["sent"] == 6 and g["refused"] > 0
    assert g["first_try_successes"] < m["first_try_successes"]  # the guard stops the attacks as first written
    assert g["requests"] > g["sent"]  # and the probe tried them again in other forms
    assert g["successes"] >= g["first_try_successes"]
    assert set(g["passed_as"]) <= {"as written", *MUTATIONS}
    assert sum(g["passed_as"].values()) == g["successes"]


def test_the_adaptive_probe_tries_pairs_of_mutations_after_the_guard_refuses(proxy, upstream):
    from modelward.llm.redteam.checks import AdaptiveInjectionProbe
    from modelward.llm.redteam.mutations import PAIRS

    p = proxy(guards=[{"id": "llm.prompt-injection"}], real_server=True)
    endpoint = HttpEndpoint(str(p.http.base_url) + "/v1", token=p.key, model="vulnerable")
    [found] = AdaptiveInjectionProbe(attempts=3, rounds=0, pairs=2).run(LlmContext(endpoint, "guarded"))
    m = found.evidence.measurements
    assert m["pairs"] == 2 and m["refused"] > 0
    assert m["requests"] > m["sent"]  # the refused orders were sent again, as pairs
    assert set(m["passed_as"]) <= {"as written"} | {"+".join(pair) for pair in PAIRS}
