import json

import pytest

from modelward.core.findings import Evidence, Finding, Location, Severity


def test_severity_orders_from_info_to_critical():
    assert sorted([Severity.HIGH, Severity.INFO, Severity.CRITICAL, Severity.LOW]) == [
        Severity.INFO, Severity.LOW, Severity.HIGH, Severity.CRITICAL]
    assert max(Severity) == Severity.CRITICAL
    assert Severity.MEDIUM >= Severity.MEDIUM and not Severity.LOW >= Severity.MEDIUM


def test_finding_round_trips_through_json():
    f = Finding("scan.pickle.reduce", "supply-chain", Severity.CRITICAL, "os.system called",
                location=Location(file="m.pkl", member="archive/data.pkl", offset=12),
                evidence=Evidence("pickle VM", {"global": "os.system", "n": 3, "ok": False, "x": None},
                                  {"curve": [0.1, 0.2]}, likelihood=5, impact=5, rationale="runs code"),
                mitigations=("artifact-scanning",))
    back = Finding.from_dict(json.loads(json.dumps(f.to_dict())))
    assert back == f
    assert back.fingerprint == f.fingerprint


def test_fingerprint_changes_with_location_not_with_evidence():
    a = Finding("c", "evasion", Severity.LOW, "t", location=Location(file="a"))
    b = Finding("c", "evasion", Severity.HIGH, "t", location=Location(file="a"), evidence=Evidence("m"))
    c = Finding("c", "evasion", Severity.LOW, "t", location=Location(file="b"))
    assert a.fingerprint == b.fingerprint != c.fingerprint


def test_evidence_rejects_scores_outside_one_to_five():
    with pytest.raises(ValueError, match="likelihood"):
        Evidence(likelihood=6)


def test_location_prints_what_it_knows():
    assert str(Location(file="m.pt", member="a/data.pkl", offset=7)) == "m.pt [a/data.pkl] @7"
    assert str(Location()) == "-"
