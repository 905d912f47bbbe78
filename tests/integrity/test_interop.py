"""Interoperability with OpenSSF model signing (`model-signing` on PyPI), both ways.

The first tests read bundles the real model-signing made (committed by bench/integrity/make_interop_fixtures.py),
so they run without it; the rest sign with one tool and verify with the other, when model-signing is installed.
"""

import shutil
from pathlib import Path

import pytest

from modelward.integrity import keys
from modelward.integrity.certs import load_certificates
from modelward.integrity.manifest import Serialization, build_manifest
from modelward.integrity.signer import KeySigner
from modelward.integrity.signing import sign_model, verify_model
from modelward.integrity.trust import Trust

DATA = Path(__file__).parent / "data" / "model_signing"


@pytest.fixture
def fixture_model(tmp_path):
    return Path(shutil.copytree(DATA / "model", tmp_path / "model"))


@pytest.mark.parametrize("bundle", ["files.sig", "shards.sig"])
def test_bundles_made_by_model_signing_verify_here(fixture_model, bundle):
    result = verify_model(fixture_model, Trust.from_files([DATA / "key.pub"]), signature=DATA / bundle)
    assert result.ok, result.reason
    assert result.signer.key_id == keys.load_public_key(DATA / "key.pub").key_id
    assert sorted(result.manifest.files) == ["config.json", "sub/tokenizer.json", "weights.bin"]


def test_a_certificate_bundle_made_by_model_signing_verifies_against_its_root(fixture_model):
    trust = Trust.from_files(roots=[DATA / "root.pem"])
    result = verify_model(fixture_model, trust, signature=DATA / "certificate.sig")
    assert result.ok, result.reason
    assert "interop signer" in result.signer.subject


def test_a_model_signing_bundle_still_catches_a_flipped_byte(fixture_model):
    data = bytearray((fixture_model / "weights.bin").read_bytes())
    data[5000] ^= 1
    (fixture_model / "weights.bin").write_bytes(bytes(data))
    result = verify_model(fixture_model, Trust.from_files([DATA / "key.pub"]), signature=DATA / "shards.sig")
    assert not result.ok
    assert result.diff.changed[0].name == "weights.bin" and result.diff.changed[0].ranges == ((4096, 8192),)


@pytest.fixture
def model_signing():
    return pytest.importorskip("model_signing")


@pytest.fixture
def plain_model(model_dir):
    """model-signing cannot parse a shard of a file whose name holds ':' (it splits on every colon, even in
    its own bundles); modelward reads such names from the right. Interop runs on names without one."""
    (model_dir / "with:colon.txt").unlink()
    return model_dir


@pytest.mark.parametrize("serialization", [Serialization("files"), Serialization("shards", shard_size=10_000)],
                         ids=["files", "shards"])
def test_our_bundles_verify_with_model_signing(model_signing, plain_model, ec_key, tmp_path, serialization):
    model_dir = plain_model
    k, _, pub = ec_key
    sign_model(model_dir, KeySigner(k), signature=tmp_path / "ours.sig", serialization=serialization)
    model_signing.verifying.Config().use_elliptic_key_verifier(public_key=pub).verify(model_dir, tmp_path / "ours.sig")
    (model_dir / "config.json").write_text("{}")
    with pytest.raises(ValueError, match=r"config\.json"):
        model_signing.verifying.Config().use_elliptic_key_verifier(public_key=pub).verify(model_dir,
                                                                                          tmp_path / "ours.sig")


def test_our_certificate_bundles_verify_with_model_signing(model_signing, plain_model, tmp_path):
    model_dir = plain_model
    from .conftest import make_ca, make_leaf, write_certs

    ca_key, ca = make_ca()
    leaf_key, leaf = make_leaf(ca_key, ca)
    chain = load_certificates([write_certs(tmp_path / "chain.pem", leaf)])
    sign_model(model_dir, KeySigner(leaf_key, chain), signature=tmp_path / "ours.sig")
    (model_signing.verifying.Config().use_certificate_verifier(certificate_chain=[write_certs(tmp_path / "r.pem", ca)])
     .verify(model_dir, tmp_path / "ours.sig"))


@pytest.mark.parametrize("shard_size", [None, 20_000])
def test_model_signing_bundles_made_now_verify_here(model_signing, model_dir, ec_key, tmp_path, shard_size):
    _, private, pub = ec_key
    hashing = model_signing.hashing.Config()
    if shard_size:
        hashing = hashing.use_shard_serialization(shard_size=shard_size)
    (model_signing.signing.Config().use_elliptic_key_signer(private_key=private).set_hashing_config(hashing)
     .sign(model_dir, tmp_path / "theirs.sig"))
    trust = Trust.from_files([pub])
    assert verify_model(model_dir, trust, signature=tmp_path / "theirs.sig").ok
    (model_dir / "sub" / "new.bin").write_bytes(b"new")
    result = verify_model(model_dir, trust, signature=tmp_path / "theirs.sig")
    assert not result.ok and result.diff.added == ("sub/new.bin",)


def test_manifests_are_identical_to_model_signing_ones(model_signing, model_dir):
    for ours, theirs in [(Serialization("files"), model_signing.hashing.Config()),
                         (Serialization("shards", shard_size=4096),
                          model_signing.hashing.Config().use_shard_serialization(shard_size=4096))]:
        mine = build_manifest(model_dir, ours)
        expected = theirs.hash(model_dir)
        assert [(r.name, r.digest) for r in mine.resources] == [
            (d.identifier, d.digest.digest_hex) for d in expected.resource_descriptors()]
