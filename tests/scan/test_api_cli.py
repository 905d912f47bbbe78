"""scan_path (walk, dispatch, skipped/errors, --jobs, --policy) and the CLI's exit codes and outputs."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from pickle_asm import call, sbu
from typer.testing import CliRunner

from modelward.cli.scan import app
from modelward.core.errors import ConfigError
from modelward.core.findings import Severity
from modelward.scan import registry
from modelward.scan.api import scan_path
from modelward.scan.policy import load_policy

EVIL = call("os", "system", sbu("id"))
CUSTOM = call("acme.layers", "Gate", sbu("x"))


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "evil.bin").write_bytes(EVIL)
    (tmp_path / "sub" / "ok.pkl").write_bytes(pickle.dumps({"a": 1}))
    (tmp_path / "sub" / "custom.pkl").write_bytes(CUSTOM)
    (tmp_path / "notes.txt").write_text("hello\n")
    return tmp_path


def test_every_file_is_scanned_skipped_or_errored(tree: Path) -> None:
    report = scan_path(tree)
    assert {f.location.file for f in report.findings} == {str(tree / "evil.bin"), str(tree / "sub" / "custom.pkl")}
    assert [s.subject for s in report.skipped] == [str(tree / "notes.txt")]
    assert report.worst == Severity.CRITICAL
    assert len(report.metadata.inputs) == 3  # scanned files carry their sha256


def test_jobs_give_the_same_report(tree: Path) -> None:
    one, two = scan_path(tree), scan_path(tree, jobs=2)
    assert sorted(f.fingerprint for f in one.findings) == sorted(f.fingerprint for f in two.findings)
    assert one.skipped == two.skipped


def test_policy_file_extends_the_allowlist(tree: Path, tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[allow]\n"acme.layers" = ["Gate"]\n')
    report = scan_path(tree / "sub", policy=load_policy(policy))
    assert not report.findings
    assert scan_path(tree / "sub").findings  # without it, the custom class is flagged


def test_bad_policy_file_names_the_field(tmp_path: Path) -> None:
    policy = tmp_path / "p.toml"
    policy.write_text('[allow]\n"x" = "notalist"\n')
    with pytest.raises(ConfigError, match=r"p\.toml.*\[allow\] 'x'"):
        load_policy(policy)


def test_missing_format_scanner_is_skipped_with_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.SCANNERS, "gguf", "modelward.scan.formats.does_not_exist:scan")
    (tmp_path / "m.gguf").write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\x00" * 16)
    report = scan_path(tmp_path)
    assert [s.reason for s in report.skipped] == ["scanner for gguf not installed"]


def test_unreadable_input_is_an_error(tmp_path: Path) -> None:
    report = scan_path(tmp_path / "missing.pkl")
    assert report.skipped and report.skipped[0].reason == "does not exist"


def test_cli_exit_codes_and_reports(tree: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    r = runner.invoke(app, ["scan", str(tree), "--format", "json,sarif", "--out", str(out)])
    assert r.exit_code == 1, r.output
    data = json.loads((out / "scan.json").read_text())
    assert data["schema"] == "modelward.report" and any(f["severity"] == "critical" for f in data["findings"])
    sarif = json.loads((out / "scan.sarif").read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert runner.invoke(app, ["scan", str(tree / "sub" / "ok.pkl")]).exit_code == 0
    # custom class is medium: below --fail-on high
    assert runner.invoke(app, ["scan", str(tree / "sub"), "--fail-on", "high"]).exit_code == 0
    assert runner.invoke(app, ["scan", str(tree / "sub")]).exit_code == 1
    assert runner.invoke(app, ["scan", str(tree), "--fail-on", "severe"]).exit_code == 2
    assert runner.invoke(app, ["scan", str(tree), "--format", "xml", "--out", str(out)]).exit_code == 2
    r = runner.invoke(app, ["scan", str(tree / "evil.bin"), "--json"])
    assert json.loads(r.stdout)["findings"][0]["evidence"]["measurements"]["global"] == "os.system"
