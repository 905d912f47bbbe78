"""Vault Transit wrapping against a fake Vault (httpx transport) that behaves as Vault documents:
POST /v1/transit/{encrypt,decrypt}/NAME with base64 plaintext and context; the token is required."""

import base64
import json
import os

import pytest

httpx = pytest.importorskip("httpx")

from modelward.integrity.errors import SealError  # noqa: E402
from modelward.integrity.seal import VaultTransit, open_sealed, rotate_keys, seal_model  # noqa: E402

from ..conftest import make_model  # noqa: E402


class FakeVault:
    def __init__(self):
        self.key = os.urandom(32)
        self.calls = []

    def handler(self, request):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.calls.append(request.url.path)
        if request.headers.get("X-Vault-Token") != "s.test":
            return httpx.Response(403, json={"errors": ["permission denied"]})
        body = json.loads(request.content)
        context = base64.b64decode(body["context"])
        op, name = request.url.path.split("/")[-2:]
        if name != "model-kek":
            return httpx.Response(400, json={"errors": ["encryption key not found"]})
        if op == "encrypt":
            nonce = os.urandom(12)
            ct = AESGCM(self.key).encrypt(nonce, base64.b64decode(body["plaintext"]), context)
            wrapped = "vault:v1:" + base64.b64encode(nonce + ct).decode()
            return httpx.Response(200, json={"data": {"ciphertext": wrapped}})
        raw = base64.b64decode(body["ciphertext"].removeprefix("vault:v1:"))
        try:
            pt = AESGCM(self.key).decrypt(raw[:12], raw[12:], context)
        except Exception:
            return httpx.Response(400, json={"errors": ["cipher: message authentication failed"]})
        return httpx.Response(200, json={"data": {"plaintext": base64.b64encode(pt).decode()}})


@pytest.fixture
def vault():
    fake = FakeVault()
    return fake, VaultTransit("https://vault.example/v1/transit/keys/model-kek", "s.test",
                              httpx.MockTransport(fake.handler))


def test_vault_wraps_the_data_key_and_the_model_never_reaches_vault(tmp_path, vault):
    fake, provider = vault
    model = make_model(tmp_path / "m")
    package = seal_model(model, tmp_path / "m.sealed", provider)
    with open_sealed(package, provider) as sealed:
        assert sealed.read("config.json") == b'{"layers": 2}'
    assert fake.calls == ["/v1/transit/encrypt/model-kek", "/v1/transit/decrypt/model-kek"]


def test_vault_errors_are_named(tmp_path, vault):
    fake, provider = vault
    package = seal_model(make_model(tmp_path / "m"), tmp_path / "m.sealed", provider)
    bad_token = VaultTransit(provider.url, "wrong", httpx.MockTransport(fake.handler))
    with pytest.raises(SealError, match="HTTP 403"):
        open_sealed(package, bad_token)
    fake.key = os.urandom(32)  # the Vault key was replaced: unwrapping fails closed
    with pytest.raises(SealError, match="HTTP 400"):
        open_sealed(package, provider)


def test_rotation_from_a_local_key_to_vault(tmp_path, vault):
    from modelward.integrity.seal import generate_key_file

    _, provider = vault
    local = generate_key_file(tmp_path / "kek.key")
    package = seal_model(make_model(tmp_path / "m"), tmp_path / "m.sealed", local)
    rotate_keys(package, local, provider)
    open_sealed(package, provider).close()
