"""Retraining triggers: policy parsing, thresholds crossed, incidents recorded, actions run at once or after
approval, and the ways around them (edited incidents, odd ids, double approval, redirecting webhooks)."""

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import numpy as np
import pytest

from modelward.core.errors import ConfigError
from modelward.monitor.drift import compare
from modelward.monitor.incidents import ACTED, AWAITING, FAILED, REJECTED, IncidentStore
from modelward.monitor.policy import crossings, load_policy, parse_policy
from modelward.monitor.report import drift_report
from modelward.monitor.result import DriftSettings
from modelward.monitor.trigger import apply_policy

from .conftest import normal_columns


@pytest.fixture
def drifted(write_table):
    rng = np.random.default_rng(0)
    ref, cur = normal_columns(rng, 4000), normal_columns(rng, 4000, shift=0.8)
    cur.pop("x4")
    result = compare(write_table("ref", ref), write_table("cur", cur), settings=DriftSettings(multivariate=False))
    return result, drift_report(result)


def _policy(tmp_path, text):
    path = tmp_path / "policy.toml"
    path.write_text(text)
    return load_policy(path)


def _script(tmp_path, body):
    script = tmp_path / "retrain.py"
    script.write_text(body)
    return f'command = ["{sys.executable}", "{script}"]'


def test_crossed_thresholds_are_named_with_their_values(tmp_path, drifted):
    result, _ = drifted
    policy = _policy(tmp_path, "[thresholds]\nmax_effect_sd = 0.5\nshare_drifted = 0.9\nschema = true\n"
                               "[action]\nwebhook = \"https://ci.example/hook\"\n")
    crossed = {(c.threshold, c.subject) for c in crossings(policy, result)}
    assert crossed == {("max_effect_sd", "column 'x0'"), ("schema", "column 'x4' missing")}


def test_an_incident_waits_for_approval_then_runs_the_command_with_the_evidence(tmp_path, drifted):
    result, report = drifted
    out = tmp_path / "ran.json"
    body = ("import json, os, sys\n"
            f"json.dump([sys.argv[1], os.environ['MODELWARD_INCIDENT']], open({str(out)!r}, 'w'))\n")
    policy = _policy(tmp_path, f"[thresholds]\nmax_effect_sd = 0.5\n[action]\n{_script(tmp_path, body)}\n")
    new_report, incident = apply_policy(policy, result, report)
    assert incident["status"] == AWAITING and not out.exists()
    assert any(f.title.startswith(f"Retraining triggered: incident {incident['id']}") for f in new_report.findings)
    store = IncidentStore(tmp_path / "incidents")
    done = store.act(incident["id"], policy, by="alice")
    assert done["status"] == ACTED
    evidence, seen_id = json.loads(out.read_text())
    assert seen_id == incident["id"]
    assert json.loads(Path(evidence).read_text())["schema"] == "modelward.report"
    assert [h["event"] for h in done["history"]] == ["opened", "approved", "action"]
    with pytest.raises(ConfigError, match="not awaiting approval"):
        store.act(incident["id"], policy, by="bob")


def test_approval_none_acts_at_once_and_a_failing_command_is_recorded(tmp_path, drifted):
    result, report = drifted
    policy = _policy(tmp_path, "[thresholds]\nschema = true\n[action]\napproval = \"none\"\n"
                               f"{_script(tmp_path, 'import sys; sys.exit(3)')}\n")
    _, incident = apply_policy(policy, result, report)
    assert incident["status"] == FAILED
    outcome = json.loads(incident["history"][-1]["detail"])[0]
    assert outcome["exit_code"] == 3 and not outcome["ok"]


def test_nothing_happens_below_the_thresholds(tmp_path, drifted):
    result, report = drifted
    policy = _policy(tmp_path, "[thresholds]\nshare_drifted = 0.99\n[action]\nwebhook = \"http://localhost/x\"\n")
    assert apply_policy(policy, result, report) == (report, None)
    assert not (tmp_path / "incidents").exists()


