import json
import stat

import pytest

from modelward.integrity import keys
from modelward.integrity.errors import KeyringError
from modelward.integrity.keyring import Keyring

from .conftest import PASSPHRASE


def test_generate_writes_the_private_key_only_encrypted(tmp_path):
    ring = Keyring(tmp_path / "keys")
    info = ring.generate(PASSPHRASE, "ed25519", name="release")
    blob = (ring.directory / f"{info.key_id}.p12").read_bytes()
    private = ring.private_key(PASSPHRASE)
    raw = private.private_bytes_raw()
    assert raw not in blob  # the key's bytes never lie on disk in clear
    assert b"PRIVATE KEY" not in b"".join(p.read_bytes() for p in ring.directory.iterdir())
    assert keys.key_id(private.public_key()) == info.key_id
    assert stat.S_IMODE(ring.directory.stat().st_mode) == 0o700
    assert stat.S_IMODE((ring.directory / f"{info.key_id}.p12").stat().st_mode) == 0o600


def test_a_wrong_or_short_passphrase_is_refused(tmp_path):
    ring = Keyring(tmp_path / "keys")
    with pytest.raises(KeyringError, match="at least 8 characters"):
        ring.generate(b"short")
    assert not ring.list()
    ring.generate(PASSPHRASE)
    with pytest.raises(KeyringError, match="wrong passphrase"):
        ring.private_key(b"not the passphrase")
    with pytest.raises(KeyringError, match="encrypted; give its passphrase"):
        ring.private_key(None)


def test_rotate_retires_or_revokes_the_old_key(tmp_path):
    ring = Keyring(tmp_path / "keys")
    first = ring.generate(PASSPHRASE)
    with pytest.raises(KeyringError, match="already active"):
        ring.generate(PASSPHRASE)
    old, new = ring.rotate(PASSPHRASE)
    assert old.key_id == first.key_id and old.status == "retired" and old.replaced_by == new.key_id
    assert ring.active().key_id == new.key_id
    with pytest.raises(KeyringError, match="retired; sign with the active key"):
        ring.private_key(PASSPHRASE, first.key_id[:12])
    old2, newest = ring.rotate(PASSPHRASE, "ed25519", revoke=True)
    assert old2.status == "revoked" and newest.algorithm == "ed25519"
    statuses = {k.key_id: k.status for k in ring.list()}
    assert list(statuses.values()) == ["retired", "revoked", "active"]
    assert {i.status for _, i in ring.public_keys().values()} == {"retired", "revoked", "active"}


def test_find_needs_an_unambiguous_prefix(tmp_path):
    ring = Keyring(tmp_path / "keys")
    info = ring.generate(PASSPHRASE)
    assert ring.find(info.key_id[:8]) == info
    with pytest.raises(KeyringError, match="not in the keyring"):
        ring.find("abc")
    with pytest.raises(KeyringError, match="no active signing key"):
        Keyring(tmp_path / "empty").active()


def test_a_swapped_public_key_file_is_detected(tmp_path):
    ring = Keyring(tmp_path / "keys")
    info = ring.generate(PASSPHRASE)
    (ring.directory / f"{info.key_id}.pub.pem").write_bytes(keys.PublicKey.of(keys.generate().public_key()).pem())
    with pytest.raises(KeyringError, match="tampered"):
        ring.public_keys()


def test_a_foreign_or_future_index_is_refused(tmp_path):
    ring = Keyring(tmp_path / "keys")
    ring.directory.mkdir()
    ring.index_path.write_text(json.dumps({"schema": "other"}))
    with pytest.raises(KeyringError, match="not a modelward keyring"):
        ring.list()
    ring.index_path.write_text(json.dumps({"schema": "modelward.keyring", "version": 9}))
    with pytest.raises(KeyringError, match="version 9"):
        ring.list()


def test_pem_keys_made_elsewhere_can_be_read_encrypted_or_not(tmp_path, ec_key):
    from .conftest import write_pem_key

    k, plain, _ = ec_key
    assert keys.key_id(keys.load_private_key(plain, None).public_key()) == keys.key_id(k.public_key())
    enc = write_pem_key(k, tmp_path / "enc.pem", b"secret-pass")
    with pytest.raises(KeyringError, match="encrypted"):
        keys.load_private_key(enc, None)
    assert keys.load_private_key(enc, b"secret-pass")
    (tmp_path / "junk.pem").write_text("-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n")
    with pytest.raises(KeyringError, match="cannot decrypt or parse"):
        keys.load_private_key(tmp_path / "junk.pem", None)


def test_unsupported_keys_are_named(tmp_path):
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    with pytest.raises(KeyringError, match="RSAPublicKey keys are not supported"):
        keys.algorithm_of(rsa.generate_private_key(65537, 2048).public_key())
    with pytest.raises(KeyringError, match="secp256k1"):
        keys.algorithm_of(ec.generate_private_key(ec.SECP256K1()).public_key())
    with pytest.raises(KeyringError, match="expected one of"):
        keys.generate("rsa")
