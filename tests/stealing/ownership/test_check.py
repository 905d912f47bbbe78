"""The ownership check and the watermark mitigation through the contract and on real models."""

import numpy as np

from modelward.stealing.ownership.check import OwnershipCheck, WatermarkMitigation
from modelward.testing import plugin_contract_errors, reference_context, torch_reference_context


def test_the_check_and_the_mitigation_meet_the_contract():
    assert plugin_contract_errors(OwnershipCheck) == []
    assert plugin_contract_errors(WatermarkMitigation) == []


def test_the_check_weighs_a_copy_against_independent_models():
    (finding,) = OwnershipCheck(budget=80, fingerprint=50, independents=3).run(reference_context())
    m = finding.evidence.measurements
    assert 0 <= m["independent_max_agreement"] <= 1 and 0 <= m["p_value"] <= 1
    assert m["proven"] == (m["p_value"] < 1e-6)
    assert finding.evidence.likelihood == (1 if m["proven"] else 4)


def test_the_watermark_survives_the_simulated_fine_tuning():
    ctx = torch_reference_context()
    if ctx is None:
        return
    # a fixed key: with a random one the unmarked model's chance hits on 20 triggers vary from run to run (0-0.25
    # in 12 runs; 0.35 once in CI), and the bound below would fail now and then
    key = "00112233445566778899aabbccddeeff"
    hardened = WatermarkMitigation(triggers=20, epochs=100, finetune_epochs=5, key=key).apply(ctx)
    assert hardened.after["fine_tuned_trigger_accuracy"] >= 0.9
    assert hardened.before["fine_tuned_trigger_accuracy"] <= 0.3  # an unmarked model answers them by chance
    assert hardened.after["fine_tuned_proof_log10p"] > 6 > hardened.before["fine_tuned_proof_log10p"]
    assert hardened.parameters["key"] == key and np.isfinite(hardened.after["accuracy"])


def test_the_watermark_key_is_random_when_none_is_given():
    ctx = torch_reference_context()
    if ctx is None:
        return
    keys = {WatermarkMitigation(triggers=5, epochs=2, finetune_epochs=1).apply(ctx).parameters["key"] for _ in range(2)}
    assert len(keys) == 2 and all(len(k) == 32 and int(k, 16) >= 0 for k in keys)
