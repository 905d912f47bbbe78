import hashlib

import pytest

from modelward import __version__
from modelward.core.findings import Finding, Location, Severity
from modelward.core.render.json import to_json
from modelward.core.report import ErrorRecord, InputRecord, Metadata, Report, Skipped
from modelward.integrity import keys
from modelward.integrity.attest import check_requirement
from modelward.integrity.errors import IntegrityError
from modelward.integrity.manifest import Serialization
from modelward.integrity.signer import KeySigner
from modelward.integrity.signing import sign_model, verify_model
from modelward.integrity.trust import Trust, TrustedKey

MODEL_FILES = ("weights.bin", "sub/deeper/tokenizer.json")


def scan_report(model, path, *, files=MODEL_FILES, skipped=None, findings=(), errors=(), command="scan"):
    """A scan report as `modelward scan MODEL --json` writes it: inputs with hashes, the rest skipped."""
    inputs = tuple(InputRecord.of_file(model / f, "model") for f in files)
    names = [p.relative_to(model).as_posix() for p in model.rglob("*") if p.is_file()]
    skipped = skipped if skipped is not None else [n for n in names if n not in files]
    report = Report(Metadata(__version__, command, subject=str(model), inputs=inputs), findings=tuple(findings),
                    skipped=tuple(Skipped(str(model / n), "not a recognised model format") for n in skipped),
                    errors=tuple(errors))
    path.write_text(to_json(report))
    return path


@pytest.fixture
def signer():
    k = keys.generate()
    return KeySigner(k), Trust((TrustedKey(keys.PublicKey.of(k.public_key())),))


def test_a_clean_scan_covering_every_file_meets_scan_clean(model_dir, tmp_path, signer):
    report = scan_report(model_dir, tmp_path / "scan.json")
    signed = sign_model(model_dir, signer[0], attest=[report], serialization=Serialization("shards", shard_size=20_000))
    (a,) = signed.attestations
    assert a.kind == "scan" and a.verdict == "clean" and set(a.scanned) == set(MODEL_FILES)
    assert a.report_sha256 == hashlib.sha256(report.read_bytes()).hexdigest()
    assert not a.not_covered and not a.stale
    result = verify_model(model_dir, signer[1], require=["scan-clean"])
    assert result.ok, result.reason
    assert result.attestations == signed.attestations


def test_a_model_never_scanned_is_refused(model_dir, signer):
    sign_model(model_dir, signer[0])
    result = verify_model(model_dir, signer[1], require=["scan-clean"])
    assert not result.ok and "never scanned" in result.reason
    assert verify_model(model_dir, signer[1]).ok  # without the requirement the signature alone passes


def test_a_scan_with_findings_or_errors_is_not_clean(model_dir, tmp_path, signer):
    bad = Finding("scan.pickle", "supply-chain", Severity.HIGH, "os.system call", location=Location("weights.bin"))
    for name, kw, verdict in [("f", {"findings": [bad]}, "findings"), ("e", {"errors": [ErrorRecord("x", "boom")]},
                                                                       "errors")]:
        sign_model(model_dir, signer[0], attest=[scan_report(model_dir, tmp_path / f"{name}.json", **kw)])
        result = verify_model(model_dir, signer[1], require=["scan-clean"])
        assert not result.ok and f"is not clean: {verdict}" in result.reason


def test_a_stale_scan_is_refused(model_dir, tmp_path, signer):
    report = scan_report(model_dir, tmp_path / "scan.json")
    (model_dir / "weights.bin").write_bytes(b"swapped after the scan")
    sign_model(model_dir, signer[0], attest=[report])
    result = verify_model(model_dir, signer[1], require=["scan-clean"])
    assert not result.ok
    assert "stale" in result.reason and "weights.bin" in result.reason


def test_a_file_added_after_the_scan_is_not_covered(model_dir, tmp_path, signer):
    report = scan_report(model_dir, tmp_path / "scan.json")
    (model_dir / "payload.pkl").write_bytes(b"\x80\x04N.")
    sign_model(model_dir, signer[0], attest=[report])
    result = verify_model(model_dir, signer[1], require=["scan-clean"])
    assert not result.ok and "files no attested scan covered: payload.pkl" in result.reason


def test_a_big_multi_shard_file_is_matched_by_its_whole_file_hash(model_dir, tmp_path, signer):
    report = scan_report(model_dir, tmp_path / "scan.json")
    signed = sign_model(model_dir, signer[0], attest=[report], serialization=Serialization("shards", shard_size=4096))
    assert "weights.bin" in signed.attestations[0].scanned


def test_an_assessment_is_not_a_scan(model_dir, tmp_path, signer):
    report = scan_report(model_dir, tmp_path / "assess.json", command="assess")
    sign_model(model_dir, signer[0], attest=[report])
    assert verify_model(model_dir, signer[1], require=["assessed"]).ok
    assert not verify_model(model_dir, signer[1], require=["scan-clean"]).ok


def test_unknown_requirements_and_unreadable_reports_are_input_errors(model_dir, tmp_path, signer):
    with pytest.raises(IntegrityError, match="--require 'signed-by-santa'"):
        check_requirement("signed-by-santa", ())
    (tmp_path / "junk.json").write_text('{"schema": "other"}')
    with pytest.raises(IntegrityError, match=r"junk\.json"):
        sign_model(model_dir, signer[0], attest=[tmp_path / "junk.json"])
    assert not (model_dir / "model.sig").exists()  # nothing written when attesting fails
