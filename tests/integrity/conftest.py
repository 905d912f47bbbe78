import datetime as dt
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("cryptography")

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from modelward.integrity import keys

PASSPHRASE = b"correct horse battery"


def make_model(root: Path) -> Path:
    """A small model directory with the shapes that trip hashers: nesting, odd names, an empty file,
    names that sort differently by string and by path component."""
    root.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    (root / "weights.bin").write_bytes(rng.bytes(70_000))
    (root / "config.json").write_text('{"layers": 2}')
    (root / "a.txt").write_text("a")
    (root / "a").mkdir()
    (root / "a" / "b").write_text("b")
    (root / "with:colon.txt").write_text("c")
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "sub" / "deeper" / "tokenizer.json").write_text("{}" * 100)
    (root / "empty").write_bytes(b"")
    return root


@pytest.fixture
def model_dir(tmp_path) -> Path:
    return make_model(tmp_path / "model")


def write_pem_key(private_key, path: Path, password: bytes | None = None) -> Path:
    enc = serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    path.write_bytes(private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc))
    return path


def write_public(private_key, path: Path) -> Path:
    path.write_bytes(keys.PublicKey.of(private_key.public_key()).pem())
    return path


@pytest.fixture
def ec_key(tmp_path):
    """An ECDSA P-256 key: (private key, private PEM path, public PEM path)."""
    k = keys.generate("ecdsa-p256")
    return k, write_pem_key(k, tmp_path / "key.pem"), write_public(k, tmp_path / "key.pub")


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca(cn: str = "modelward test root", days: int = 30):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn)).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def make_leaf(ca_key, ca_cert, *, start_days: float = -1, end_days: float = 3, signing: bool = True,
              cn: str = "release signer"):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    usage = x509.KeyUsage(signing, False, not signing, False, False, False, False, False, False)
    builder = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(ca_cert.subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now + dt.timedelta(days=start_days)).not_valid_after(now + dt.timedelta(days=end_days))
               .add_extension(usage, critical=True)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False))
    if signing:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
    return key, builder.sign(ca_key, hashes.SHA256())


def write_certs(path: Path, *certs) -> Path:
    path.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs))
    return path


def forbid_writes(monkeypatch):
    """Make every open for writing fail the test (proves that nothing reaches the disk)."""
    import builtins
    import os

    real_open, real_os_open = builtins.open, os.open

    def no_write_open(file, mode="r", *a, **kw):
        assert not any(c in mode for c in "wax+"), f"opened {file} for writing"
        return real_open(file, mode, *a, **kw)

    def no_write_os_open(path, flags, *a, **kw):
        assert not flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT), f"opened {path} for writing"
        return real_os_open(path, flags, *a, **kw)

    monkeypatch.setattr(builtins, "open", no_write_open)
    monkeypatch.setattr(os, "open", no_write_os_open)
