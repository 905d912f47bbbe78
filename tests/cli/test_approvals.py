"""`modelward approvals`: the held tool calls in the gateway's database, listed and decided from the command line,
each decision in the audit log."""

from __future__ import annotations

import json

from tests.gateway.conftest import model_dir, write_policy  # noqa: F401

from modelward.gateway.policy import load_policy
from modelward.gateway.server import open_database
from modelward.llm.tools.approvals import ApprovalStore
from modelward.llm.tools.policy import ToolCall


def _hold(policy, *calls):
    db = open_database(load_policy(policy))
    try:
        return [ApprovalStore(db).hold("app-1", ToolCall(name, args), "req-1").id for name, args in calls]
    finally:
        db.close()


def test_list_approve_deny_and_the_audit_log(cli, tmp_path, model_dir):  # noqa: F811
    policy = write_policy(tmp_path, model_dir)
    first, second = _hold(policy, ("send_email", '{"to": "a@example.com"}'), ("delete_account", '{"user": "bob"}'))
    code, out, _ = cli("approvals", "list", "--policy", policy, "--status", "pending", "--json")
    assert code == 0 and {a["id"] for a in json.loads(out)} == {first, second}
    code, out, _ = cli("approvals", "approve", first, "--policy", policy, "--note", "checked")
    assert code == 0 and out.startswith(f"approved {first}: send_email for app-1")
    code, out, _ = cli("approvals", "deny", second, "--policy", policy)
    assert code == 0 and out.startswith(f"denied {second}")
    code, _, err = cli("approvals", "deny", first, "--policy", policy)  # decided already
    assert code == 2 and "only a pending one can be decided" in err
    code, _, err = cli("approvals", "approve", "nope", "--policy", policy)
    assert code == 2 and "no tool-call approval request" in err
    code, out, _ = cli("approvals", "list", "--policy", policy, "--status", "approved", "--json")
    assert [a["id"] for a in json.loads(out)] == [first] and json.loads(out)[0]["note"] == "checked"
    code, _, _ = cli("approvals", "list", "--policy", policy, "--status", "maybe")
    assert code == 2
    code, out, _ = cli("audit", "verify", "--policy", policy)
    assert code == 0 and "intact: 2 entries" in out


def test_a_notice_that_fails_leaves_the_call_held_and_is_counted(tmp_path, model_dir):  # noqa: F811
    db = open_database(load_policy(write_policy(tmp_path, model_dir)))
    try:
        def broken(approval):
            raise RuntimeError("webhook down")

        store = ApprovalStore(db, on_new=broken)
        held = store.hold("app-1", ToolCall("send_email", '{"to": "a@example.com"}'), "req-1")
        assert store.notify_errors == 1 and [a.id for a in store.list(status="pending")] == [held.id]
    finally:
        db.close()
