"""The rules reason about who queries the model, who holds the weights and who writes the data; statuses,
residual risk and ranking follow the documented rules."""

from datetime import date

import pytest
from tests.governance.conftest import CREDIT

from modelward.core.errors import ConfigError
from modelward.governance import system_from_text, threat_model
from modelward.governance.rules import parse_rules

TODAY = date(2026, 12, 1)


def _model(text):
    return threat_model(system_from_text(text), today=TODAY)


def _threats(model, component):
    return {t.threat: t for t in model.threats if t.component == component}


def _api(exposure="public", outputs="probabilities", extra=""):
    return f"""
version: 1
system: {{name: s, domain: analytics}}
components:
  - {{id: data, type: dataset, source: internal, personal_data: true}}
  - {{id: train, type: training}}
  - {{id: model, type: model, format: onnx, deployment: server}}
  - {{id: api, type: inference-api, exposure: {exposure}, auth: api-key, outputs: {outputs}, serves: [model]{extra}}}
flows: [{{from: data, to: train}}, {{from: train, to: model}}]
"""


def test_who_can_query_decides_the_privacy_and_stealing_threats():
    public = _threats(_model(_api("public")), "model")
    internal = _threats(_model(_api("internal")), "model")
    assert {"membership-inference", "model-inversion", "model-stealing", "evasion"} <= set(public)
    assert not {"membership-inference", "model-inversion", "model-stealing", "evasion"} & set(internal)


def test_labels_only_and_rate_limits_lower_likelihood_and_say_why():
    scores = _threats(_model(_api("public", "probabilities")), "model")
    labels = _threats(_model(_api("public", "label", ", rate_limit: {per_second: 5}")), "model")
    assert labels["membership-inference"].likelihood < scores["membership-inference"].likelihood
    assert labels["model-stealing"].likelihood < scores["model-stealing"].likelihood
    assert any("rate-limited" in a for a in labels["model-stealing"].adjustments)
    assert "model-inversion" not in labels  # labels only: nothing to invert from


def test_weights_on_devices_make_white_box_attacks_and_theft_possible_without_an_api():
    text = """
version: 1
system: {name: phone, domain: general}
components:
  - {id: photos, type: dataset, source: internal, personal_data: true}
  - {id: train, type: training}
  - {id: model, type: model, format: tflite, deployment: on-device}
flows: [{from: photos, to: train}, {from: train, to: model}]
"""
    found = _threats(_model(text), "model")
    assert {"evasion", "model-stealing", "membership-inference", "model-inversion"} <= set(found)
    assert any("weights" in a for a in found["evasion"].adjustments)


def test_who_writes_the_data_decides_poisoning():
    base = ("version: 1\nsystem: {name: s}\ncomponents:\n  - {id: d, type: dataset, source: %s}\n"
            "  - {id: t, type: training}\n  - {id: m, type: model, format: onnx}\n"
            "flows: [{from: d, to: t}, {from: t, to: m}]\n")
    assert "data-poisoning" in _threats(_model(base % "user-generated"), "d")
    assert "data-poisoning" not in _threats(_model(base % "internal"), "d")


def test_llm_threats_only_where_there_is_an_llm_app():
    assert not {t.threat for t in _model(CREDIT).threats} & {"llm-prompt-injection", "llm-excessive-agency"}
    text = """
version: 1
system: {name: assistant}
components:
  - {id: llm, type: model, kind: llm, origin: vendor, format: safetensors}
  - {id: docs, type: vector-store, source: public}
  - {id: app, type: llm-app, exposure: public, serves: [llm], output_sinks: [browser]}
  - {id: mail, type: agent-tool, permissions: write}
flows: [{from: docs, to: app}, {from: app, to: mail}]
"""
    found = _threats(_model(text), "app")
    assert {"llm-prompt-injection", "llm-output-handling", "llm-excessive-agency",
            "llm-unbounded-consumption"} <= set(found)
    assert "evasion" not in _threats(_model(text), "llm")


def test_decisions_set_status_and_an_expired_acceptance_is_open_again():
    extra = """
decisions:
  - {threat: bias, component: model, status: accepted, reason: fairness review, expires: 2027-06-30, owner: cro}
  - {threat: model-drift, component: model, status: accepted, reason: old, expires: 2026-01-01}
  - {threat: evasion, component: "*", status: not-applicable, reason: brokers are vetted}
"""
    found = _threats(_model(CREDIT + extra), "model")
    assert found["bias"].status == "accepted" and found["bias"].owner == "cro"
    assert found["model-drift"].status == "open" and "expired" in found["model-drift"].status_reason
    assert found["evasion"].status == "not-applicable"


def test_ranking_puts_open_threats_first_by_residual_risk():
    ranked = _model(CREDIT).ranked()
    open_scores = [t.residual_score for t in ranked if t.status == "open"]
    assert open_scores == sorted(open_scores, reverse=True)
    assert ranked[0].status == "open"


def test_declared_controls_lower_residual_risk_and_say_they_are_declared():
    with_control = CREDIT.replace("{id: model, type: model, format: joblib, kind: classifier, owner: ml-team}",
                                  "{id: model, type: model, format: joblib, kind: classifier, "
                                  "controls: [artifact-scanning]}")
    before = _threats(_model(CREDIT), "model")["supply-chain"]
    after = _threats(_model(with_control), "model")["supply-chain"]
    assert after.residual_likelihood == before.residual_likelihood - 1
    assert after.controls[0].basis == "declared" and after.status == "open"


HEAD = 'id = "x"\ntitle = "t"\nwhy = "w"\n'


