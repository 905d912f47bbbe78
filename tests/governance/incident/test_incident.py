"""Incidents end to end: the timeline and evidence verify and catch tampering, clocks follow the law's
deadlines, containment acts through the gateway's and the store's own commands."""

import json
from datetime import UTC, datetime

import pytest
from typer.testing import CliRunner

from modelward.cli.main import build_app
from modelward.governance.incident import contain
from modelward.governance.incident.bundle import preserve, verify_bundle
from modelward.governance.incident.clocks import regulatory_clocks
from modelward.governance.incident.record import load_incident, open_incident, verify_timeline
from modelward.governance.incident.review import review_record, to_stix


@pytest.fixture
def incident(tmp_path):
    return open_incident(tmp_path / "incidents", "malicious pickle pushed", severity="critical",
                         threat="supply-chain", component="model")


def test_evidence_bundle_verifies_and_names_a_tampered_file(incident, tmp_path):
    (tmp_path / "model.pkl").write_bytes(b"\x80\x04cos\nsystem\n")
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "audit.jsonl").write_text('{"seq": 1}\n')
    bundle = preserve(incident, [("artifact", tmp_path / "model.pkl"), ("audit-log", tmp_path / "logs")])
    assert verify_bundle(bundle) == (True, "2 files, chain, hashes and signature verified")
    stored = next((bundle / "files").glob("*model.pkl"))
    stored.chmod(0o644)
    stored.write_bytes(b"benign")
    ok, why = verify_bundle(bundle)
    assert not ok and "entry 0" in why and "altered" in why


def test_a_rewritten_bundle_fails_its_signature(incident, tmp_path):
    (tmp_path / "a.json").write_text("{}")
    bundle = preserve(incident, [("report", tmp_path / "a.json")])
    doc = json.loads((bundle / "bundle.json").read_text())
    doc["head"]["note"] = "nothing happened"
    (bundle / "bundle.json").write_text(json.dumps(doc))
    assert verify_bundle(bundle) == (False, "the bundle's signature does not verify")


def test_the_timeline_is_chained_and_signed(incident):
    incident.append("recover", "service restored on v3")
    assert verify_timeline(incident)[0]
    path = incident.directory / "timeline.jsonl"
    lines = path.read_text().splitlines()
    edited = json.loads(lines[0])
    edited["record"]["summary"] = "a harmless event"
    path.write_text("\n".join([json.dumps(edited), *lines[1:]]) + "\n")
    ok, why = verify_timeline(load_incident(incident.directory))
    assert not ok and "entry 0" in why


@pytest.mark.parametrize("harm, article, hours", [
    ("death", "Art. 73(4)", 240), ("critical-infrastructure", "Art. 73(3)", 48), ("health", "Art. 73(2)", 360)])
def test_eu_ai_act_clocks_follow_article_73(harm, article, hours):
    clocks = regulatory_clocks(datetime(2026, 12, 1, tzinfo=UTC), eu_high_risk=True, in_eu=True, harm=harm,
                               personal_data=False)
    assert [(c.article, c.hours) for c in clocks] == [(article, hours)]


def test_personal_data_starts_the_gdpr_clock_and_nothing_outside_the_eu():
    aware = datetime(2026, 12, 1, tzinfo=UTC)
    gdpr = regulatory_clocks(aware, eu_high_risk=False, in_eu=True, harm="none", personal_data=True)
    assert [(c.regulation, c.deadline) for c in gdpr] == [("GDPR", "2026-12-04T00:00:00+00:00")]
    assert regulatory_clocks(aware, eu_high_risk=True, in_eu=False, harm="death", personal_data=True) == ()


class FakeStore:
    """Answers the store commands as `modelward store` would, for a store where v2 no longer verifies."""

    def __init__(self):
        self.calls = []

    def __call__(self, argv, env):
        self.calls.append(argv)
        if argv[:2] == ["store", "list"]:
            return 0, json.dumps([{"model": "credit", "number": n, "stages": ["production"] if n == 3 else []}
                                  for n in (1, 2, 3)])
        if argv[:2] == ["store", "verify"]:
            return (2, "v2: its stored object was altered") if argv[3] == "2" else (0, "verified")
        if argv[:2] == ["store", "promote"]:
            return 0, "promoted"
        return 2, "unexpected"


def test_rollback_skips_versions_that_no_longer_verify():
    runner = FakeStore()
    result = contain.rollback_to_verified("credit", "store", runner=runner)
    assert result.ok and "v1 (verified)" in result.detail and "v3 kept" in result.detail
    assert runner.calls[-1][:4] == ["store", "promote", "credit", "1"]


