import base64
import json
import os
import shutil

import pytest

from modelward.integrity.errors import KeyringError, SealError
from modelward.integrity.seal import (
    EnvKey,
    generate_key_file,
    open_sealed,
    provider_from_uri,
    rotate_keys,
    seal_model,
    unseal_to,
)
from modelward.integrity.seal.stream import TAG

from ..conftest import forbid_writes, make_model

CHUNK = 4096


@pytest.fixture
def kek(tmp_path):
    return generate_key_file(tmp_path / "kek.key")


@pytest.fixture
def sealed(tmp_path, kek):
    model = make_model(tmp_path / "model")
    (model / "chunks.bin").write_bytes(os.urandom(3 * CHUNK + 1))
    return model, seal_model(model, tmp_path / "model.sealed", kek, chunk_size=CHUNK)


def test_a_sealed_model_opens_in_memory_to_the_same_bytes(sealed, kek):
    model, package = sealed
    with open_sealed(package, kek) as s:
        assert set(s.files) == {p.relative_to(model).as_posix() for p in model.rglob("*") if p.is_file()}
        for name in s.files:
            assert s.read(name) == (model / name).read_bytes()
        assert s.read("empty") == b""


def test_the_package_reveals_no_plaintext_or_file_name(sealed):
    model, package = sealed
    blob = b"".join(p.read_bytes() for p in package.rglob("*") if p.is_file())
    assert b'{"layers": 2}' not in blob and b"tokenizer" not in blob and b"weights.bin" not in blob
    assert (model / "weights.bin").read_bytes()[:64] not in blob


def test_a_single_file_model_round_trips_through_unseal(tmp_path, kek):
    (tmp_path / "m.onnx").write_bytes(os.urandom(10_000))
    package = seal_model(tmp_path / "m.onnx", tmp_path / "m.sealed", kek, chunk_size=CHUNK)
    assert unseal_to(package, kek, tmp_path / "back.onnx").read_bytes() == (tmp_path / "m.onnx").read_bytes()
    with pytest.raises(SealError, match="never overwrites"):
        unseal_to(package, kek, tmp_path / "back.onnx")
    with pytest.raises(SealError, match="never overwritten"):
        seal_model(tmp_path / "m.onnx", tmp_path / "m.sealed", kek)


def test_opening_writes_nothing(sealed, kek, monkeypatch):
    _, package = sealed
    forbid_writes(monkeypatch)
    with open_sealed(package, kek) as s:
        s.verify()
        assert s.read("weights.bin")


def test_the_wrong_key_is_named(sealed, tmp_path):
    _, package = sealed
    other = generate_key_file(tmp_path / "other.key")
    with pytest.raises(SealError, match=f"no data key is wrapped for file:{other.key_id}"):
        open_sealed(package, other)


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 1
    path.write_bytes(bytes(data))


def blob_of(package, kek, name):
    with open_sealed(package, kek) as s:
        return package / "payload" / f"{s.files[name].blob:06d}.bin"


@pytest.mark.parametrize("attack, match", [
    ("flip", "chunk 1 of 4 fails authentication"),
    ("truncate", "truncated or extended"),
    ("extend", "truncated or extended"),
    ("reorder", "chunk 0 of 4 fails authentication"),
    ("drop_last", "truncated or extended"),
])
def test_tampered_ciphertext_fails_closed(sealed, kek, attack, match):
    _, package = sealed
    path = blob_of(package, kek, "chunks.bin")
    data = path.read_bytes()
    step = CHUNK + TAG
    tampered = {"flip": lambda d: d[:step + 5] + bytes([d[step + 5] ^ 1]) + d[step + 6:],
                "truncate": lambda d: d[:-1],
                "extend": lambda d: d + b"\0",
                "reorder": lambda d: d[step:2 * step] + d[:step] + d[2 * step:],
                "drop_last": lambda d: d[:3 * step]}[attack](data)
    path.write_bytes(tampered)
    with open_sealed(package, kek) as s, pytest.raises(SealError, match=match):
        s.read("chunks.bin")


