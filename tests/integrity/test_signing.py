import base64
import json
import os

import pytest

from modelward.integrity import keys
from modelward.integrity.bundle import read_bundle, write_bundle
from modelward.integrity.errors import BundleError
from modelward.integrity.manifest import Serialization
from modelward.integrity.signer import KeySigner
from modelward.integrity.signing import default_signature_path, sign_model, verify_model
from modelward.integrity.trust import Trust, TrustedKey

from .conftest import make_ca, make_leaf, write_certs


def trust_of(*private_keys, status="active"):
    return Trust(tuple(TrustedKey(keys.PublicKey.of(k.public_key()), status) for k in private_keys))


@pytest.mark.parametrize("algorithm", ["ecdsa-p256", "ecdsa-p384", "ed25519"])
def test_sign_then_verify_with_each_algorithm(model_dir, algorithm):
    k = keys.generate(algorithm)
    signed = sign_model(model_dir, KeySigner(k))
    assert signed.bundle_path == model_dir / "model.sig"
    result = verify_model(model_dir, trust_of(k))
    assert result.ok, result.reason
    assert result.signer.key_id == keys.key_id(k.public_key()) == signed.key_id
    assert result.signer.algorithm == algorithm


def test_the_bundle_names_its_key_in_the_hint_and_in_the_signature(model_dir, ec_key):
    k, _, _ = ec_key
    sign_model(model_dir, KeySigner(k))
    raw = json.loads((model_dir / "model.sig").read_text())
    kid = keys.key_id(k.public_key())
    assert raw["mediaType"] == "application/vnd.dev.sigstore.bundle.v0.3+json"
    assert raw["verificationMaterial"]["publicKey"]["hint"] == kid
    assert raw["dsseEnvelope"]["signatures"][0]["keyid"] == kid
    statement = json.loads(base64.b64decode(raw["dsseEnvelope"]["payload"]))
    assert statement["predicateType"] == "https://model_signing/signature/v1.0"
    assert statement["predicate"]["modelward"]["key_id"] == kid
    assert "model.sig" in statement["predicate"]["serialization"]["ignore_paths"]


def test_a_file_model_gets_its_signature_beside_it(model_dir, ec_key):
    k, _, _ = ec_key
    target = model_dir / "weights.bin"
    assert default_signature_path(target) == model_dir / "weights.bin.sig"
    sign_model(target, KeySigner(k), serialization=Serialization("files"))
    assert verify_model(target, trust_of(k)).ok


def test_every_changed_added_and_removed_file_is_named(model_dir, ec_key):
    k, _, _ = ec_key
    sign_model(model_dir, KeySigner(k), serialization=Serialization("shards", shard_size=16_384))
    with open(model_dir / "weights.bin", "r+b") as fh:
        fh.seek(20_000)
        fh.write(b"\xff")
    os.remove(model_dir / "a" / "b")
    (model_dir / "sub" / "backdoor.pkl").write_bytes(b"\x80\x04")
    result = verify_model(model_dir, trust_of(k))
    assert not result.ok
    assert result.diff.added == ("sub/backdoor.pkl",) and result.diff.removed == ("a/b",)
    assert result.diff.changed[0].name == "weights.bin" and result.diff.changed[0].ranges == ((16_384, 32_768),)
    assert "3 file(s) differ" in result.reason and "weights.bin (bytes 16384-32768)" in result.reason


def test_a_signature_by_another_key_fails_and_names_the_key(model_dir):
    signer, other = keys.generate(), keys.generate()
    sign_model(model_dir, KeySigner(signer))
    result = verify_model(model_dir, trust_of(other))
    assert not result.ok
    assert keys.key_id(signer.public_key())[:16] in result.reason and "not among the trusted keys" in result.reason


def test_a_forged_hint_does_not_help_another_key(model_dir, tmp_path):
    signer, trusted = keys.generate(), keys.generate()
    sign_model(model_dir, KeySigner(signer))
    raw = json.loads((model_dir / "model.sig").read_text())
    raw["verificationMaterial"]["publicKey"]["hint"] = keys.key_id(trusted.public_key())
    raw["dsseEnvelope"]["signatures"][0]["keyid"] = keys.key_id(trusted.public_key())
    (model_dir / "model.sig").write_text(json.dumps(raw))
    result = verify_model(model_dir, trust_of(trusted))
    assert not result.ok and "does not verify with the trusted key" in result.reason


