import json
import math
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from modelward.core.errors import DataError
from modelward.core.findings import Evidence, Finding, Severity
from modelward.core.render.json import from_json, report_schema, to_json
from modelward.core.report import SCHEMA_VERSION, Report

SCHEMA_PATH = Path(__file__).parents[3] / "src/modelward/core/render/report.schema.json"


def _validate(data):
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)


def test_round_trip_is_exact(report):
    text = to_json(report)
    back = from_json(text)
    assert back == report
    assert to_json(back) == text


def test_output_validates_against_shipped_schema(report, empty_report):
    for r in (report, empty_report):
        _validate(json.loads(to_json(r)))


def test_schema_is_versioned_like_the_writer():
    schema = json.loads(SCHEMA_PATH.read_text())
    assert schema["schema_version"] == SCHEMA_VERSION
    assert schema == report_schema()
    assert schema["properties"]["schema_version"]["pattern"].startswith("^" + SCHEMA_VERSION.split(".")[0])


def test_schema_rejects_what_the_format_forbids(report):
    data = json.loads(to_json(report))
    bad = json.loads(json.dumps(data))
    bad["findings"][0]["severity"] = "catastrophic"
    with pytest.raises(jsonschema.ValidationError):
        _validate(bad)
    bad = json.loads(json.dumps(data))
    bad["findings"][0]["location"]["floor"] = 3
    with pytest.raises(jsonschema.ValidationError):
        _validate(bad)


def test_unsorted_report_is_written_worst_first_and_stable(report):
    shuffled = replace(report, findings=tuple(reversed(report.findings)))
    text = to_json(shuffled)
    severities = [f["severity"] for f in json.loads(text)["findings"]]
    assert [Severity(s).rank for s in severities] == sorted((Severity(s).rank for s in severities), reverse=True)
    assert from_json(text) == report


def test_non_finite_numbers_stay_strict_json(report):
    f = Finding("x.nan", "evasion", Severity.LOW, "nan",
                evidence=Evidence(measurements={"ratio": math.inf}, series={"s": [1.0, math.nan, -math.inf]}))
    r = replace(report, findings=(f,))
    text = to_json(r)
    data = json.loads(text, parse_constant=lambda c: pytest.fail(f"non-standard JSON constant {c}"))
    _validate(data)
    back = from_json(text).findings[0].evidence
    assert back.measurements["ratio"] == "Infinity"
    assert math.isnan(back.series["s"][1]) and back.series["s"][2] == -math.inf


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON: .* line 1, column 2"),
        ("[]", r"\$: expected an object"),
        ('{"schema": "sarif"}', "missing field 'schema_version'"),
        ('{"schema": "other", "schema_version": "1.0", "metadata": {}}', "not a modelward JSON report"),
        ('{"schema": "modelward.report", "schema_version": "2.0", "metadata": {}}', "'2.0' is not supported"),
        ('{"schema": "modelward.report", "schema_version": "1.0", "metadata": {"command": "x"}}',
         r"\$.metadata: missing field 'tool_version'"),
    ],
)
def test_invalid_input_names_what_is_wrong(text, message):
    with pytest.raises(DataError, match=message):
        from_json(text)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("findings", 0, "severity"), "huge", r"\$\.findings\[0\]\.severity: expected one of"),
        (("findings", 1, "location", "row"), "ten", r"\$\.findings\[1\]\.location\.row: expected an integer"),
        (("findings", 0, "evidence", "likelihood"), 9, r"likelihood: expected an integer in 1\.\.5"),
        (("findings", 2, "evidence", "series"), {"s": ["x"]}, r"series\.s\[0\]: expected a number"),
        (("skipped", 0), {"subject": "a"}, r"\$\.skipped\[0\]: missing field 'reason'"),
        (("applied", 0, "before"), {"acc": "high"}, r"before\.acc: expected a number"),
    ],
)
def test_wrong_field_is_named_with_its_path(report, path, value, message):
    data = json.loads(to_json(report))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(DataError, match=message):
        from_json(json.dumps(data))


def test_minimal_document_is_read(empty_report):
    text = json.dumps({"schema": "modelward.report", "schema_version": "1.3",
                       "metadata": {"tool_version": "9", "command": "scan", "created": "t"}})
    r = from_json(text)
    assert isinstance(r, Report) and r.findings == () and r.metadata.command == "scan"


def test_fields_of_a_later_minor_version_are_ignored(report):
    data = json.loads(to_json(report))
    data["schema_version"] = "1.7"
    data["future_top_level"] = {"x": 1}
    data["skipped"][0]["severity_hint"] = "low"
    data["applied"][0]["cost_seconds"] = 12.5
    data["metadata"]["inputs"][0]["size"] = 10
    data["findings"][0]["confidence"] = 0.9
    assert from_json(json.dumps(data)) == report
