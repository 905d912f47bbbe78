"""The inversion and attribute-inference checks: contract, applicability, the rating's penalty."""

import dataclasses

from modelward.privacy.inversion_check import AttributeInferenceCheck, ModelInversionCheck, judge
from modelward.testing import plugin_contract_errors, reference_context


def test_the_checks_meet_the_contract():
    assert plugin_contract_errors(ModelInversionCheck) == []
    assert plugin_contract_errors(AttributeInferenceCheck) == []


def test_attribute_inference_applies_only_to_a_named_feature_with_training_rows():
    ctx = reference_context()
    assert not AttributeInferenceCheck().applies(ctx)
    assert not AttributeInferenceCheck(attribute="no such column").applies(ctx)
    assert not AttributeInferenceCheck(attribute="mean radius").applies(dataclasses.replace(ctx, reference=None))
    (finding,) = AttributeInferenceCheck(attribute="mean radius").run(ctx)
    assert finding.location.column == "mean radius" and "baseline_members" in finding.evidence.measurements


def test_reconstructions_far_from_every_record_are_rated_lower():
    (finding,) = ModelInversionCheck(steps=30).run(reference_context())
    m = finding.evidence.measurements
    assert m["attack_accuracy"] >= m["baseline_accuracy"]
    if m["distance_ratio_to_prior"] >= 1:
        assert finding.evidence.likelihood == max(1, judge(m["advantage"]) - 2)
    assert judge(0.0) == 1 and judge(0.7) == 5