def test_containment_revokes_a_gateway_key_through_its_cli(tmp_path, incident):
    pytest.importorskip("sqlalchemy")
    from modelward.gateway.db import Database
    from modelward.gateway.keys import ApiKeyStore

    (tmp_path / "m.joblib").write_bytes(b"not loaded: only the key store is used")
    policy = tmp_path / "policy.yaml"
    policy.write_text(f"version: 1\nmodels: [{{name: m, path: m.joblib}}]\ndatabase: sqlite:///{tmp_path}/gw.db\n")
    rc, out = contain.cli_runner(["api-keys", "create", "scraper", "--role", "client", "--policy", str(policy)], {})
    assert rc == 0, out
    key = next(w for w in out.split() if w.startswith("mwk_"))
    key_id = key.split("_")[1]
    result = contain.revoke_api_key(key_id, str(policy))
    contain.record_containment(incident, [result])
    assert result.ok, result.detail
    keys = ApiKeyStore(Database(f"sqlite:///{tmp_path}/gw.db"))
    assert keys.verify(key) is None  # the gateway now refuses the key
    timeline = [e["record"] for e in incident.timeline()]
    assert timeline[-1]["step"] == "contain" and timeline[-1]["data"]["actions"][0]["ok"]


def test_a_failed_action_is_recorded_as_failed(incident, tmp_path):
    result = contain.revoke_api_key("0123456789abcdef", str(tmp_path / "missing.yaml"))
    assert not result.ok and result.commands[0]["exit"] != 0


def test_review_fills_from_the_timeline_and_exports_stix(incident):
    contain.record_containment(incident, [contain.ActionResult("quarantine", "credit v3", False, "store locked")])
    review = review_record(incident, "unscanned pickle accepted by the registry", ("artifact-scanning",), "low")
    assert [e["step"] for e in review["timeline"]] == ["open", "contain"]
    assert review["containment"][0]["ok"] is False
    assert review["threat_model_update"]["decisions"][0]["controls"] == ["artifact-scanning"]
    bundle = to_stix(review)
    types = [o["type"] for o in bundle["objects"]]
    assert types[0] == "incident" and "attack-pattern" in types and "course-of-action" in types
    refs = [r for o in bundle["objects"] for r in o.get("external_references", [])]
    assert {"AML.T0010", "AML.T0011"} <= {r["external_id"] for r in refs}
    assert to_stix(review)["id"] == bundle["id"]  # stable ids


def test_cli_open_preserve_verify_review(tmp_path):
    runner = CliRunner()
    app = build_app()
    (tmp_path / "m.pkl").write_bytes(b"x")
    opened = runner.invoke(app, ["incident", "open", "drift alarm", "--threat", "data-poisoning",
                                 "--dir", str(tmp_path / "inc")])
    assert opened.exit_code == 0, opened.output
    directory = opened.stdout.strip().splitlines()[-1]
    assert runner.invoke(app, ["incident", "preserve", directory, "--artifact", str(tmp_path / "m.pkl")]).exit_code == 0
    assert runner.invoke(app, ["incident", "review", directory, "--root-cause", "poisoned batch",
                               "--control", "data-sanitization", "--stix"]).exit_code == 0
    assert runner.invoke(app, ["incident", "verify", directory]).exit_code == 0
    assert (tmp_path / "inc").joinpath(directory.split("/")[-1], "review.stix.json").exists()


def test_holding_personal_data_starts_no_gdpr_clock_a_breach_does(tmp_path, write_system):
    runner = CliRunner()
    app = build_app()
    system = write_system()  # credit scoring in the EU, high-risk, with personal data
    clocks = {}
    for harm in ("none", "personal-data", "health"):
        opened = runner.invoke(app, ["incident", "open", f"{harm} incident", "--threat", "data-poisoning",
                                     "--harm", harm, "--system", str(system), "--dir", str(tmp_path / "inc")])
        assert opened.exit_code == 0, opened.output
        meta = json.loads((tmp_path / "inc" / opened.stdout.strip().splitlines()[-1].split("/")[-1] /
                           "incident.json").read_text())
        clocks[harm] = [(c["regulation"], c["article"]) for c in meta["clocks"]]
    assert clocks == {"none": [], "personal-data": [("GDPR", "Art. 33")], "health": [("EU AI Act", "Art. 73(2)")]}
