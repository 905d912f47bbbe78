import json

from modelward.integrity import ServingPolicy, keys, verify_for_serving
from modelward.integrity.signer import KeySigner
from modelward.integrity.signing import sign_model


def test_a_signed_model_passes_the_gate(model_dir, ec_key):
    k, _, pub = ec_key
    sign_model(model_dir, KeySigner(k))
    check = verify_for_serving(model_dir, ServingPolicy(public_keys=(pub,)))
    assert check.ok, check.reason
    assert json.loads(json.dumps(check.to_dict()))["ok"] is True


def test_the_gate_fails_closed_and_never_raises(model_dir, ec_key, tmp_path):
    k, _, pub = ec_key
    assert not verify_for_serving(model_dir, ServingPolicy(public_keys=(pub,))).ok  # no signature
    sign_model(model_dir, KeySigner(k))
    assert "trusts no key" in verify_for_serving(model_dir, ServingPolicy()).reason
    assert "cannot read the public key" in verify_for_serving(
        model_dir, ServingPolicy(public_keys=(tmp_path / "missing.pub",))).reason
    (model_dir / "model.sig").write_text("{")
    assert "not JSON" in verify_for_serving(model_dir, ServingPolicy(public_keys=(pub,))).reason
    sign_model(model_dir, KeySigner(k), signature=tmp_path / "x.sig")
    policy = ServingPolicy(public_keys=(pub,), signature=tmp_path / "x.sig")
    assert "no such file" in verify_for_serving(tmp_path / "gone", policy).reason


def test_a_changed_model_or_a_missing_scan_is_refused(model_dir, ec_key):
    k, _, pub = ec_key
    sign_model(model_dir, KeySigner(k))
    assert not verify_for_serving(model_dir, ServingPolicy(public_keys=(pub,), require=("scan-clean",))).ok
    (model_dir / "config.json").write_text("{}")
    check = verify_for_serving(model_dir, ServingPolicy(public_keys=(pub,)))
    assert not check.ok and "config.json" in check.reason


def test_an_unsigned_model_passes_only_when_signatures_are_not_required(model_dir, ec_key):
    _, _, pub = ec_key
    assert verify_for_serving(model_dir, ServingPolicy(require_signature=False)).ok
    other = keys.generate()
    sign_model(model_dir, KeySigner(other))  # present but by an untrusted key: still refused
    assert not verify_for_serving(model_dir, ServingPolicy(require_signature=False, public_keys=(pub,))).ok


def test_a_sealed_signed_package_is_checked_down_to_its_plaintext(tmp_path, ec_key):
    from modelward.integrity.seal import generate_key_file, seal_model
    from modelward.integrity.seal.binding import sign_package

    from .conftest import make_model

    k, _, pub = ec_key
    model = make_model(tmp_path / "m")
    signed = sign_model(model, KeySigner(k))
    kek = generate_key_file(tmp_path / "kek.key")
    package = seal_model(model, tmp_path / "m.sealed", kek, source_signature=signed.bundle_path)
    sign_package(package, KeySigner(k))
    policy = ServingPolicy(public_keys=(pub,), key_provider=f"file:{tmp_path / 'kek.key'}")
    check = verify_for_serving(package, policy)
    assert check.ok and "plaintext: verified" in check.reason
    generate_key_file(tmp_path / "other.key")
    wrong = verify_for_serving(package, ServingPolicy(public_keys=(pub,), key_provider=str(tmp_path / "other.key")))
    assert not wrong.ok and "no data key is wrapped" in wrong.reason


def test_the_gateway_finds_the_verifier_and_it_reads_the_policy_from_the_environment(model_dir, ec_key, monkeypatch,
                                                                                      tmp_path):
    import os

    from modelward.gateway.verifier import installed_verifier

    k, _, pub = ec_key
    monkeypatch.setenv("MODELWARD_KEYRING", str(tmp_path / "no-keyring"))
    monkeypatch.setenv("MODELWARD_TRUSTED_KEYS", os.pathsep.join([str(tmp_path / "other.pub"), str(pub)]))
    (tmp_path / "other.pub").write_bytes(keys.PublicKey.of(keys.generate().public_key()).pem())
    verifier = installed_verifier()
    assert verifier is not None
    sign_model(model_dir, KeySigner(k))
    check = verifier(model_dir)
    assert check.verified and "verified" in check.reason
    monkeypatch.setenv("MODELWARD_REQUIRE", "scan-clean")
    refused = verifier(model_dir)
    assert not refused.verified and "never scanned" in refused.reason