def test_blobs_swapped_between_files_or_packages_fail(sealed, kek, tmp_path):
    model, package = sealed
    a, b = blob_of(package, kek, "a.txt"), blob_of(package, kek, "config.json")
    shutil.copy(b, a)
    with open_sealed(package, kek) as s, pytest.raises(SealError):
        s.read("a.txt")
    twin = seal_model(model, tmp_path / "twin.sealed", kek, chunk_size=CHUNK)  # same key, same files
    shutil.copy(blob_of(twin, kek, "config.json"), blob_of(package, kek, "config.json"))
    with open_sealed(package, kek) as s, pytest.raises(SealError, match="fails authentication"):
        s.read("config.json")


def test_a_tampered_header_or_key_record_fails(sealed, kek, tmp_path):
    model, package = sealed
    header = json.loads((package / "seal.json").read_text())
    header["chunk_size"] = 8192
    (package / "seal.json").write_text(json.dumps(header))
    with pytest.raises(SealError, match="tampered"):
        open_sealed(package, kek)
    header["chunk_size"], header["version"] = CHUNK, 2
    (package / "seal.json").write_text(json.dumps(header))
    with pytest.raises(SealError, match="version 2"):
        open_sealed(package, kek)
    header["version"] = 1
    (package / "seal.json").write_text(json.dumps(header))
    other = seal_model(model, tmp_path / "other.sealed", kek, chunk_size=CHUNK)
    shutil.copy(other / "keys.json", package / "keys.json")
    with pytest.raises(SealError, match="belongs to package"):
        open_sealed(package, kek)
    keys = json.loads((other / "keys.json").read_text())
    keys["package_id"] = header["package_id"]  # a key record moved from another package, relabelled
    (package / "keys.json").write_text(json.dumps(keys))
    with pytest.raises(SealError, match="does not unwrap"):
        open_sealed(package, kek)


def test_rotation_rewraps_without_touching_the_payload(sealed, kek, tmp_path):
    _, package = sealed
    new = generate_key_file(tmp_path / "new.key")
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (package / "payload").iterdir()}
    rotate_keys(package, kek, new)
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (package / "payload").iterdir()} == before
    with open_sealed(package, new) as s:
        assert s.read("a.txt") == b"a"
    with pytest.raises(SealError, match="no data key is wrapped"):
        open_sealed(package, kek)
    third = generate_key_file(tmp_path / "third.key")
    rotate_keys(package, new, third, keep_old=True)
    open_sealed(package, new).close()
    open_sealed(package, third).close()


def test_key_providers_from_uris_and_env(tmp_path, monkeypatch, sealed):
    _, package = sealed
    key_text = (tmp_path / "kek.key").read_text()
    monkeypatch.setenv("MODEL_KEK", key_text)
    env = provider_from_uri("env:MODEL_KEK")
    assert isinstance(env, EnvKey) and env.key_id == provider_from_uri(f"file:{tmp_path / 'kek.key'}").key_id
    open_sealed(package, env).close()  # same KEK, another provider kind: the record names the provider
    monkeypatch.setenv("SHORT", base64.b64encode(b"x" * 16).decode())
    with pytest.raises(KeyringError, match="holds 16 bytes"):
        provider_from_uri("env:SHORT")
    with pytest.raises(KeyringError, match="is not set"):
        provider_from_uri("env:NOT_SET_ANYWHERE")
    with pytest.raises(KeyringError, match="unknown scheme"):
        provider_from_uri("kms:aws/alias")
    with pytest.raises(KeyringError, match="never overwritten"):
        generate_key_file(tmp_path / "kek.key")
    assert oct((tmp_path / "kek.key").stat().st_mode & 0o777) == "0o600"


def test_a_file_changed_while_sealing_is_refused(tmp_path, kek, monkeypatch):
    model = make_model(tmp_path / "m")
    from modelward.integrity.seal import package as mod

    real = mod.list_files

    def list_then_grow(*a, **kw):
        files = real(*a, **kw)
        with open(model / "weights.bin", "ab") as fh:
            fh.write(b"more")
        return files

    monkeypatch.setattr(mod, "list_files", list_then_grow)
    with pytest.raises(SealError, match="changed between listing and sealing"):
        seal_model(model, tmp_path / "m.sealed", kek)
    assert not (tmp_path / "m.sealed").exists() and not list(tmp_path.glob(".m.sealed.*"))
