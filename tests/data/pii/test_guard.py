"""The PII guard: redacts, blocks or flags request and response text; restores from JSON."""

import numpy as np
import pytest

from modelward.core.errors import ConfigError
from modelward.core.guards import Action, GuardRequest, GuardResponse
from modelward.core.plugins import build_guard, load_guard
from modelward.data.pii.guard import MAX_TEXT_CHARS

TEXT = "Patient: Maria Garcia, SSN 536-22-1234, phone (415) 555-0132."


def test_redact_mode_passes_the_redacted_text_and_names_kinds_not_values():
    guard = build_guard("data.pii-guard", {"mode": "redact"})
    d = guard.inspect(GuardRequest("c", text=TEXT))
    assert d.action == Action.FLAG and "536-22-1234" not in d.reason and "us_ssn: 1" in d.reason
    assert "Maria" not in d.text and "<US_SSN>" in d.text and "<PHONE>" in d.text
    clean = guard.filter(GuardResponse(GuardRequest("c", text="hi"), text="The weather is fine."))
    assert clean.action == Action.ALLOW and clean.text is None


def test_block_mode_and_entity_selection():
    guard = build_guard("data.pii-guard", {"mode": "block", "entities": "email"})
    assert guard.inspect(GuardRequest("c", text=TEXT)).action == Action.ALLOW
    d = guard.filter(GuardResponse(GuardRequest("c"), text="mail me: a.b@example.org"))
    assert d.action == Action.BLOCK


def test_card_numbers_in_numeric_rows_and_oversized_text_fail_closed():
    guard = build_guard("data.pii-guard", {"mode": "block"})
    rows = np.array([[1.0, 2.0], [4111111111111111.0, 3.0]])
    d = guard.inspect(GuardRequest("c", rows=rows))
    assert d.action == Action.BLOCK and d.rows == (1,)
    assert guard.inspect(GuardRequest("c", text="a" * (MAX_TEXT_CHARS + 1))).action == Action.BLOCK


def test_save_and_load_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("PII_TEST_KEY", "x" * 32)
    guard = build_guard("data.pii-guard", {"strategy": "hmac", "key_env": "PII_TEST_KEY", "entities": "us_ssn"})
    written = guard.save(tmp_path / "g")
    assert [p.suffix for p in written] == [".json"] and "x" * 32 not in written[0].read_text()
    again = load_guard("data.pii-guard", tmp_path / "g")
    assert again.inspect(GuardRequest("c", text=TEXT)).text == guard.inspect(GuardRequest("c", text=TEXT)).text
    monkeypatch.delenv("PII_TEST_KEY")
    with pytest.raises(ConfigError, match="PII_TEST_KEY"):
        load_guard("data.pii-guard", tmp_path / "g")


def test_a_tampered_or_foreign_saved_guard_is_refused(tmp_path):
    from modelward.core.errors import DataError

    guard = build_guard("data.pii-guard", {})
    (path,) = guard.save(tmp_path / "g")
    path.write_text(path.read_text().replace('"data.pii-guard"', '"robustness.adversarial-detector"'))
    with pytest.raises(DataError, match="field 'guard'"):
        load_guard("data.pii-guard", tmp_path / "g")
    path.write_text("{not json")
    with pytest.raises(DataError, match="JSON expected"):
        load_guard("data.pii-guard", tmp_path / "g")
