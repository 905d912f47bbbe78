"""Request bodies are parsed once per call (the guards share the parse) and hostile bodies are not JSON
objects to them: arrays, invalid JSON, nesting past the parser's depth."""

from modelward.llm.spans import parse_body, request_spans


def test_the_same_body_is_parsed_once_and_shared():
    body = '{"messages": [{"role": "user", "content": "hi"}]}'
    assert parse_body(body) is parse_body(body)
    assert [s.text for s in request_spans(body)] == ["hi"]


def test_bodies_that_are_not_json_objects_are_plain_text():
    deep = "{" + '"a":[' * 100_000 + "]" * 100_000 + "}"
    for text in ("[1, 2]", "{not json", deep, "", None):
        assert parse_body(text) is None
    assert [s.source for s in request_spans("{not json")] == ["user"]
