"""scan_path (walk, dispatch, skipped/errors, --jobs, --policy, repositories, --deps) and the CLI's exit codes
and outputs, through the real `modelward` entry point."""

from __future__ import annotations

import json
import os
import pickle
import sys
from pathlib import Path

import pytest
from pickle_asm import call, sbu

from modelward.cli.main import main
from modelward.core.errors import ConfigError
from modelward.core.findings import Severity
from modelward.scan import plugins
from modelward.scan.api import looks_like_repo, scan_path
from modelward.scan.policy import load_policy

EVIL = call("os", "system", sbu("id"))
# A callable of a package not installed here, called without arguments: medium (cannot be verified).
CUSTOM = call("acme.layers", "Gate")


class Crashing:
    """A format scanner with a bug: every scan raises."""

    id, threat, title, format = "scan.pickle", "supply-chain", "crashes", "pickle"

    def recognise(self, head: bytes, source: object) -> bool:
        return True

    def scan(self, source: object, policy: object, limits: object) -> object:
        raise RuntimeError("boom")


CRASHING = Crashing()


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
    monkeypatch.setitem(plugins.FORMATS, "gguf", ("modelward.scan.formats.does_not_exist:GGUF", "missing"))
    (tmp_path / "m.gguf").write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\x00" * 16)
    report = scan_path(tmp_path)
    assert [s.reason for s in report.skipped] == ["scanner for gguf not installed"]


