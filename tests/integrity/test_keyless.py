"""Keyless Sigstore bundles verify offline against a trust root, and every part an attacker could swap or
alter (the log entry, its proof, checkpoint and timestamp, the certificate, its SCT, identity and issuer)
is refused with a message naming it."""

import copy
import datetime as dt
import hashlib
import json

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from modelward.integrity.bundle import read_bundle
from modelward.integrity.errors import KeyringError, Rejected
from modelward.integrity.keyless import merkle_root_from_proof, parse_trust_root
from modelward.integrity.signer import KeySigner
from modelward.integrity.signing import sign_model, verify_model
from modelward.integrity.trust import Trust, verify_envelope

from .sigstore_world import IDENTITY, ISSUER, KeylessWorld, _mth, _path


@pytest.fixture(scope="module")
def world():
    return KeylessWorld()


@pytest.fixture
def signed(world, model_dir, tmp_path):
    """A model signed keylessly: (model dir, bundle dict, trust root path)."""
    sign_model(model_dir, KeySigner(world.leaf_key))
    envelope = json.loads((model_dir / "model.sig").read_text())["dsseEnvelope"]
    bundle = world.bundle_for(envelope)
    (model_dir / "model.sig").write_text(json.dumps(bundle))
    root = tmp_path / "trusted_root.json"
    root.write_text(json.dumps(world.trusted_root()))
    return model_dir, bundle, root


def _trust(root, identity=IDENTITY, issuer=ISSUER):
    return Trust.from_files(trust_root=root, identity=identity, issuer=issuer)


def _verify(model_dir, bundle, trust):
    (model_dir / "model.sig").write_text(json.dumps(bundle))
    return verify_model(model_dir, trust)


def test_a_keyless_bundle_verifies_offline_and_names_the_identity(signed, world):
    model_dir, _, root = signed
    result = verify_model(model_dir, _trust(root))
    assert result.ok, result.reason
    assert (result.signer.kind, result.signer.subject) == ("keyless", IDENTITY)
    assert result.signer.key_id == world.leaf_key_id()


def test_without_a_trust_root_a_keyless_bundle_is_not_verified(signed):
    model_dir, _, _ = signed
    with pytest.raises(Rejected, match="--trust-root"):
        verify_envelope(read_bundle(model_dir / "model.sig"), Trust())


def test_the_trust_root_needs_identity_and_issuer_too(signed):
    with pytest.raises(KeyringError, match="all three"):
        Trust.from_files(trust_root=signed[2], identity=IDENTITY)


def _entry(bundle):
    return bundle["verificationMaterial"]["tlogEntries"][0]


