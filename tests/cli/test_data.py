"""`modelward data audit` and `modelward data redact` through the CLI."""

import json

from typer.testing import CliRunner

from modelward.cli.main import build_app

runner = CliRunner()


def test_audit_json_and_exit_code(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,ssn,x,label\n" + "".join(
        f"Mary Smith,536-22-{1000 + i:04d},{i % 7},{i % 2}\n" for i in range(40)))
    result = runner.invoke(build_app(), ["data", "audit", str(path), "--target", "label", "--only", "pii",
                                         "--json", "--fail-on", "critical"])
    assert result.exit_code == 1, result.output  # a column of SSNs is critical
    report = json.loads(result.stdout)
    assert {f["location"]["column"] for f in report["findings"]} == {"name", "ssn"}
    assert "536-22-1000" not in result.stdout


def test_audit_writes_reports_and_bad_target_exits_2(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("x,y\n" + "".join(f"{i},{i % 2}\n" for i in range(30)))
    ok = runner.invoke(build_app(), ["data", "audit", str(path), "-t", "y", "--only", "duplicates",
                                     "--out", str(tmp_path / "out"), "--format", "json"])
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "out" / "data-audit.json").is_file()
    bad = runner.invoke(build_app(), ["data", "audit", str(path), "-t", "nope"])
    assert bad.exit_code != 0


def test_redact_writes_a_copy_and_never_the_input(tmp_path):
    src = tmp_path / "mail.txt"
    src.write_text("Please reach Maria Garcia at maria@example.com or (415) 555-0132.\n")
    out = tmp_path / "clean.txt"
    result = runner.invoke(build_app(), ["data", "redact", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text() == "Please reach <PERSON> at <EMAIL> or <PHONE>.\n"
    same = runner.invoke(build_app(), ["data", "redact", str(src), "--out", str(src)])
    assert same.exit_code != 0 and src.read_text().startswith("Please reach Maria")
