"""Write tests/integrity/data/model_signing/: a tiny model and bundles that the real `model-signing` package
made for it (key signing by files and by shards, certificate signing), so that the tests check modelward
against genuine model-signing output even where model-signing is not installed.

    python bench/integrity/make_interop_fixtures.py      # needs: pip install model-signing pyopenssl
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

OUT = Path(__file__).resolve().parents[2] / "tests" / "integrity" / "data" / "model_signing"


def _pem(key: ec.EllipticCurvePrivateKey, path: Path) -> Path:
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return path


def _certs(tmp: Path) -> tuple[Path, Path, Path]:
    """A root CA valid for ten years and a code-signing leaf under it (private key, leaf, root)."""
    now = dt.datetime.now(dt.UTC)
    name = lambda cn: x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])  # noqa: E731
    ca_key, leaf_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("interop root")).issuer_name(name("interop root"))
          .public_key(ca_key.public_key()).serial_number(1).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder().subject_name(name("interop signer")).issuer_name(ca.subject)
            .public_key(leaf_key.public_key()).serial_number(2).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    (tmp / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (OUT / "root.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return _pem(leaf_key, tmp / "leaf.key"), tmp / "leaf.pem", OUT / "root.pem"


def main() -> None:
    import model_signing

    shutil.rmtree(OUT, ignore_errors=True)
    model = OUT / "model"
    (model / "sub").mkdir(parents=True)
    (model / "weights.bin").write_bytes(bytes(range(256)) * 40)
    (model / "config.json").write_text('{"hidden": 8}\n')
    (model / "sub" / "tokenizer.json").write_text('{"vocab": ["a", "b"]}\n')
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        key = ec.generate_private_key(ec.SECP256R1())
        private = _pem(key, tmp / "key.pem")
        (OUT / "key.pub").write_bytes(key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
        signing = model_signing.signing.Config().use_elliptic_key_signer(private_key=private)
        signing.sign(model, OUT / "files.sig")
        shards = model_signing.hashing.Config().use_shard_serialization(shard_size=4096)
        signing.set_hashing_config(shards).sign(model, OUT / "shards.sig")
        leaf_key, leaf, root = _certs(tmp)
        (model_signing.signing.Config()
         .use_certificate_signer(private_key=leaf_key, signing_certificate=leaf, certificate_chain=[root])
         .sign(model, OUT / "certificate.sig"))
    (OUT / "VERSION").write_text(f"model-signing {model_signing.__version__}\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
