import json

from typer.testing import CliRunner

from modelward.cli.main import build_app

runner = CliRunner()


def test_threat_model_gates_writes_outputs_and_exits_by_residual_risk(write_system, tmp_path):
    path = write_system()
    out = tmp_path / "out"
    result = runner.invoke(build_app(), ["threat-model", str(path), "--out", str(out), "--json",
                                         "--today", "2026-12-01"])
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    assert doc["schema"] == "modelward.report" and doc["metadata"]["command"] == "threat-model"
    assert {p.name for p in out.iterdir()} >= {"threat-model.json", "threat-model.svg", "crosswalk.md", "privacy.md"}
    relaxed = runner.invoke(build_app(), ["threat-model", str(path), "--fail-on", "critical", "--json"])
    assert relaxed.exit_code == 0, relaxed.output


def test_an_invalid_model_exits_2_naming_the_field(write_system):
    path = write_system("version: 1\nsystem: {name: x}\ncomponents: [{id: a, type: model, formt: onnx}]\n")
    result = runner.invoke(build_app(), ["threat-model", str(path)])
    assert result.exit_code != 0 and isinstance(result.exception, Exception)
    assert "components[0].formt" in str(result.exception)


def test_schema_and_crosswalk_print_without_a_model():
    assert json.loads(runner.invoke(build_app(), ["threat-model", "--schema"]).stdout)["title"]
    table = runner.invoke(build_app(), ["threat-model", "--crosswalk"]).stdout
    assert "| membership-inference | AML.T0024.000 | ML04 |" in table