def _tamper_payload(sig_path, change):
    raw = json.loads(sig_path.read_text())
    statement = json.loads(base64.b64decode(raw["dsseEnvelope"]["payload"]))
    change(statement)
    raw["dsseEnvelope"]["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()
    sig_path.write_text(json.dumps(raw))


def test_a_tampered_manifest_fails_the_signature(model_dir, ec_key):
    k, _, _ = ec_key
    sign_model(model_dir, KeySigner(k))
    (model_dir / "config.json").write_text('{"layers": 3}')

    def hide_change(st):  # an insider rewrites the manifest to match the new file
        import hashlib

        for r in st["predicate"]["resources"]:
            if r["name"].startswith("config.json"):
                r["digest"] = hashlib.sha256(b'{"layers": 3}').hexdigest()

    _tamper_payload(model_dir / "model.sig", hide_change)
    result = verify_model(model_dir, trust_of(k))
    assert not result.ok and "does not verify" in result.reason


def test_a_signed_statement_whose_subject_does_not_match_its_resources_is_rejected(model_dir, ec_key):
    from modelward.integrity.signer import sign_payload
    from modelward.integrity.statement import encode, statement_for

    k, _, _ = ec_key
    signed = sign_model(model_dir, KeySigner(k))
    statement = statement_for(signed.manifest)
    statement["predicate"]["resources"].pop()  # a signer that drops a file but keeps the root digest
    write_bundle(sign_payload(encode(statement), KeySigner(k)), model_dir / "model.sig")
    result = verify_model(model_dir, trust_of(k))
    assert not result.ok and "tampered" in result.reason


def test_a_revoked_key_is_refused_and_a_retired_one_is_noted(model_dir, ec_key):
    k, _, _ = ec_key
    sign_model(model_dir, KeySigner(k))
    revoked = verify_model(model_dir, trust_of(k, status="revoked"))
    assert not revoked.ok and "revoked" in revoked.reason
    retired = verify_model(model_dir, trust_of(k, status="retired"))
    assert retired.ok and "retired" in retired.signer.notes[0]


def test_no_trusted_key_is_a_failure_not_a_pass(model_dir, ec_key):
    sign_model(model_dir, KeySigner(ec_key[0]))
    result = verify_model(model_dir, Trust())
    assert not result.ok and "no trusted key" in result.reason


def test_a_missing_or_newer_bundle_is_an_input_error_naming_the_file(model_dir, ec_key):
    with pytest.raises(BundleError, match=r"model\.sig: no such signature file"):
        verify_model(model_dir, trust_of(ec_key[0]))
    sign_model(model_dir, KeySigner(ec_key[0]))
    raw = json.loads((model_dir / "model.sig").read_text())
    raw["mediaType"] = "application/vnd.dev.sigstore.bundle.v0.4+json"
    (model_dir / "model.sig").write_text(json.dumps(raw))
    with pytest.raises(BundleError, match=r"version 0\.4 is newer than this modelward reads"):
        verify_model(model_dir, trust_of(ec_key[0]))


def test_a_statement_of_a_newer_predicate_is_refused_by_name(model_dir, ec_key):
    from modelward.integrity.signer import sign_payload
    from modelward.integrity.statement import encode, statement_for

    k = ec_key[0]
    signed = sign_model(model_dir, KeySigner(k))
    statement = statement_for(signed.manifest)
    statement["predicateType"] = "https://model_signing/signature/v2.0"
    write_bundle(sign_payload(encode(statement), KeySigner(k)), model_dir / "model.sig")
    with pytest.raises(BundleError, match=r"signature/v2\.0.*newer model-signing"):
        verify_model(model_dir, trust_of(k))


@pytest.mark.parametrize("text, match", [
    (b"not json", "not JSON"),
    (b"[]", "JSON object"),
    (b'{"mediaType": "text/plain"}', "not a Sigstore bundle"),
    (b'{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", "messageSignature": {}}',
     "message signature"),
    (b'{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", "verificationMaterial": {}, '
     b'"dsseEnvelope": {"payload": "@@", "payloadType": "x", "signatures": [{"sig": "AA=="}]}}', "not valid base64"),
    (b'{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", "verificationMaterial": {}, '
     b'"dsseEnvelope": {"payload": "", "payloadType": "x", "signatures": []}}', "at least one signature"),
])
def test_malformed_bundles_say_what_is_wrong(tmp_path, text, match):
    path = tmp_path / "bad.sig"
    path.write_bytes(text)
    with pytest.raises(BundleError, match=match):
        read_bundle(path)


def test_a_signature_inside_the_model_is_not_counted_as_an_added_file_at_verification(model_dir, ec_key, tmp_path):
    k = ec_key[0]
    sign_model(model_dir, KeySigner(k), signature=tmp_path / "outside.sig")
    os.replace(tmp_path / "outside.sig", model_dir / "release.sig")
    assert verify_model(model_dir, trust_of(k), signature=model_dir / "release.sig").ok


def test_certificate_chain_signing_verifies_against_the_root(model_dir, tmp_path):
    from modelward.integrity.certs import load_certificates

    ca_key, ca = make_ca()
    leaf_key, leaf = make_leaf(ca_key, ca)
    sign_model(model_dir, KeySigner(leaf_key, load_certificates([write_certs(tmp_path / "chain.pem", leaf)])))
    roots = load_certificates([write_certs(tmp_path / "root.pem", ca)])
    result = verify_model(model_dir, Trust(roots=roots))
    assert result.ok, result.reason
    assert result.signer.kind == "certificate" and "release signer" in result.signer.subject
    _, other = make_ca("another root")
    refused = verify_model(model_dir, Trust(roots=(other,)))
    assert not refused.ok and "does not chain to a trusted root" in refused.reason
    assert not verify_model(model_dir, Trust()).ok


@pytest.mark.parametrize("start, end, signing, match", [
    (-10, -1, True, "expired on"),
    (2, 5, True, "not valid before"),
    (-1, 3, False, "not allowed to sign"),
])
def test_bad_signing_certificates_are_refused(model_dir, tmp_path, start, end, signing, match):
    from modelward.integrity.certs import load_certificates

    ca_key, ca = make_ca()
    leaf_key, leaf = make_leaf(ca_key, ca, start_days=start, end_days=end, signing=signing)
    sign_model(model_dir, KeySigner(leaf_key, load_certificates([write_certs(tmp_path / "c.pem", leaf)])))
    result = verify_model(model_dir, Trust(roots=(ca,)))
    assert not result.ok and match in result.reason


def test_a_certificate_not_matching_the_key_is_refused(tmp_path):
    from modelward.integrity.errors import KeyringError

    ca_key, ca = make_ca()
    _, leaf = make_leaf(ca_key, ca)
    with pytest.raises(KeyringError, match="not the one paired"):
        KeySigner(keys.generate(), (leaf,))


def test_trust_from_files_reads_public_keys_and_certificates(tmp_path, ec_key):
    k, _, pub = ec_key
    ca_key, ca = make_ca()
    trust = Trust.from_files([pub], [write_certs(tmp_path / "root.pem", ca)])
    assert trust.keys[0].public.key_id == keys.key_id(k.public_key()) and len(trust.roots) == 1
    assert keys.load_public_key(write_certs(tmp_path / "leaf.pem", ca)).key_id == keys.key_id(ca_key.public_key())


def test_verify_names_the_changed_tensor_from_the_signed_digests(tmp_path, ec_key):
    import numpy as np

    st = pytest.importorskip("safetensors.numpy")
    model = tmp_path / "llm"
    model.mkdir()
    w = {f"h.{i}.attn.weight": np.random.default_rng(i).standard_normal((32, 32)).astype(np.float32) for i in range(4)}
    st.save_file(w, model / "model.safetensors")
    (model / "config.json").write_text("{}")
    sign_model(model, KeySigner(ec_key[0]))
    w["h.2.attn.weight"][3, 3] = 0.0
    st.save_file(w, model / "model.safetensors")
    result = verify_model(model, trust_of(ec_key[0]))
    assert not result.ok
    (located,) = result.tensors
    assert located.file == "model.safetensors" and located.changed == ("h.2.attn.weight",)
    assert "tensors changed: h.2.attn.weight" in result.reason


def test_a_converted_model_matches_its_signed_version_by_behaviour(tmp_path, ec_key):
    import numpy as np
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression

    from modelward.core.adapters.sklearn import SklearnAdapter
    from modelward.integrity.fingerprint import fingerprint_model
    from modelward.integrity.signing import verify_behaviour

    X, y = load_iris(return_X_y=True)
    model = LogisticRegression(max_iter=500).fit(X, y)
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "weights.npy").write_bytes(b"")
    np.save(tmp_path / "m" / "coef.npy", model.coef_)
    fp = fingerprint_model(SklearnAdapter(model), X, n=60)
    sign_model(tmp_path / "m", KeySigner(ec_key[0]), fingerprint=fp)
    same, change = verify_behaviour(SklearnAdapter(model), trust_of(ec_key[0]), tmp_path / "m" / "model.sig", X)
    assert same.ok and change.matched
    model.coef_[1] *= -1
    other, change = verify_behaviour(SklearnAdapter(model), trust_of(ec_key[0]), tmp_path / "m" / "model.sig", X)
    assert not other.ok and "behaviour changed" in other.reason
    untrusted, _ = verify_behaviour(SklearnAdapter(model), trust_of(keys.generate()), tmp_path / "m" / "model.sig", X)
    assert not untrusted.ok and "not among the trusted keys" in untrusted.reason