@pytest.mark.parametrize("rule, expected", [
    ('threat = "nope"\nelements = ["model"]\nwhen = {fact = "a", is = 1}', "unknown threat"),
    ('threat = "evasion"\nelements = ["gizmo"]\nwhen = {fact = "a", is = 1}', "elements"),
    ('threat = "evasion"\nelements = ["model"]\nwhen = {fact = "a", eval = "1"}', "OP one of"),
    ('threat = "evasion"\nelements = ["model"]\nwhen = {fact = "kind", at_least = "x"}', "has no order"),
    ('threat = "evasion"\nelements = ["model"]\nwhen = {fact = "a", is = 1}\natlas = ["AML.T9999"]', "ATLAS"),
])
def test_a_rule_library_is_checked_before_use(rule, expected):
    with pytest.raises(ConfigError, match=expected):
        parse_rules("[[rule]]\n" + HEAD + rule)


def _pipeline(model="format: onnx, deployment: server", data="source: internal", train="", extra=""):
    return f"""
version: 1
system: {{name: s, domain: general}}
components:
  - {{id: data, type: dataset, {data}}}
  - {{id: train, type: training{train}}}
  - {{id: registry, type: registry, access: internal}}
  - {{id: model, type: model, {model}}}
  - {{id: api, type: inference-api, exposure: public, auth: api-key, outputs: label, serves: [model]}}
{extra}flows: [{{from: data, to: train}}, {{from: train, to: registry}}, {{from: registry, to: model}}]
"""


def test_a_base_model_is_the_training_jobs_supply_chain_threat_not_the_models():
    tuned = _model(_pipeline(train=", base_model: public-hub"))
    assert "supply-chain" in _threats(tuned, "train") and "supply-chain" not in _threats(tuned, "model")
    vendor = _threats(_model(_pipeline(model="format: onnx, origin: vendor")), "model")["supply-chain"]
    pickled = _threats(_model(_pipeline(model="format: pickle, origin: vendor")), "model")["supply-chain"]
    assert (vendor.likelihood, vendor.impact) == (pickled.likelihood - 1, pickled.impact - 1)  # no code in onnx


def test_a_signing_registry_lowers_the_chance_of_a_swapped_model_file():
    unsigned = _threats(_model(_pipeline(model="format: pickle")), "model")["supply-chain"]
    signed = _threats(_model(_pipeline(model="format: pickle").replace("access: internal",
                                                                       "access: internal, signing: true")), "model")
    assert signed["supply-chain"].likelihood == unsigned.likelihood - 1
    assert any("signed" in a for a in signed["supply-chain"].adjustments)


def test_partners_who_write_training_data_are_less_likely_poisoners_than_the_public():
    levels = {src: _threats(_model(_pipeline(data=f"source: {src}")), "data")["data-poisoning"].likelihood
              for src in ("vendor", "public")}
    from modelward.core.taxonomy import load_taxonomy

    default = load_taxonomy().threat("data-poisoning").likelihood
    assert (levels["vendor"], levels["public"]) == (default - 1, default + 1)
    assert "data-poisoning" not in _threats(_model(_pipeline(data="source: internal")), "data")


def test_insiders_are_a_training_threat_only_on_shared_or_cloud_infrastructure():
    assert "insider-threat" not in _threats(_model(_pipeline(train=", environment: internal")), "train")
    assert "insider-threat" in _threats(_model(_pipeline(train=", environment: shared")), "train")
    assert "insider-threat" in _threats(_model(_pipeline()), "registry")


def test_a_model_released_on_a_hub_faces_evasion_even_when_nobody_here_serves_it():
    text = _pipeline(model="format: safetensors, deployment: public-hub").replace(
        "  - {id: api, type: inference-api, exposure: public, auth: api-key, outputs: label, serves: [model]}\n", "")
    model = _threats(_model(text), "model")
    assert "evasion" in model and "model-drift" not in model  # not in production here


def test_an_llm_app_answering_people_carries_misinformation_lower_for_internal_users():
    def app(exposure):
        return _model(f"""
version: 1
system: {{name: s}}
components:
  - {{id: llm, type: model, kind: llm, origin: vendor}}
  - {{id: app, type: llm-app, exposure: {exposure}, auth: oauth, serves: [llm]}}
""")
    public, internal = (_threats(app(e), "app")["llm-misinformation"] for e in ("public", "internal"))
    assert internal.likelihood == public.likelihood - 1
    assert "llm-misinformation" not in _threats(app("none"), "app")


def _dependencies(entries):
    lines = "\n".join(f"  - {{id: d{i}, type: dependency, {e}}}" for i, e in enumerate(entries))
    return f"""
version: 1
system: {{name: s, domain: analytics}}
components:
  - {{id: train, type: training}}
{lines}
"""


def test_dependencies_from_outside_are_supply_chain_threats_lower_when_locked_and_none_in_house():
    found = _model(_dependencies(["kind: framework", "kind: package, pinned: true", "source: internal",
                                  "kind: accelerator, source: vendor", "kind: container-image, source: vendor"]))
    by = {c: _threats(found, c).get("supply-chain") for c in ("d0", "d1", "d2", "d3", "d4")}
    assert by["d2"] is None  # built in-house: nothing supplied from outside
    assert by["d0"].likelihood == by["d1"].likelihood + 1 and any("hashes" in a for a in by["d1"].adjustments)
    assert by["d4"].likelihood == by["d0"].likelihood - 1
    assert "AML.T0010.001" in " ".join(by["d0"].atlas) and "AML.T0010.000" in " ".join(by["d3"].atlas)
    assert by["d3"].likelihood < by["d4"].likelihood  # a vendor's hardware needs its supply chain compromised


def test_a_dependency_used_by_an_unknown_component_is_named():
    with pytest.raises(ConfigError, match=r"used_by: no component 'trian'"):
        _model(_dependencies(["kind: framework, used_by: [trian]"]))
