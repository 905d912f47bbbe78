import pytest

from modelward.robustness.verification.check import VerificationCheck
from modelward.testing import reference_context, torch_reference_context

pytest.importorskip("torch")


def test_the_check_reports_a_proved_interval_on_a_relu_network():
    ctx = torch_reference_context(0)
    check = VerificationCheck(eps=0.02, rows=30, time_budget=8.0)
    assert check.applies(ctx)
    (finding,) = check.run(ctx)
    m = finding.evidence.measurements
    assert m["verified"] + m["attackable"] + m["unknown"] == 30
    assert 0 <= m["verified_robust_accuracy"] <= m["attack_robust_accuracy"] <= m["clean_accuracy"]
    assert m["width"] == pytest.approx(m["unknown"] / 30, abs=1e-4)
    assert finding.threat == "evasion"


def test_the_check_leaves_models_it_cannot_verify_alone():
    assert not VerificationCheck().applies(reference_context(0))  # a scaled logistic regression pipeline