def _flip_b64(text):
    import base64
    raw = bytearray(base64.b64decode(text))
    raw[len(raw) // 2] ^= 1
    return base64.b64encode(bytes(raw)).decode()


TAMPERS = {
    "body": (lambda b, w: _entry(b).update(canonicalizedBody=_flip_b64(_entry(b)["canonicalizedBody"])),
             "does not hash to the proof's root"),
    "proof hash": (lambda b, w: _entry(b)["inclusionProof"]["hashes"].__setitem__(
        0, _flip_b64(_entry(b)["inclusionProof"]["hashes"][0])), "does not hash to the proof's root"),
    "proof too short": (lambda b, w: _entry(b)["inclusionProof"]["hashes"].pop(), "needs"),
    "no proof": (lambda b, w: _entry(b).pop("inclusionProof"), "no inclusion proof"),
    "checkpoint root": (lambda b, w: _entry(b)["inclusionProof"]["checkpoint"].update(
        envelope=_entry(b)["inclusionProof"]["checkpoint"]["envelope"].replace("\n11\n", "\n12\n")),
        "no valid signature"),
    "integrated time": (lambda b, w: _entry(b).update(integratedTime=str(int(_entry(b)["integratedTime"]) - 5)),
                        "signed entry timestamp does not verify"),
    "no timestamp": (lambda b, w: _entry(b).pop("inclusionPromise"), "no signed entry timestamp"),
    "rekor v2 entry": (lambda b, w: _entry(b).update(kindVersion={"kind": "dsse", "version": "0.0.2"}),
                       "not verified"),
    "two entries": (lambda b, w: b["verificationMaterial"]["tlogEntries"].append(copy.deepcopy(_entry(b))),
                    "2 transparency-log entries"),
    "payload": (lambda b, w: b["dsseEnvelope"].update(payload=_flip_b64(b["dsseEnvelope"]["payload"])),
                "does not verify|another payload|not valid"),
}


@pytest.mark.parametrize("name", sorted(TAMPERS))
def test_a_tampered_bundle_is_refused_and_says_what(signed, world, name):
    model_dir, bundle, root = signed
    change, message = TAMPERS[name]
    bad = copy.deepcopy(bundle)
    change(bad, world)
    result = _verify(model_dir, bad, _trust(root))
    assert not result.ok
    assert result.reason and __import__("re").search(message, result.reason), result.reason


def _rebuilt(world, bundle, **kw):
    return world.bundle_for(bundle["dsseEnvelope"], **kw)


@pytest.mark.parametrize("case, message", [
    ("identity", "not by someone@example.org"),
    ("issuer", "not by https://evil.example"),
    ("log not trusted", "not in the trust root"),
    ("no sct", "no certificate-transparency"),
    ("sct by another log", "not in the trust root"),
    ("not for code signing", "code signing"),
    ("signed after the certificate expired", "signing time"),
    ("another certificate in the log", "records other signatures"),
    ("certificate from another ca", "does not chain"),
])
def test_keys_certificates_and_identities_an_attacker_controls_are_refused(signed, world, case, message):
    model_dir, bundle, root = signed
    identity, issuer = IDENTITY, ISSUER
    other = ec.generate_private_key(ec.SECP256R1())
    if case == "identity":
        identity = "someone@example.org"
        bad = bundle
    elif case == "issuer":
        issuer = "https://evil.example"
        bad = bundle
    elif case == "log not trusted":
        bad = _rebuilt(world, bundle, log_key=other)
    elif case == "no sct":
        bad = _rebuilt(world, bundle, leaf=world.make_leaf(sct=False))
    elif case == "sct by another log":
        bad = _rebuilt(world, bundle, leaf=world.make_leaf(ct_key=other))
    elif case == "not for code signing":
        bad = _rebuilt(world, bundle, leaf=world.make_leaf(code_signing=False))
    elif case == "signed after the certificate expired":
        bad = _rebuilt(world, bundle, integrated=world.now + dt.timedelta(hours=1))
    elif case == "another certificate in the log":
        bad = copy.deepcopy(bundle)
        body = world.entry_body(bundle["dsseEnvelope"], world.make_leaf(identity="x@example.org"))
        bad["verificationMaterial"]["tlogEntries"] = [world.log_entry(body)]
    else:
        bad = _rebuilt(world, bundle, leaf=KeylessWorld().leaf)  # logged here, certified by another CA
    result = _verify(model_dir, bad, _trust(root, identity, issuer))
    assert not result.ok
    assert message in (result.reason or ""), result.reason


def test_merkle_inclusion_proofs_lead_to_the_tree_root_for_every_leaf():
    for size in range(1, 18):
        leaves = [hashlib.sha256(bytes([i])).digest() for i in range(size)]
        for index in range(size):
            assert merkle_root_from_proof(leaves[index], index, size, _path(index, leaves)) == _mth(leaves)
    with pytest.raises(Rejected, match="outside"):
        merkle_root_from_proof(b"x", 5, 5, [])


@pytest.mark.parametrize("change, message", [
    (lambda r: r.update(mediaType="application/json"), "mediaType"),
    (lambda r: r["tlogs"][0]["publicKey"].update(rawBytes="!!"), "base64"),
    (lambda r: r["tlogs"][0]["logId"].update(keyId=r["ctlogs"][0]["logId"]["keyId"]), "does not match"),
    (lambda r: r.update(tlogs=[]), "at least one"),
    (lambda r: r["certificateAuthorities"][0]["certChain"]["certificates"][0].update(rawBytes="AAAA"), "DER"),
])
def test_a_malformed_trust_root_is_named(world, change, message):
    root = copy.deepcopy(world.trusted_root())
    change(root)
    with pytest.raises(KeyringError, match=message):
        parse_trust_root(json.dumps(root).encode())


def test_the_cli_verifies_a_keyless_signature_offline(signed):
    from typer.testing import CliRunner

    from modelward.cli.main import build_app

    model_dir, _, root = signed
    runner = CliRunner()
    ok = runner.invoke(build_app(), ["verify", str(model_dir), "--trust-root", str(root), "--identity", IDENTITY,
                                     "--issuer", ISSUER])
    assert ok.exit_code == 0, ok.output
    wrong = runner.invoke(build_app(), ["verify", str(model_dir), "--trust-root", str(root), "--identity",
                                        "mallory@example.org", "--issuer", ISSUER])
    assert wrong.exit_code == 1 and "mallory@example.org" in wrong.output


def test_sigstore_python_accepts_the_same_bundle_and_refuses_the_same_tampering(world, tmp_path):
    """The private Sigstore's bundles are real ones: sigstore-python (dev extra, via model-signing) judges
    them as modelward does."""
    pytest.importorskip("sigstore")
    from sigstore.models import Bundle, TrustedRoot
    from sigstore.verify import Verifier, policy

    root = tmp_path / "trusted_root.json"
    root.write_text(json.dumps(world.trusted_root()))
    verifier = Verifier(trusted_root=TrustedRoot.from_file(str(root)))
    good = world.bundle_for(world.sign_envelope(b'{"_type":"https://in-toto.io/Statement/v1","subject":[]}'))
    cases = {"genuine": good, "another log": _rebuilt(world, good, log_key=ec.generate_private_key(ec.SECP256R1())),
             "no sct": _rebuilt(world, good, leaf=world.make_leaf(sct=False))}
    for name in ("body", "integrated time", "payload"):
        cases[name] = copy.deepcopy(good)
        TAMPERS[name][0](cases[name], world)
    ours = Trust(keyless=Trust.from_files(trust_root=root, identity=IDENTITY, issuer=ISSUER).keyless)
    from modelward.integrity.bundle import parse_bundle
    for name, bundle in cases.items():
        try:
            verifier.verify_dsse(Bundle.from_json(json.dumps(bundle)),
                                 policy.Identity(identity=IDENTITY, issuer=ISSUER))
            theirs = True
        except Exception:  # sigstore-python raises several error types
            theirs = False
        try:
            verify_envelope(parse_bundle(json.dumps(bundle)), ours)
            mine = True
        except Rejected:
            mine = False
        assert mine == theirs == (name == "genuine"), name


def test_the_serving_gate_trusts_a_keyless_signer_from_the_environment(signed, monkeypatch, tmp_path):
    from modelward.gateway.verifier import installed_verifier

    model_dir, _, root = signed
    monkeypatch.setenv("MODELWARD_KEYRING", str(tmp_path / "no-keyring"))
    monkeypatch.delenv("MODELWARD_TRUSTED_KEYS", raising=False)
    verifier = installed_verifier()
    assert verifier is not None
    assert not verifier(model_dir).verified  # nothing trusted yet: fails closed
    monkeypatch.setenv("MODELWARD_SIGSTORE_TRUST_ROOT", str(root))
    monkeypatch.setenv("MODELWARD_SIGSTORE_ISSUER", ISSUER)
    monkeypatch.setenv("MODELWARD_SIGSTORE_IDENTITY", "mallory@example.com")
    wrong = verifier(model_dir)
    assert not wrong.verified and "mallory@example.com" in wrong.reason
    monkeypatch.setenv("MODELWARD_SIGSTORE_IDENTITY", IDENTITY)
    check = verifier(model_dir)
    assert check.verified, check.reason
    monkeypatch.delenv("MODELWARD_SIGSTORE_ISSUER")
    partial = verifier(model_dir)
    assert not partial.verified and "needs all three" in partial.reason
