import json
from importlib import metadata

import pytest

from modelward.core.errors import ConfigError, DataError
from modelward.core.findings import Severity
from modelward.scan.deps import audit_dependencies, cvss3_score

CRITICAL_VECTOR = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"


def advisory(
    id_, name, *, ranges=None, versions=None, severity=None, label=None, aliases=(), ecosystem="PyPI", withdrawn=None
):
    rec = {
        "id": id_,
        "aliases": list(aliases),
        "summary": f"{name} issue",
        "affected": [
            {
                "package": {"ecosystem": ecosystem, "name": name},
                "ranges": [{"type": "ECOSYSTEM", "events": ranges}] if ranges else [],
                "versions": versions or [],
            }
        ],
    }
    if severity:
        rec["severity"] = [{"type": "CVSS_V3", "score": severity}]
    if label:
        rec["database_specific"] = {"severity": label}
    if withdrawn:
        rec["withdrawn"] = withdrawn
    return rec


@pytest.fixture
def vuln_db(tmp_path):
    db = tmp_path / "osv" / "PyPI"
    db.mkdir(parents=True)
    records = [
        advisory(
            "GHSA-aaaa-bbbb-cccc",
            "Demo_Pkg",
            ranges=[{"introduced": "0"}, {"fixed": "1.2.0"}],
            severity=CRITICAL_VECTOR,
            aliases=["CVE-2099-0001", "PYSEC-2099-1"],
        ),
        advisory("PYSEC-2099-2", "other-pkg", versions=["2.0.0", "2.0.1"], label="MODERATE"),
        advisory(
            "GHSA-late-late-late", "demo-pkg", ranges=[{"introduced": "2.0"}, {"last_affected": "2.1"}], label="LOW"
        ),
        advisory(
            "GHSA-gone-gone-gone",
            "demo-pkg",
            ranges=[{"introduced": "0"}],
            label="HIGH",
            withdrawn="2099-01-01T00:00:00Z",
        ),
        advisory("GHSA-npm0-npm0-npm0", "demo-pkg", ranges=[{"introduced": "0"}], label="HIGH", ecosystem="npm"),
    ]
    for rec in records:
        (db / f"{rec['id']}.json").write_text(json.dumps(rec))
    return tmp_path / "osv"


def test_cvss3_scores_match_the_specification_examples():
    assert cvss3_score(CRITICAL_VECTOR) == 9.8
    assert cvss3_score("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N") == 6.1
    assert cvss3_score("CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N") == 5.5
    assert cvss3_score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N") == 0.0
    assert cvss3_score("garbage") is None


def test_requirements_pinned_ranged_and_unpinned(tmp_path, vuln_db):
    (tmp_path / "base.txt").write_text("other-pkg>=2.0,<3  # range\n")
    req = tmp_path / "requirements.txt"
    req.write_text(
        "# comment\n-r base.txt\n--index-url https://example.invalid/simple\n"
        "demo-pkg==1.1.0 \\\n    --hash=sha256:abc\nsafe-thing\nlocalpkg @ https://example.invalid/x.whl\n"
        "not a requirement !!\n"
    )
    findings = {f.check_id: f for f in audit_dependencies(req, vuln_db)}
    vul = findings["scan.deps.vulnerable"]
    assert vul.severity == Severity.CRITICAL and vul.location.row == 4
    assert "demo-pkg 1.1.0" in vul.title and "GHSA-aaaa-bbbb-cccc, CVE-2099-0001" in vul.title
    assert vul.evidence.measurements["fixed"] == "1.2.0" and vul.evidence.measurements["cvss"] == 9.8
    ranged = findings["scan.deps.range-vulnerable"]
    assert (
        ranged.severity == Severity.MEDIUM
        and "PYSEC-2099-2" in ranged.title
        and ranged.location.file.endswith("base.txt")
    )
    assert (
        findings["scan.deps.unpinned"].severity == Severity.INFO
        and "safe-thing" in findings["scan.deps.unpinned"].title
    )
    assert findings["scan.deps.unverifiable"].severity == Severity.LOW
    assert findings["scan.deps.unparsed"].location.row == 8


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("demo-pkg==1.2.0", set()),
        ("demo-pkg==2.1", {("scan.deps.vulnerable", Severity.LOW)}),
        ("demo-pkg==2.1.1", set()),
        ("demo-pkg>=1.2,<2", {("scan.deps.unpinned", Severity.INFO)}),
        ("demo-pkg>=1.0", {("scan.deps.range-vulnerable", Severity.CRITICAL)}),
        ("demo-pkg>1.2.0,!=2.0", {("scan.deps.range-vulnerable", Severity.LOW)}),
    ],
)
def test_version_semantics(tmp_path, vuln_db, spec, expected):
    req = tmp_path / "r.txt"
    req.write_text(spec + "\n")
    assert {(f.check_id, f.severity) for f in audit_dependencies(req, vuln_db)} == expected


def test_pyproject_dependencies_and_groups(tmp_path, vuln_db):
    py = tmp_path / "pyproject.toml"
    py.write_text(
        '[project]\nname = "app"\ndependencies = ["demo-pkg==1.0"]\n'
        '[project.optional-dependencies]\nx = ["other-pkg==2.0.1", "app[x]"]\n'
        '[dependency-groups]\ndev = ["demo-pkg==2.0"]\n'
    )
    got = sorted(
        (f.evidence.measurements.get("package"), f.evidence.measurements.get("advisory"), f.location.row)
        for f in audit_dependencies(py, vuln_db)
    )
    assert got == [
        ("demo-pkg", "GHSA-aaaa-bbbb-cccc", 3),
        ("demo-pkg", "GHSA-late-late-late", 7),
        ("other-pkg", "PYSEC-2099-2", 5),
    ]


def test_environment_uses_installed_versions(tmp_path):
    installed = metadata.version("packaging")
    db = tmp_path / "db"
    db.mkdir()
    (db / "x.json").write_text(
        json.dumps(
            advisory(
                "GHSA-envv-envv-envv",
                "packaging",
                ranges=[{"introduced": "0"}, {"last_affected": installed}],
                label="HIGH",
            )
        )
    )
    [f] = [f for f in audit_dependencies("environment", db) if f.check_id == "scan.deps.vulnerable"]
    assert f.evidence.measurements["installed"] == installed and f.severity == Severity.HIGH


def test_no_database_and_bad_inputs(tmp_path):
    req = tmp_path / "r.txt"
    req.write_text("demo-pkg==1.0\n")
    assert [f.check_id for f in audit_dependencies(req, None)] == ["scan.deps.no-database"]
    with pytest.raises(DataError, match="not a file"):
        audit_dependencies(tmp_path / "missing.txt", None)
    bad_db = tmp_path / "bad"
    bad_db.mkdir()
    (bad_db / "a.json").write_text('{"name": "demo-pkg", broken')
    with pytest.raises(ConfigError, match="not valid JSON"):
        audit_dependencies(req, bad_db)
    with pytest.raises(ConfigError, match="not a directory"):
        audit_dependencies(req, tmp_path / "nope")
