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


def test_anonymize_writes_a_k_anonymous_copy(tmp_path):
    import csv
    from collections import Counter

    src = tmp_path / "people.csv"
    rows = ["name,age,zip,disease"] + [f"p{i},{20 + i % 50},{10000 + (i * 37) % 900},{['flu', 'cold'][i % 2]}"
                                       for i in range(300)]
    src.write_text("\n".join(rows) + "\n")
    out = tmp_path / "anon.csv"
    result = runner.invoke(build_app(), ["data", "anonymize", str(src), "-o", str(out), "--qi", "age", "--qi", "zip",
                                         "--k", "4", "--drop", "name", "--sensitive", "disease", "--l", "2"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["after"]["k"] >= 4
    with out.open() as fh:
        released = list(csv.DictReader(fh))
    assert "name" not in released[0] and min(Counter((r["age"], r["zip"]) for r in released).values()) >= 4
    same = runner.invoke(build_app(), ["data", "anonymize", str(src), "-o", str(src), "--qi", "age"])
    assert same.exit_code != 0


def test_manifest_and_diff(tmp_path):
    old, new = tmp_path / "v1.csv", tmp_path / "v2.csv"
    old.write_text("x,label\n" + "".join(f"{i},{i % 2}\n" for i in range(40)))
    new.write_text("x,label\n" + "".join(f"{i},{(i + (i < 5)) % 2}\n" for i in range(40)))  # 5 flips
    made = runner.invoke(build_app(), ["data", "manifest", str(old), "-t", "label", "-o", str(tmp_path / "m.json")])
    assert made.exit_code == 0 and json.loads((tmp_path / "m.json").read_text())["target"] == "label"
    result = runner.invoke(build_app(), ["data", "diff", str(old), str(new), "-t", "label", "--json"])
    assert result.exit_code == 1, result.output  # 12.5% relabelled: likelihood 4 x impact 3 = high
    titles = [f["title"] for f in json.loads(result.stdout)["findings"]]
    assert "5 rows changed label, features unchanged" in titles


def test_anonymize_with_format_tokens_needs_the_key(tmp_path, monkeypatch):
    src = tmp_path / "p.csv"
    src.write_text("card,age\n" + "".join(f"4111-1111-1111-{1000 + i},{20 + i % 30}\n" for i in range(60)))
    out = tmp_path / "a.csv"
    args = ["data", "anonymize", str(src), "-o", str(out), "--qi", "age", "--k", "3", "--format-token", "card"]
    assert runner.invoke(build_app(), args).exit_code != 0  # no key
    monkeypatch.setenv("MODELWARD_PII_KEY", "z" * 32)
    result = runner.invoke(build_app(), args)
    assert result.exit_code == 0, result.output
    cards = [line.split(",")[0] for line in out.read_text().splitlines()[1:]]
    assert all(len(c) == 19 and c[4] == "-" and not c.startswith("4111-1111") for c in cards)
