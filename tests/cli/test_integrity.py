import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("cryptography")

PASS = "cli passphrase 123"
INTEROP = Path(__file__).parents[1] / "integrity" / "data" / "model_signing"


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("MODELWARD_KEY_PASSPHRASE", PASS)
    monkeypatch.setenv("MODELWARD_KEYRING", str(tmp_path / "keys"))
    return tmp_path


@pytest.fixture
def model(tmp_path):
    return Path(shutil.copytree(INTEROP / "model", tmp_path / "model"))


def test_generate_sign_verify_and_tamper(cli, env, model):
    code, out, _ = cli("signing-keys", "generate", "--name", "release")
    assert code == 0 and "generated ecdsa-p256 key" in out
    code, out, _ = cli("sign", model)
    assert code == 0 and "model.sig" in out
    code, out, err = cli("verify", model)
    assert code == 0 and "OK verified: 3 file(s)" in err
    (model / "config.json").write_text('{"hidden": 9}\n')
    code, out, err = cli("verify", model, "--json")
    assert code == 1
    data = json.loads(out)
    assert data["ok"] is False and data["diff"]["changed"][0]["name"] == "config.json"


def test_rotate_keeps_old_signatures_valid_and_revoke_kills_them(cli, env, model):
    cli("signing-keys", "generate")
    cli("sign", model)
    code, out, _ = cli("signing-keys", "rotate")
    assert code == 0 and out.startswith("retired")
    code, _, err = cli("verify", model)
    assert code == 0 and "retired" in err
    cli("sign", model)
    code, out, _ = cli("signing-keys", "rotate", "--revoke")
    assert code == 0 and out.startswith("revoked")
    assert cli("verify", model)[0] == 1
    code, out, _ = cli("signing-keys", "list", "--json")
    assert [k["status"] for k in json.loads(out)] == ["retired", "revoked", "active"]


def test_verify_a_model_signing_bundle_with_its_public_key(cli, model):
    code, _, err = cli("verify", model, "--signature", INTEROP / "shards.sig", "--key", INTEROP / "key.pub")
    assert code == 0, err


def test_input_errors_exit_2_and_verification_failures_exit_1(cli, env, model, tmp_path):
    code, _, err = cli("verify", model, "--key", INTEROP / "key.pub")
    assert code == 2 and "no such signature file" in err
    (tmp_path / "bad.sig").write_text('{"mediaType": "application/vnd.dev.sigstore.bundle.v0.9+json"}')
    code, _, err = cli("verify", model, "--signature", tmp_path / "bad.sig", "--key", INTEROP / "key.pub")
    assert code == 2 and "0.9 is newer" in err
    code, _, err = cli("verify", model, "--signature", INTEROP / "files.sig", "--require", "nonsense",
                       "--key", INTEROP / "key.pub")
    assert code == 2 and "--require 'nonsense'" in err
    code, _, err = cli("verify", model, "--signature", INTEROP / "files.sig", "--require", "scan-clean",
                       "--key", INTEROP / "key.pub")
    assert code == 1 and "never scanned" in err


