import json
import math
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from modelward.core.findings import Evidence, Finding, Location, Severity
from modelward.core.render.sarif import LEVEL, artifact_uri, to_sarif
from modelward.core.taxonomy import load_taxonomy

SCHEMA_PATH = Path(__file__).parents[2] / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    # the shipped file must be the official OASIS SARIF 2.1.0 schema
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def log(report):
    return json.loads(to_sarif(report))


def test_validates_against_official_schema(report, empty_report, sarif_validator):
    for r in (report, empty_report):
        sarif_validator.validate(json.loads(to_sarif(r)))


def test_validator_is_not_vacuous(log, sarif_validator):
    bad = json.loads(json.dumps(log))
    bad["runs"][0]["results"][0]["level"] = "critical"
    with pytest.raises(jsonschema.ValidationError):
        sarif_validator.validate(bad)


def test_one_run_with_driver_and_one_rule_per_check(log, report):
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "modelward" and driver["version"] == report.metadata.tool_version
    rule_ids = [r["id"] for r in driver["rules"]]
    assert sorted(rule_ids) == sorted({f.check_id for f in report.findings})
    taxonomy = load_taxonomy()
    pickle_rule = driver["rules"][rule_ids.index("scan.pickle")]
    threat = taxonomy.threat("supply-chain")
    assert pickle_rule["properties"]["threat"] == "supply-chain"
    assert [a["id"] for a in pickle_rule["properties"]["atlas"]] == [r.id for r in threat.atlas]
    assert [a["id"] for a in pickle_rule["properties"]["owaspMl"]] == [r.id for r in threat.owasp_ml]
    assert taxonomy.mitigations["artifact-scanning"].title in pickle_rule["help"]["text"]
    assert pickle_rule["defaultConfiguration"]["level"] == "error"


def test_results_map_severity_fingerprint_and_evidence(log, report):
    results = log["runs"][0]["results"]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert len(results) == len(report.findings)
    by_fp = {r["partialFingerprints"]["modelward/v1"]: r for r in results}
    for f in report.findings:
        r = by_fp[f.fingerprint]
        assert r["ruleId"] == f.check_id and rules[r["ruleIndex"]]["id"] == f.check_id
        assert r["level"] == LEVEL[f.severity]
        assert r["message"]["text"].startswith(f.title.rstrip("."))
        assert r["properties"]["evidence"]["measurements"] == dict(f.evidence.measurements)
        assert [m["id"] for m in r["properties"]["mitigations"]] == list(f.mitigations)
    levels = {f.severity: by_fp[f.fingerprint]["level"] for f in report.findings}
    assert levels[Severity.CRITICAL] == levels[Severity.HIGH] == "error"
    assert levels[Severity.MEDIUM] == "warning"
    assert levels[Severity.LOW] == levels[Severity.INFO] == "note"


def test_locations_physical_region_and_logical(log, report):
    by_rule = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    pickle = by_rule["scan.pickle"]["locations"][0]
    assert pickle["physicalLocation"]["artifactLocation"]["uri"] == "models/model%20v1.pkl"
    assert pickle["physicalLocation"]["region"]["byteOffset"] == 1234
    assert pickle["logicalLocations"][0] == {
        "name": "archive/data.pkl", "fullyQualifiedName": "models/model v1.pkl!/archive/data.pkl",
        "kind": "archiveMember"}
    pii = by_rule["data.pii"]["locations"][0]
    assert pii["physicalLocation"]["region"]["startLine"] == 42  # row 41, 0-based
    assert pii["logicalLocations"] == [{"name": "contact", "kind": "column"}]
    stealing = by_rule["stealing.query_budget"]["locations"][0]
    assert "physicalLocation" not in stealing
    assert stealing["logicalLocations"][0]["kind"] == "endpoint"
    assert "locations" not in by_rule["bias.parity"]  # nowhere to point at


def test_skipped_and_errors_are_notifications(log, report):
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["note"] * len(report.skipped) + ["error"] * len(report.errors)
    assert notes[0]["properties"]["reason"] == report.skipped[0].reason
    assert notes[-1]["properties"]["message"] == report.errors[0].message
    assert invocation["startTimeUtc"] == "2026-11-02T10:00:00Z"


def test_inputs_become_artifacts_with_hashes(log, report):
    artifacts = log["runs"][0]["artifacts"]
    assert [a["hashes"]["sha-256"] for a in artifacts] == [i.sha256 for i in report.metadata.inputs]


def test_non_finite_evidence_stays_strict_json(report, sarif_validator):
    f = Finding("x", "evasion", Severity.LOW, "t", location=Location(file="C:\\models\\m.onnx"),
                evidence=Evidence(series={"s": [math.nan, 1.0]}, measurements={"m": math.inf}))
    text = to_sarif(replace(report, findings=(f,)))
    data = json.loads(text, parse_constant=lambda c: pytest.fail(f"non-standard JSON constant {c}"))
    sarif_validator.validate(data)
    result = data["runs"][0]["results"][0]
    assert result["properties"]["evidence"]["series"]["s"][0] == "NaN"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "file:///C:/models/m.onnx"


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("model.pkl", "model.pkl"),
        ("dir with space/m#1.pkl", "dir%20with%20space/m%231.pkl"),
        ("/abs/m.pkl", "file:///abs/m.pkl"),
        ("a:b.pkl", "a%3Ab.pkl"),  # not a URI scheme
        ("https://hub.example/m.bin", "https://hub.example/m.bin"),
    ],
)
def test_artifact_uri(path, uri):
    assert artifact_uri(path) == uri