def test_an_edited_incident_cannot_change_what_approval_runs(tmp_path, drifted):
    result, report = drifted
    policy = _policy(tmp_path, "[thresholds]\nschema = true\n[action]\ncommand = [\"true\"]\n")
    _, incident = apply_policy(policy, result, report)
    store = IncidentStore(tmp_path / "incidents")
    edited = store.get(incident["id"]) | {"action": {**incident["action"], "command": ["rm", "-rf", "/"]}}
    store.write(edited)
    with pytest.raises(ConfigError, match="recorded action is not the policy's"):
        store.act(incident["id"], policy, by="mallory")


def test_rejection_is_recorded_and_nothing_runs(tmp_path, drifted):
    result, report = drifted
    policy = _policy(tmp_path, "[thresholds]\nschema = true\n[action]\ncommand = [\"false\"]\n")
    _, incident = apply_policy(policy, result, report)
    store = IncidentStore(tmp_path / "incidents")
    assert store.reject(incident["id"], "carol", "seasonal, expected")["status"] == REJECTED
    assert [i["status"] for i in store.list()] == [REJECTED]


@pytest.mark.parametrize("bad_id", ["../../etc/passwd", "INC-1-2", "INC-20250101T000000Z-ZZZZZZZZ"])
def test_incident_ids_are_checked_before_any_path_is_built(tmp_path, bad_id):
    with pytest.raises(ConfigError, match="not an incident id"):
        IncidentStore(tmp_path).get(bad_id)


def test_a_concurrent_approval_is_refused(tmp_path, drifted):
    result, report = drifted
    policy = _policy(tmp_path, "[thresholds]\nschema = true\n[action]\ncommand = [\"true\"]\n")
    _, incident = apply_policy(policy, result, report)
    (tmp_path / "incidents" / f"{incident['id']}.lock").touch()
    with pytest.raises(ConfigError, match="another approval"):
        IncidentStore(tmp_path / "incidents").act(incident["id"], policy, by="dave")


class _Hook(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):
        _Hook.received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        if self.path == "/redirect":
            self.send_response(307)
            self.send_header("Location", "http://127.0.0.1:1/elsewhere")
        else:
            self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_webhook_gets_the_evidence_and_a_redirect_is_not_followed(tmp_path, drifted):
    result, report = drifted
    server = HTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        ok = _policy(tmp_path, f"[thresholds]\nschema = true\n[action]\napproval = \"none\"\n"
                               f"webhook = \"{url}/hook\"\n")
        _, incident = apply_policy(ok, result, report)
        assert incident["status"] == ACTED and _Hook.received[-1]["incident"] == incident["id"]
        moved = _policy(tmp_path, f"[thresholds]\nschema = true\n[action]\napproval = \"none\"\n"
                                  f"webhook = \"{url}/redirect\"\n")
        _, incident = apply_policy(moved, result, report)
        assert incident["status"] == FAILED
    finally:
        server.shutdown()


@pytest.mark.parametrize("doc, message", [
    ({}, "sets none"),
    ({"thresholds": {"share_drifted": 2}, "action": {"command": ["x"]}}, r"expected a number in \[0, 1\]"),
    ({"thresholds": {"share_drifted": 0.2, "typo": 1}, "action": {"command": ["x"]}}, "unknown key"),
    ({"thresholds": {"schema": "yes"}, "action": {"command": ["x"]}}, "expected true or false"),
    ({"thresholds": {"schema": True}, "action": {"command": "rm -rf /"}}, "argv, no shell"),
    ({"thresholds": {"schema": True}, "action": {"webhook": "file:///etc/passwd"}}, "http"),
    ({"thresholds": {"schema": True}, "action": {}}, "a command, a webhook or both"),
    ({"thresholds": {"schema": True}, "action": {"command": ["x"], "approval": "maybe"}}, "approval"),
    ({"rules": {}}, "unknown section"),
])
def test_bad_policies_are_errors_naming_the_key(doc, message):
    with pytest.raises(ConfigError, match=message):
        parse_policy(doc, "p.toml")


def test_an_unreadable_policy_file_is_a_clear_error(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text("[thresholds\n")
    with pytest.raises(ConfigError, match="not a TOML policy"):
        load_policy(path)
    with pytest.raises(ConfigError, match="cannot read"):
        load_policy(tmp_path / "nope.toml")
