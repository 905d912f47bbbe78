import shutil
from pathlib import Path

import pytest

pytest.importorskip("cryptography")

INTEROP = Path(__file__).parents[1] / "integrity" / "data" / "model_signing"


@pytest.fixture
def model(tmp_path):
    return Path(shutil.copytree(INTEROP / "model", tmp_path / "model"))


def test_seal_check_rotate_and_unseal(cli, model, tmp_path):
    code, out, _ = cli("seal-key", tmp_path / "kek.key")
    assert code == 0 and "key id" in out
    code, out, _ = cli("seal", model, "-k", f"file:{tmp_path / 'kek.key'}")
    assert code == 0 and "model.sealed" in out
    package = tmp_path / "model.sealed"
    code, _, err = cli("unseal", package, "-k", tmp_path / "kek.key")
    assert code == 0 and "3 file(s) decrypt and authenticate" in " ".join(err.split())  # the console wraps long paths
    cli("seal-key", tmp_path / "new.key")
    code, _, _ = cli("reseal", package, "-k", tmp_path / "kek.key", "--new-key-provider", tmp_path / "new.key")
    assert code == 0
    code, _, err = cli("unseal", package, "-k", tmp_path / "kek.key")
    assert code == 2 and "no data key is wrapped" in err
    code, out, _ = cli("unseal", package, "-k", tmp_path / "new.key", "--out", tmp_path / "plain")
    assert code == 0 and (tmp_path / "plain" / "weights.bin").read_bytes() == (model / "weights.bin").read_bytes()


def test_a_signed_model_sealed_and_signed_verifies_both_ways(cli, model, tmp_path, monkeypatch):
    monkeypatch.setenv("MODELWARD_KEY_PASSPHRASE", "seal passphrase 1")
    monkeypatch.setenv("MODELWARD_KEYRING", str(tmp_path / "keys"))
    cli("signing-keys", "generate")
    assert cli("sign", model)[0] == 0
    cli("seal-key", tmp_path / "kek.key")
    monkeypatch.setenv("KEK", (tmp_path / "kek.key").read_text())
    code, out, err = cli("seal", model, "-k", "env:KEK", "--sign", "--keyring", tmp_path / "keys")
    assert code == 0 and "signed the package" in out, err
    code, _, err = cli("unseal", tmp_path / "model.sealed", "-k", "env:KEK", "--keyring", tmp_path / "keys")
    assert code == 0 and "is the model signed by key" in err
    blob = sorted((tmp_path / "model.sealed" / "payload").iterdir())[0]
    blob.write_bytes(blob.read_bytes()[:-1] + bytes([blob.read_bytes()[-1] ^ 1]))
    code, _, err = cli("unseal", tmp_path / "model.sealed", "-k", "env:KEK", "--keyring", tmp_path / "keys")
    assert code == 2 and "refused to open" in err
    assert not any(b'{"hidden": 8}' in p.read_bytes() for p in tmp_path.rglob("*")
                   if p.is_file() and "model.sealed" in p.parts)
