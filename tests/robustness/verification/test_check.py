import pytest

from modelward.robustness.verification.check import VerificationCheck
from modelward.testing import reference_context, torch_reference_context

pytest.importorskip("torch")


def test_the_check_reports_a_proved_interval_on_a_relu_network():
    ctx = torch_reference_context(0)
    check = VerificationCheck(eps=(0.02,), rows=30, time_budget=8.0)
    assert check.applies(ctx)
    (finding,) = check.run(ctx)
    m = finding.evidence.measurements
    assert m["verified"] + m["attackable"] + m["unknown"] == 30
    assert 0 <= m["verified_robust_accuracy"] <= m["attack_robust_accuracy"] <= m["clean_accuracy"]
    assert m["width"] == pytest.approx(m["unknown"] / 30, abs=1e-4)
    assert finding.threat == "evasion"


def test_the_check_leaves_models_it_cannot_verify_alone():
    assert not VerificationCheck().applies(reference_context(0))  # a scaled logistic regression pipeline


def test_the_cli_eps_list_gives_one_finding_per_eps():
    from modelward.core.params import resolve

    check = VerificationCheck(**resolve(VerificationCheck.id, VerificationCheck.params,
                                        {"eps": [0.0, 0.02], "rows": 20, "time_budget": 6.0}))
    findings = check.run(torch_reference_context(0))
    assert [f.evidence.measurements["eps"] for f in findings] == [0.0, 0.02]
    at_zero = findings[0].evidence.measurements
    assert at_zero["unknown"] == 0 and at_zero["verified"] + at_zero["attackable"] == 20  # eps 0 is exact
