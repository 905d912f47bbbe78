import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("cryptography")

INTEROP = Path(__file__).parents[1] / "integrity" / "data" / "model_signing"


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("MODELWARD_KEY_PASSPHRASE", "store passphrase")
    monkeypatch.setenv("MODELWARD_KEYRING", str(tmp_path / "keys"))
    monkeypatch.setenv("MODELWARD_STORE", str(tmp_path / "store"))
    return tmp_path


def test_push_promote_rollback_checkout(cli, env, tmp_path):
    model = Path(shutil.copytree(INTEROP / "model", tmp_path / "model"))
    cli("signing-keys", "generate")
    assert cli("store", "push", model, "--name", "credit", "--note", "baseline")[0] == 0
    (model / "config.json").write_text('{"hidden": 16}\n')
    code, out, _ = cli("store", "push", model, "--name", "credit")
    assert code == 0 and out.startswith("credit v2: 3 file(s)")
    cli("store", "promote", "credit", "1")
    code, out, _ = cli("store", "promote", "credit", "2")
    assert out.strip() == "credit: production -> v2"
    code, out, _ = cli("store", "rollback", "credit")
    assert code == 0 and out.strip() == "credit: production rolled back to v1"
    code, out, _ = cli("store", "list", "--json")
    assert [v["stages"] for v in json.loads(out)] == [["production"], []]
    assert cli("store", "checkout", "credit", "production", tmp_path / "out")[0] == 0
    assert (tmp_path / "out" / "config.json").read_text() == '{"hidden": 8}\n'
    code, out, _ = cli("verify", tmp_path / "out")
    assert code == 0
    code, out, _ = cli("store", "log", "credit")
    assert "rollback production v2 -> v1" in out


def test_a_tampered_object_fails_verify_with_exit_2(cli, env, tmp_path):
    model = Path(shutil.copytree(INTEROP / "model", tmp_path / "model"))
    cli("signing-keys", "generate")
    cli("store", "push", model, "--name", "credit")
    obj = next(p for p in (tmp_path / "store" / "objects").rglob("*") if p.is_file() and p.stat().st_size == 10240)
    obj.chmod(0o644)
    obj.write_bytes(b"\0" * 10240)
    code, _, err = cli("store", "verify", "credit", "1")
    assert code == 2 and "weights.bin: its stored object" in err and "was altered" in err


def test_quarantine_refuses_checkout_until_release(cli, env, tmp_path):
    model = Path(shutil.copytree(INTEROP / "model", tmp_path / "model"))
    cli("signing-keys", "generate")
    cli("store", "push", model, "--name", "credit")
    cli("store", "promote", "credit", "1")
    code, out, err = cli("store", "quarantine", "credit", "production", "--reason", "scan: os.system",
                         "--incident", "INC-7")
    assert code == 0 and out.strip() == "credit v1: quarantined (scan: os.system)" and "production still" in err
    code, out, _ = cli("store", "list")
    assert "QUARANTINED (scan: os.system)" in out
    code, _, err = cli("store", "checkout", "credit", "production", tmp_path / "out")
    assert code == 2 and "quarantined" in err and not (tmp_path / "out").exists()
    assert cli("store", "checkout", "credit", "1", tmp_path / "evidence", "--forensic")[0] == 0
    assert cli("store", "release", "credit", "1", "--reason", "false positive")[0] == 0
    assert cli("store", "checkout", "credit", "production", tmp_path / "out")[0] == 0
    code, out, _ = cli("store", "log", "credit", "--json")
    assert [e["action"] for e in json.loads(out)] == ["push", "promote", "quarantine", "forensic-checkout", "release"]
