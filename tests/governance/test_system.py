import pytest
from tests.governance.conftest import CREDIT

from modelward.core.errors import ConfigError
from modelward.governance.system import load_system, system_from_text, system_schema


def _error(text: str) -> str:
    with pytest.raises(ConfigError) as info:
        system_from_text(text, "s.yaml")
    return str(info.value)


def test_a_valid_model_loads_with_its_components_flows_and_boundaries(write_system):
    system = load_system(write_system())
    assert [c.id for c in system.components][:3] == ["applications", "bureau", "train"]
    assert system.component("api").get("exposure") == "partners"
    assert system.boundary_of("brokers").trust == "partner"
    assert len(system.flows) == 5


def test_errors_name_the_field_and_suggest_the_close_name():
    msg = _error("version: 1\nsystem: {name: x}\ncomponents:\n  - {id: api, type: inference-api, expsure: public}\n")
    assert "components[0].expsure: unknown field; did you mean 'exposure'?" in msg


def test_a_bad_value_lists_what_is_allowed():
    msg = _error("version: 1\nsystem: {name: x}\ncomponents:\n  - {id: api, type: inference-api, outputs: scorez}\n")
    assert "components[0].outputs: 'scorez' is not allowed" in msg and "did you mean 'scores'" in msg


@pytest.mark.parametrize("text, expected", [
    ("version: 2\nsystem: {name: x}\ncomponents: [{id: a, type: model}]\n", "reads system models of version 1"),
    ("version: 1\nsystem: {name: x}\ncomponents: [{id: a, type: gizmo}]\n", "components[0].type: 'gizmo'"),
    ("version: 1\nsystem: {name: x}\ncomponents: [{id: a, type: model}, {id: a, type: dataset}]\n",
     "components[1].id: 'a' is already the id of components[0]"),
    ("version: 1\nsystem: {name: x}\ncomponents: [{id: a, type: model}]\nflows: [{from: a, to: b}]\n",
     "flows[0].to: no component 'b'"),
    ("version: 1\nsystem: {name: x}\ncomponents: [{id: a, type: model}]\n"
     "decisions: [{threat: evasion, component: a, status: accepted, reason: r}]\n", "needs an expiry date"),
    ("version: 1\nsystem: {name: x}\ncomponents: [{id: a, type: model}]\n"
     "decisions: [{threat: evasoin, status: mitigated}]\n", "did you mean 'evasion'"),
    ("version: 1\nsystem: {name: x}\ncomponents: [{id: a, type: model, controls: [model-signin]}]\n",
     "did you mean 'model-signing'"),
    ("version: 1\nsystem: {name: x}\ncomponents: [{id: a, type: model}, {id: b, type: model}]\n"
     "boundaries: [{id: x, components: [a]}, {id: y, components: [a, b]}]\n", "a component sits in one boundary"),
    ("version: 1\nsystem: {name: x}\ncomponents: [{id: A B, type: model}]\n", "does not match"),
    ("version: 1\nsystem: {name: x}\ncomponents: [{id: a, type: model}]\n"
     "decisions: [{threat: evasion, status: accepted, reason: r, expires: 2026-02-30}]\n", "not a valid date"),
])
def test_invalid_models_are_refused_with_a_precise_message(text, expected):
    assert expected in _error(text)


def test_aliases_duplicate_keys_and_floods_are_refused():
    assert "aliases" in _error("version: 1\nsystem: &s {name: x}\ncomponents: [{id: a, type: model}]\nx: *s\n") or \
        "anchors" in _error("version: 1\nsystem: &s {name: x}\ncomponents: [{id: a, type: model}]\n")
    assert "key 'name' appears twice" in _error("version: 1\nsystem: {name: x, name: y}\ncomponents: []\n")
    assert "larger than" in _error("version: 1\n" + "#" * (1 << 20))


def test_every_error_is_reported_at_once():
    msg = _error("version: 1\nsystem: {name: x}\ncomponents:\n  - {id: a, type: model, formt: onnx}\n"
                 "  - {id: b, type: dataset, source: moon}\n")
    assert "components[0].formt" in msg and "components[1].source" in msg


def test_the_published_schema_is_a_json_schema_with_every_component_type():
    schema = system_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    types = schema["properties"]["components"]["items"]["properties"]["type"]["enum"]
    assert {"dataset", "model", "inference-api", "llm-app", "agent-tool", "vector-store"} <= set(types)


def test_credit_fixture_is_valid():
    system_from_text(CREDIT)
