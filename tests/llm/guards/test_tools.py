"""The tool-call guard refuses every call outside the allowlist or its schema, holds dangerous tools for
approval, counts budgets per client, and says why for the audit log."""

import json

import pytest

from modelward.core.errors import ConfigError
from modelward.core.guards import Action, GuardRequest, GuardResponse
from modelward.core.plugins import build_guard, load_guard
from modelward.llm.tools.policy import parse_policy

POLICY = {
    "max_calls_per_response": 3,
    "tools": {
        "read_file": {"schema": {"type": "object", "properties": {"path": {"type": "string"}},
                                 "required": ["path"], "additionalProperties": False},
                      "arguments": {"path": {"kind": "path", "roots": ["/srv/docs"]}}},
        "fetch": {"arguments": {"url": {"kind": "url"}}, "per_minute": 2},
        "send_email": {"dangerous": True},
    },
}


@pytest.fixture()
def guard(tmp_path):
    path = tmp_path / "tools.json"
    path.write_text(json.dumps(POLICY))
    return build_guard("llm.tool-policy", {"policy": str(path)})


def _response(*calls, client="c1", now=1000.0):
    body = {"choices": [{"message": {"role": "assistant", "tool_calls": [
        {"id": f"call{i}", "type": "function", "function": {"name": n, "arguments": a}}
        for i, (n, a) in enumerate(calls)]}}]}
    return GuardResponse(GuardRequest(client, text="{}", time=now), text=json.dumps(body))


def test_an_allowed_call_passes(guard):
    assert guard.filter(_response(("read_file", '{"path": "guide.md"}'))).action == Action.ALLOW


@pytest.mark.parametrize(("call", "why"), [
    (("delete_everything", "{}"), "not in the allowlist"),
    (("read_file", '{"path": "../../etc/passwd"}'), "path traversal"),
    (("read_file", '{"path": 42}'), "not of type 'string'"),
    (("read_file", '{"path": "a.md", "mode": "w"}'), "Additional properties"),
    (("read_file", "{}"), "'path' is a required property"),
    (("read_file", '{"path": "a.md"'), "not valid JSON"),
    (("read_file", '["a.md"]'), "must be a JSON object"),
    (("fetch", '{"url": "http://169.254.169.254/latest/meta-data/"}'), "metadata"),
])
def test_calls_outside_the_allowlist_or_schema_are_refused(guard, call, why):
    d = guard.filter(_response(call))
    assert d.action == Action.BLOCK and why in d.reason, d.reason
    assert d.details["calls"][0]["allowed"] is False


def test_a_dangerous_tool_is_held_for_approval(guard):
    d = guard.filter(_response(("send_email", '{"to": "a@b.example"}')))
    assert d.action == Action.BLOCK and "approval" in d.reason
    assert d.details["approval_required"][0]["tool"] == "send_email"


def test_budgets_are_counted_per_client(guard):
    fetch = ("fetch", '{"url": "https://api.example.com/x"}')
    assert guard.filter(_response(fetch, now=10.0)).action == Action.ALLOW
    assert guard.filter(_response(fetch, now=11.0)).action == Action.ALLOW
    d = guard.filter(_response(fetch, now=12.0))
    assert d.action == Action.BLOCK and "2 calls a minute" in d.reason
    assert guard.filter(_response(fetch, client="c2", now=12.0)).action == Action.ALLOW
    assert guard.filter(_response(fetch, now=75.0)).action == Action.ALLOW  # the minute has passed


def test_a_flood_of_calls_in_one_response_is_refused(guard):
    calls = [("read_file", '{"path": "a.md"}')] * 5
    d = guard.filter(_response(*calls))
    assert d.action == Action.BLOCK and "more than 3 tool calls" in d.reason


def test_a_request_offering_tools_outside_the_policy_is_refused(guard):
    body = json.dumps({"messages": [{"role": "user", "content": "hi"}],
                       "tools": [{"type": "function", "function": {"name": "read_file"}},
                                 {"type": "function", "function": {"name": "shell"}}]})
    d = guard.inspect(GuardRequest("c", text=body))
    assert d.action == Action.BLOCK and "'shell'" in d.reason


def test_without_a_policy_no_tool_is_allowed():
    g = build_guard("llm.tool-policy", {})
    assert g.filter(_response(("read_file", '{"path": "a"}'))).action == Action.BLOCK


def test_saved_and_loaded_it_decides_the_same(guard, tmp_path):
    guard.save(tmp_path / "g")
    restored = load_guard("llm.tool-policy", tmp_path / "g")
    bad = _response(("read_file", '{"path": "/etc/passwd"}'))
    assert restored.filter(bad).action == guard.filter(bad).action == Action.BLOCK


@pytest.mark.parametrize(("doc", "message"), [
    ({"tools": {"x": {"kind": "path"}}}, "tools.x.kind: unknown field"),
    ({"tools": {"x": {"arguments": {"p": {"kind": "file"}}}}}, "tools.x.arguments.p.kind: expected one of"),
    ({"tools": {"x": {"schema": {"type": "nope"}}}}, "tools.x.schema: not a valid JSON schema"),
    ({"tools": {"x": {"per_minute": -1}}}, "tools.x.per_minute: expected a whole number"),
    ({"tool": {}}, "tool: unknown field"),
])
def test_a_bad_policy_names_the_field(doc, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        parse_policy(doc, "tools.json")