def test_sign_with_a_pem_key_and_attest_a_report(cli, env, model, tmp_path):
    from modelward import __version__
    from modelward.core.render.json import to_json
    from modelward.core.report import InputRecord, Metadata, Report
    from modelward.integrity import keys

    key = keys.generate()
    from cryptography.hazmat.primitives import serialization

    (tmp_path / "k.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.BestAvailableEncryption(PASS.encode())))
    (tmp_path / "k.pub").write_bytes(keys.PublicKey.of(key.public_key()).pem())
    inputs = tuple(InputRecord.of_file(p, "model") for p in sorted(model.rglob("*")) if p.is_file())
    (tmp_path / "scan.json").write_text(to_json(Report(Metadata(__version__, "scan", inputs=inputs))))
    code, out, err = cli("sign", model, "--key", tmp_path / "k.pem", "--attest", tmp_path / "scan.json",
                         "--method", "files", "--json")
    assert code == 0, err
    signed = json.loads(out)
    assert signed["attestations"][0]["verdict"] == "clean"
    code, _, err = cli("verify", model, "--key", tmp_path / "k.pub", "--require", "scan-clean")
    assert code == 0, err


def test_symlinks_need_allowing_and_never_leave_the_model(cli, env, model, tmp_path):
    cli("signing-keys", "generate")
    (tmp_path / "secret").write_text("s")
    (model / "link").symlink_to(tmp_path / "secret")
    code, _, err = cli("sign", model)
    assert code == 2 and "is a symbolic link" in err
    code, _, err = cli("sign", model, "--allow-symlinks")
    assert code == 2 and "leaves the model directory" in err
    assert not (model / "model.sig").exists()


def test_diff_names_the_changed_tensor_and_exits_1(cli, tmp_path):
    np = pytest.importorskip("numpy")
    st = pytest.importorskip("safetensors.numpy")
    w = {"embed": np.arange(20, dtype=np.float32).reshape(4, 5), "out": np.ones(3, np.float32)}
    st.save_file(w, tmp_path / "a.safetensors")
    assert cli("diff", tmp_path / "a.safetensors", tmp_path / "a.safetensors")[0] == 0
    w["embed"][2, 1] = -1
    st.save_file(w, tmp_path / "b.safetensors")
    code, out, _ = cli("diff", tmp_path / "a.safetensors", tmp_path / "b.safetensors")
    assert code == 1 and "embed: 1 of 20 values changed, max |change| 12 at [2, 1]" in out
    code, out, _ = cli("diff", tmp_path / "a.safetensors", tmp_path / "b.safetensors", "--json")
    assert json.loads(out)["tensors"]["changes"][0]["max_index"] == [2, 1]


def test_sign_with_a_fingerprint_then_match_a_converted_model(cli, env, tmp_path):
    np = pytest.importorskip("numpy")
    pytest.importorskip("skl2onnx")
    import joblib
    from skl2onnx import to_onnx
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression

    X, y = load_iris(return_X_y=True)
    model = LogisticRegression(max_iter=500).fit(X, y)
    joblib.dump(model, tmp_path / "model.joblib")
    np.save(tmp_path / "probe.npy", X)
    onx = to_onnx(model, X[:1].astype(np.float32), options={id(model): {"zipmap": False}})
    (tmp_path / "model.onnx").write_bytes(onx.SerializeToString())
    cli("signing-keys", "generate")
    code, _, err = cli("sign", tmp_path / "model.joblib", "--probe", tmp_path / "probe.npy", "--probes", "50")
    assert code == 0, err
    code, _, err = cli("verify", tmp_path / "model.onnx", "--signature", tmp_path / "model.joblib.sig",
                       "--by-behaviour", "--probe", tmp_path / "probe.npy")
    assert code == 0 and "same behaviour" in err
    model.coef_[0] *= -2
    joblib.dump(model, tmp_path / "other.joblib")
    code, _, err = cli("verify", tmp_path / "other.joblib", "--signature", tmp_path / "model.joblib.sig",
                       "--by-behaviour", "--probe", tmp_path / "probe.npy")
    assert code == 1 and "behaviour changed" in err
    code, out, _ = cli("diff", tmp_path / "model.joblib", tmp_path / "other.joblib", "--probe", tmp_path / "probe.npy")
    assert code == 1 and "coef_" in out and "behaviour changed" in out


def test_provenance_writes_the_statement_card_and_bom_and_never_overwrites(cli, env, model, tmp_path):
    pytest.importorskip("cyclonedx")
    cli("signing-keys", "generate")
    (tmp_path / "train.csv").write_text("a,b\n1,2\n")
    code, _, err = cli("provenance", model, "--out", tmp_path / "lineage", "--data", tmp_path / "train.csv",
                         "--intended-use", "Demo.", "--sign")
    assert code == 0, err
    names = {p.name for p in (tmp_path / "lineage").iterdir()}
    assert names == {"provenance.intoto.json", "model-card.md", "ml-bom.cdx.json", "provenance.sigstore.json"}
    assert json.loads((tmp_path / "lineage" / "ml-bom.cdx.json").read_text())["specVersion"] == "1.6"
    code, _, err = cli("provenance", model, "--out", tmp_path / "lineage")
    assert code == 2 and "never overwritten" in err


def test_watch_once_exits_1_and_logs_the_alert(cli, env, model, tmp_path):
    cli("signing-keys", "generate")
    cli("sign", model)
    assert cli("watch", model, "--once")[0] == 0
    (model / "sub" / "tokenizer.json").write_text("{}")
    code, _, err = cli("watch", model, "--once", "--log", tmp_path / "alerts.jsonl")
    assert code == 1 and "ALERT" in err and "sub/tokenizer.json" in err
    assert json.loads((tmp_path / "alerts.jsonl").read_text())["changed"][0].startswith("sub/tokenizer.json")
