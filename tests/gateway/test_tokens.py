"""JWT bearer tokens: the three algorithms, every claim check, and the classic forgeries."""

from __future__ import annotations

import json
import time

import pytest

jwt = pytest.importorskip("jwt")
from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec, rsa  # noqa: E402

from modelward.core.errors import ConfigError  # noqa: E402
from modelward.gateway.policy import JwtPolicy  # noqa: E402
from modelward.gateway.tokens import JwtVerifier, TokenError  # noqa: E402

ISS, AUD = "https://idp.example", "modelward"
SECRET = b"s" * 32


@pytest.fixture(scope="module")
def keys():
    return {"rsa": rsa.generate_private_key(public_exponent=65537, key_size=2048),
            "ec": ec.generate_private_key(ec.SECP256R1())}


def _jwks(tmp_path, keys, **extra):
    rsa_jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(keys["rsa"].public_key()))
    ec_jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(keys["ec"].public_key()))
    oct_jwk = json.loads(jwt.algorithms.HMACAlgorithm.to_jwk(SECRET))
    doc = {"keys": [{**rsa_jwk, "kid": "r1"}, {**ec_jwk, "kid": "e1"}, {**oct_jwk, "kid": "h1"}]}
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps(doc))
    return JwtVerifier(JwtPolicy(path, ISS, AUD, **extra))


def _claims(**over):
    now = int(time.time())
    return {"sub": "svc-7", "role": "client", "iss": ISS, "aud": AUD, "exp": now + 60, "nbf": now - 1, **over}


@pytest.mark.parametrize("alg, kid", [("RS256", "r1"), ("ES256", "e1"), ("HS256", "h1")])
def test_each_algorithm_authenticates(tmp_path, keys, alg, kid):
    verifier = _jwks(tmp_path, keys)
    key = {"RS256": keys["rsa"], "ES256": keys["ec"], "HS256": SECRET}[alg]
    principal = verifier.verify(jwt.encode(_claims(), key, algorithm=alg, headers={"kid": kid}))
    assert (principal.client_id, principal.role, principal.method) == ("svc-7", "client", "jwt")


@pytest.mark.parametrize("change, reason", [
    (lambda now: {"exp": now - 10}, "expired"),
    (lambda now: {"nbf": now + 600}, "not valid yet"),
    (lambda now: {"aud": "someone-else"}, "another audience"),
    (lambda now: {"iss": "https://evil.example"}, "another issuer"),
    (lambda now: {"exp": None}, "exp"),
    (lambda now: {"sub": "no spaces allowed"}, "client id"),
], ids=["expired", "not-yet", "audience", "issuer", "no-exp", "bad-sub"])
def test_claims_are_checked(tmp_path, keys, change, reason):
    verifier = _jwks(tmp_path, keys)
    claims = {k: v for k, v in _claims(**change(int(time.time()))).items() if v is not None}  # built now, not at import
    with pytest.raises(TokenError, match=reason):
        verifier.verify(jwt.encode(claims, keys["rsa"], algorithm="RS256", headers={"kid": "r1"}))


def test_a_token_signed_by_another_key_is_refused(tmp_path, keys):
    verifier = _jwks(tmp_path, keys)
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(TokenError, match="signature"):
        verifier.verify(jwt.encode(_claims(), stranger, algorithm="RS256", headers={"kid": "r1"}))


def test_alg_none_and_algorithm_confusion_are_refused(tmp_path, keys):
    verifier = _jwks(tmp_path, keys)
    unsigned = jwt.encode(_claims(), None, algorithm="none")
    with pytest.raises(TokenError, match="not accepted"):
        verifier.verify(unsigned)
    # HS256 "signed" with the RSA public key as the HMAC secret, naming the RSA key's kid
    public_pem = keys["rsa"].public_key().public_bytes(serialization.Encoding.PEM,
                                                        serialization.PublicFormat.SubjectPublicKeyInfo)
    import base64
    import hashlib
    import hmac

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "r1"}).encode())
    body = b64(json.dumps(_claims()).encode())
    sig = b64(hmac.new(public_pem, f"{head}.{body}".encode(), hashlib.sha256).digest())
    with pytest.raises(TokenError, match="no key"):
        verifier.verify(f"{head}.{body}.{sig}")


def test_only_the_allowed_algorithms(tmp_path, keys):
    verifier = _jwks(tmp_path, keys, algorithms=("ES256",))
    with pytest.raises(TokenError, match="not accepted"):
        verifier.verify(jwt.encode(_claims(), keys["rsa"], algorithm="RS256", headers={"kid": "r1"}))


def test_no_kid_is_ambiguous_with_several_keys_of_the_type(tmp_path, keys):
    path = tmp_path / "jwks.json"
    jwk = json.loads(jwt.algorithms.HMACAlgorithm.to_jwk(SECRET))
    other = json.loads(jwt.algorithms.HMACAlgorithm.to_jwk(b"t" * 32))
    path.write_text(json.dumps({"keys": [jwk, other]}))
    verifier = JwtVerifier(JwtPolicy(path, ISS, AUD))
    with pytest.raises(TokenError, match="several keys"):
        verifier.verify(jwt.encode(_claims(), SECRET, algorithm="HS256"))


@pytest.mark.parametrize("doc, message", [
    ("not json", "cannot read"),
    ('{"keys": 3}', "'keys' list"),
    ('{"keys": [{"kty": "oct", "k": "c2hvcnQ"}]}', "at least 32 bytes"),
    ('{"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "AAAA"}]}', "no key fits"),
])
def test_bad_jwks_files_are_config_errors(tmp_path, doc, message):
    path = tmp_path / "jwks.json"
    path.write_text(doc)
    with pytest.raises(ConfigError, match=message):
        JwtVerifier(JwtPolicy(path, ISS, AUD))


def test_jwt_through_the_gateway(serve, tmp_path, keys):
    rsa_jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(keys["rsa"].public_key()))
    (tmp_path / "jwks.json").write_text(json.dumps({"keys": [{**rsa_jwk, "kid": "r1"}]}))
    s = serve(auth={"jwt": {"jwks": "jwks.json", "issuer": ISS, "audience": AUD}})
    from tests.gateway.conftest import rows, v2_body

    token = jwt.encode(_claims(), keys["rsa"], algorithm="RS256", headers={"kid": "r1"})
    ok = s.http.post("/v2/models/cancer/infer", json=v2_body(rows(1)), headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 200
    expired = jwt.encode(_claims(exp=1), keys["rsa"], algorithm="RS256", headers={"kid": "r1"})
    r = s.http.post("/v2/models/cancer/infer", json=v2_body(rows(1)), headers={"Authorization": f"Bearer {expired}"})
    assert r.status_code == 401 and "expired" in r.json()["message"]
    escalated = jwt.encode(_claims(role="superuser"), keys["rsa"], algorithm="RS256", headers={"kid": "r1"})
    r = s.http.post("/v2/models/cancer/infer", json=v2_body(rows(1)),
                    headers={"Authorization": f"Bearer {escalated}"})
    assert r.status_code == 403
