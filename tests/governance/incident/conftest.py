"""A real keyring and model store with three versions, and a runner that drives the real `modelward` entry
point in this process (the same CLI code as `python -m modelward`, without a process start per command)."""

import contextlib
import io
import os
import pickle
import sys

import pytest

pytest.importorskip("cryptography")

PASSPHRASE = "incident drill passphrase"


class _Payload:
    """Pickles to a call of os.system; never unpickled here."""

    def __reduce__(self):
        return os.system, ("echo pwned",)


def malicious_pickle() -> bytes:
    return pickle.dumps(_Payload(), protocol=4)


@pytest.fixture
def inproc(monkeypatch):
    from modelward.cli.main import main

    def run(argv, env):
        out = io.StringIO()
        with monkeypatch.context() as m:
            for k, v in env.items():
                m.setenv(k, v)
            m.setattr(sys, "argv", ["modelward", *argv])
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                try:
                    main()
                    code = 0
                except SystemExit as exc:
                    code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
        return code, out.getvalue()[-2000:]

    return run


@pytest.fixture
def signed_store(tmp_path, monkeypatch):
    """(store, keyring directory, store directory): credit v1 and v2 are benign models, v3 a pickle that calls
    os.system; each was promoted to production in turn, so v3 serves."""
    joblib = pytest.importorskip("joblib")
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression

    from modelward.integrity.keyring import Keyring
    from modelward.integrity.signer import KeySigner
    from modelward.integrity.store import ModelStore
    from modelward.integrity.trust import Trust

    monkeypatch.setenv("MODELWARD_KEY_PASSPHRASE", PASSPHRASE)
    ring = Keyring(tmp_path / "keys")
    ring.generate(PASSPHRASE.encode())
    store = ModelStore(tmp_path / "store", Trust.from_files((), (), ring))
    signer = KeySigner(ring.private_key(PASSPHRASE.encode()))
    X, y = load_iris(return_X_y=True)
    for n, c in enumerate((1.0, 0.5), 1):
        path = tmp_path / f"credit-v{n}.joblib"
        joblib.dump(LogisticRegression(C=c, max_iter=500).fit(X, y), path)
        store.push(path, "credit", signer)
        store.promote("credit", n)
    (tmp_path / "credit-v3.pkl").write_bytes(malicious_pickle())
    store.push(tmp_path / "credit-v3.pkl", "credit", signer, note="pushed by the compromised CI job")
    store.promote("credit", 3)
    return store, str(tmp_path / "keys"), str(tmp_path / "store")
