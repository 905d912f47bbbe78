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
    assert {"validation.performance", "validation.stability", "robustness.detection"} <= ids
    code, out, _ = cli("plugins", "--kind", "guard", "--json")
    assert code == 0 and {p["kind"] for p in json.loads(out)} == {"guard"}
    code, _, err = cli("plugins", "--kind", "gadget")
    assert code == 2 and "unknown kind 'gadget'" in err


def test_plugins_show_prints_the_declared_parameters(cli):
    from modelward.core.plugins import get

    code, out, _ = cli("plugins", "show", "evasion", "--json")  # the unique last part of the id is enough
    assert code == 0
    shown = json.loads(out)
    declared = get("robustness.evasion").params()
    assert shown["id"] == "robustness.evasion" and [p["name"] for p in shown["params"]] == [p.name for p in declared]
    eps = next(p for p in shown["params"] if p["name"] == "eps")
    assert eps["unit"] == "share of each feature's range" and eps["default"] == [0.02, 0.05, 0.1]
    code, out, _ = cli("plugins", "show", "robustness.detection")
    assert code == 0 and "target_fpr = 0.05" in out and "before/after measured by the check" in out
    code, _, err = cli("plugins", "show", "robustness.evasio")
    assert code == 2 and "did you mean robustness.evasion" in err


def test_version_and_help(cli):
    code, out, _ = cli("--version")
    assert code == 0 and out.startswith("modelward ")
    code, out, _ = cli("--help")
    assert code == 0 and "assess" in out
