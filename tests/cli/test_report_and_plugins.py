import json

from modelward.core.findings import Evidence, Finding, Severity
from modelward.core.render.json import to_json
from modelward.core.report import Metadata, Report


def _write(path, command, *findings):
    path.write_text(to_json(Report(Metadata("0.1.0", command, subject="credit-model"), tuple(findings))))
    return path


def test_report_merges_runs_into_one_register(cli, tmp_path):
    a = _write(tmp_path / "scan.json", "scan",
               Finding("scan.pickle.global", "supply-chain", Severity.CRITICAL, "os.system reached"))
    b = _write(tmp_path / "assess.json", "assess",
               Finding("validation.stability", "evasion", Severity.MEDIUM, "flips",
                       evidence=Evidence("noise", {"flip": 0.05}, likelihood=4, impact=3)))
    out = tmp_path / "review"
    code, stdout, err = cli("report", a, b, "--out", out, "--fail-on", "critical", "--json")
    assert code == 1, err
    merged = json.loads(stdout)
    assert {f["threat"] for f in merged["findings"]} == {"supply-chain", "evasion"}
    evasion = next(r for r in merged["risk_register"] if r["threat"] == "evasion")
    assert evasion["basis"] == "measured" and evasion["likelihood"] == 4
    assert sorted(p.name for p in out.iterdir()) == ["risk-register.html", "risk-register.json", "risk-register.sarif"]
    assert "os.system reached" in (out / "risk-register.html").read_text()


def test_report_rejects_a_file_that_is_not_a_report(cli, tmp_path):
    bad = tmp_path / "other.json"
    bad.write_text('{"hello": 1}')
    code, _, err = cli("report", bad, "--out", tmp_path / "o")
    assert code == 2 and "other.json" in err and "invalid modelward JSON report" in err
    assert not (tmp_path / "o").exists()
    code, _, err = cli("report", tmp_path / "absent.json")
    assert code == 2 and "absent.json" in err


def test_plugins_lists_builtins(cli):
    code, out, _ = cli("plugins", "--json")
    assert code == 0
    ids = {p["id"] for p in json.loads(out)}
    assert {"validation.performance", "validation.stability"} <= ids


def test_version_and_help(cli):
    code, out, _ = cli("--version")
    assert code == 0 and out.startswith("modelward ")
    code, out, _ = cli("--help")
    assert code == 0 and "assess" in out
