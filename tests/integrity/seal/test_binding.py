import pytest

from modelward.integrity import keys
from modelward.integrity.errors import SealError
from modelward.integrity.manifest import Serialization
from modelward.integrity.seal import generate_key_file, open_sealed, rotate_keys, seal_model
from modelward.integrity.seal.binding import sign_package, verify_source
from modelward.integrity.signer import KeySigner
from modelward.integrity.signing import sign_model
from modelward.integrity.trust import Trust, TrustedKey

from ..conftest import make_model


@pytest.fixture
def setup(tmp_path):
    k = keys.generate()
    trust = Trust((TrustedKey(keys.PublicKey.of(k.public_key())),))
    return tmp_path, KeySigner(k), trust, generate_key_file(tmp_path / "kek.key")


def test_a_signed_package_opens_only_while_its_ciphertext_is_intact(setup):
    tmp, signer, trust, kek = setup
    package = seal_model(make_model(tmp / "m"), tmp / "m.sealed", kek)
    sign_package(package, signer)
    open_sealed(package, kek, trust).close()
    new = generate_key_file(tmp / "new.key")
    rotate_keys(package, kek, new)  # keys.json is outside the signature: rotation keeps it valid
    open_sealed(package, new, trust).close()
    blob = next((package / "payload").iterdir())
    data = bytearray(blob.read_bytes())
    data[-1] ^= 1
    blob.write_bytes(bytes(data))
    with pytest.raises(SealError, match=r"refused to open: 1 file\(s\) differ.*payload/"):
        open_sealed(package, new, trust)


@pytest.mark.parametrize("serialization", [Serialization("files"), Serialization("shards", shard_size=16_384)],
                         ids=["files", "shards"])
def test_the_sealed_plaintext_verifies_against_the_models_own_signature(setup, serialization):
    tmp, signer, trust, kek = setup
    model = make_model(tmp / "m")
    signed = sign_model(model, signer, serialization=serialization)
    package = seal_model(model, tmp / "m.sealed", kek, source_signature=signed.bundle_path)
    with open_sealed(package, kek) as sealed:
        result = verify_source(sealed, trust)
    assert result.ok, result.reason


def test_a_model_changed_after_signing_does_not_verify_once_sealed(setup):
    tmp, signer, trust, kek = setup
    model = make_model(tmp / "m")
    signed = sign_model(model, signer, serialization=Serialization("shards", shard_size=16_384))
    (model / "config.json").write_text('{"layers": 99}')
    package = seal_model(model, tmp / "m.sealed", kek, source_signature=signed.bundle_path)
    with open_sealed(package, kek) as sealed:
        result = verify_source(sealed, trust)
    assert not result.ok and "config.json" in result.reason
    with open_sealed(seal_model(model, tmp / "plain.sealed", kek), kek) as unsigned:
        assert "no source signature" in verify_source(unsigned, trust).reason