def test_unreadable_input_is_an_error(tmp_path: Path) -> None:
    report = scan_path(tmp_path / "missing.pkl")
    assert report.skipped and report.skipped[0].reason == "does not exist"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run the real `modelward` entry point; return (exit code, stdout, stderr)."""

    def run(*args: object) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["modelward", *map(str, args)])
        with pytest.raises(SystemExit) as exit_info:
            main()
        out, err = capsys.readouterr()
        return int(exit_info.value.code or 0), out, err

    return run


def test_cli_exit_codes_and_reports(cli, tree: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    code, _, err = cli("scan", tree, "--format", "json,sarif,html", "--out", out)
    assert code == 1, err
    assert sorted(p.name for p in out.iterdir()) == ["scan.html", "scan.json", "scan.sarif"]
    data = json.loads((out / "scan.json").read_text())
    assert data["schema"] == "modelward.report" and any(f["severity"] == "critical" for f in data["findings"])
    sarif = json.loads((out / "scan.sarif").read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert "os.system" in (out / "scan.html").read_text()
    assert cli("scan", tree / "sub" / "ok.pkl")[0] == 0
    # the custom class is medium: below the default --fail-on high, caught at --fail-on medium
    assert cli("scan", tree / "sub")[0] == 0
    assert cli("scan", tree / "sub", "--fail-on", "medium")[0] == 1
    code, _, err = cli("scan", tree, "--fail-on", "severe")
    assert code == 2 and "--fail-on" in err and "severe" in err
    before = sorted(p.name for p in out.iterdir())
    code, _, err = cli("scan", tree, "--format", "xml", "--out", out)
    assert code == 2 and "xml" in err and sorted(p.name for p in out.iterdir()) == before
    code, stdout, _ = cli("scan", tree / "evil.bin", "--json")
    assert code == 1 and json.loads(stdout)["findings"][0]["evidence"]["measurements"]["global"] == "os.system"
    assert cli("scan")[0] == 2  # nothing to scan


def test_cli_errored_file_exits_2(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.pkl").write_bytes(pickle.dumps([1, 2]))
    monkeypatch.setitem(plugins.FORMATS, "pickle", ("test_api_cli:CRASHING", "crashes"))
    code, stdout, _ = cli("scan", tmp_path, "--json")
    report = json.loads(stdout)
    [error] = report["errors"]
    assert code == 2 and "scanner failed" in error["message"] and error["subject"].endswith("a.pkl")
    assert not report["findings"] or all(f["severity"] != "critical" for f in report["findings"])


def test_fifo_is_skipped_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "ok.pkl").write_bytes(pickle.dumps([1]))
    report = scan_path(tmp_path)  # would block forever if the FIFO were opened
    assert [(Path(s.subject).name, s.reason) for s in report.skipped] == [
        ("pipe", "not a regular file (device, FIFO or socket)")]
    assert scan_path(tmp_path / "pipe").skipped[0].reason.startswith("not a regular file")


# ---------------------------------------------------------------- model repositories


def make_hf_repo(root: Path) -> Path:
    """A Hugging Face style repository whose config makes trust_remote_code import modeling_evil.py."""
    root.mkdir(parents=True)
    (root / "config.json").write_text(json.dumps(
        {"model_type": "evil", "auto_map": {"AutoModel": "modeling_evil.EvilModel"}}))
    (root / "modeling_evil.py").write_text("import os\n\nclass EvilModel:\n    pass\n\nos.system('id')\n")
    (root / "pytorch_model.bin").write_bytes(EVIL)
    (root / "weights.pkl").write_bytes(pickle.dumps({"w": [1.0, 2.0]}))
    (root / "README.md").write_text("# evil\n")
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    return root


@pytest.mark.parametrize("jobs", [1, 2])
def test_repository_gets_remote_code_findings_and_every_file_accounted(tmp_path: Path, jobs: int) -> None:
    make_hf_repo(tmp_path / "models" / "evil-repo")
    (tmp_path / "models" / "loose.pkl").write_bytes(CUSTOM)
    report = scan_path(tmp_path / "models", jobs=jobs)
    checks = {(Path(f.location.file or "").name, f.check_id) for f in report.findings}
    assert ("config.json", "scan.repo.remote-code") in checks
    assert ("modeling_evil.py", "scan.repo.remote-code-module") in checks
    assert ("pytorch_model.bin", "scan.pickle.dangerous-global") in checks or any(
        f.evidence.measurements.get("global") == "os.system" for f in report.findings)
    assert any(Path(f.location.file or "").name == "loose.pkl" for f in report.findings)  # outside the repo
    accounted = {Path(f.location.file or "").name for f in report.findings} | {
        Path(s.subject).name for s in report.skipped} | {Path(e.subject).name for e in report.errors}
    assert {"config.json", "modeling_evil.py", "pytorch_model.bin", "README.md", ".git", "loose.pkl"} <= accounted
    assert "weights.pkl" in {Path(i.path).name for i in report.metadata.inputs}  # scanned clean, hashed
    assert not {s.subject for s in report.skipped} & {f.location.file for f in report.findings}


def test_savedmodel_inside_a_repository_is_parsed_as_savedmodel(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parent / "formats"))
    from scanfmt_pbwriter import node, saved_model

    repo = make_hf_repo(tmp_path / "repo")
    (repo / "tf").mkdir()
    (repo / "tf" / "saved_model.pb").write_bytes(saved_model([node("x", "Placeholder"), node("r", "ReadFile")]))
    report = scan_path(repo)
    assert any(f.check_id == "scan.savedmodel.file-op" for f in report.findings)


def test_plain_folder_is_not_a_repository(tree: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert not looks_like_repo(tree)
    assert looks_like_repo(make_hf_repo(tmp_path_factory.mktemp("hf") / "r"))
    assert not any(f.check_id.startswith("scan.repo.") for f in scan_path(tree).findings)


# ---------------------------------------------------------------- dependencies


@pytest.fixture
def osv_db(tmp_path: Path) -> Path:
    db = tmp_path / "osv"
    db.mkdir()
    (db / "GHSA-demo-0001.json").write_text(json.dumps({
        "id": "GHSA-demo-0001", "aliases": ["CVE-2099-0001"], "summary": "demo-pkg runs code",
        "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
        "affected": [{"package": {"ecosystem": "PyPI", "name": "demo-pkg"},
                      "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.2.0"}]}]}],
    }))
    return db


def test_deps_findings_join_the_scan_report(tmp_path: Path, osv_db: Path) -> None:
    req = tmp_path / "requirements.txt"
    req.write_text("demo-pkg==1.1.0\nsafe-pkg==3.0\n")
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "ok.pkl").write_bytes(pickle.dumps([1]))
    report = scan_path(tmp_path / "m", deps=req, vuln_db=osv_db)
    [vuln] = [f for f in report.findings if f.check_id == "scan.deps.vulnerable"]
    assert vuln.threat == "supply-chain" and vuln.severity == Severity.CRITICAL and "demo-pkg" in vuln.title
    assert {i.role for i in report.metadata.inputs} == {"model", "dependencies"}


def test_cli_deps_and_bad_vuln_db(cli, tmp_path: Path, osv_db: Path) -> None:  # type: ignore[no-untyped-def]
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "app"\ndependencies = ["demo-pkg==1.0"]\n')
    code, stdout, err = cli("scan", "--deps", pyproject, "--vuln-db", osv_db, "--json")
    assert code == 1, err
    found = json.loads(stdout)["findings"]
    assert [f["check_id"] for f in found] == ["scan.deps.vulnerable"] and "GHSA-demo-0001" in found[0]["title"]
    code, _, err = cli("scan", "--deps", pyproject, "--vuln-db", tmp_path / "nowhere")
    assert code == 2 and "--vuln-db" in err and "nowhere" in err and "does not exist" in err
    code, _, err = cli("scan", "--deps", tmp_path / "missing.txt", "--vuln-db", osv_db)
    assert code == 2 and "missing.txt" in err
    assert cli("scan", tmp_path, "--vuln-db", osv_db)[0] == 2  # --vuln-db without --deps
    clean = tmp_path / "requirements.txt"
    clean.write_text("demo-pkg==1.2.0\n")
    assert cli("scan", "--deps", clean, "--vuln-db", osv_db)[0] == 0
