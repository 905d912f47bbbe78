import sqlite3

import pytest

from modelward.integrity import keys
from modelward.integrity.errors import IntegrityError
from modelward.integrity.signer import KeySigner
from modelward.integrity.signing import verify_model
from modelward.integrity.store import ModelStore
from modelward.integrity.trust import Trust, TrustedKey

from .conftest import make_model


@pytest.fixture
def store(tmp_path):
    k = keys.generate()
    trust = Trust((TrustedKey(keys.PublicKey.of(k.public_key())),))
    return ModelStore(tmp_path / "store", trust), KeySigner(k), trust


def test_push_stores_each_distinct_file_once_and_signs_the_version(store, tmp_path):
    s, signer, _ = store
    model = make_model(tmp_path / "m")
    v1 = s.push(model, "credit", signer, note="first")
    (model / "config.json").write_text('{"layers": 3}')
    v2 = s.push(model, "credit", signer)
    assert (v1.number, v2.number) == (1, 2) and v1.files == 7 and v1.key_id == signer.key_id
    objects = [p for p in (s.root / "objects").rglob("*") if p.is_file()]
    assert len(objects) == 8  # 7 files, then one changed file
    assert s.read("credit", 1, "config.json") == b'{"layers": 2}'
    assert s.read("credit", 2, "config.json") == b'{"layers": 3}'


def test_checkout_writes_the_version_with_a_signature_model_signing_tools_verify(store, tmp_path):
    s, signer, trust = store
    s.push(make_model(tmp_path / "m"), "credit", signer)
    out = s.checkout("credit", 1, tmp_path / "out")
    assert (out / "weights.bin").read_bytes() == (tmp_path / "m" / "weights.bin").read_bytes()
    assert verify_model(out, trust).ok
    with pytest.raises(IntegrityError, match="never overwrites"):
        s.checkout("credit", 1, tmp_path / "out")


def test_promote_and_rollback_move_the_stage_through_verified_versions(store, tmp_path):
    s, signer, _ = store
    model = make_model(tmp_path / "m")
    for i in range(3):
        (model / "config.json").write_text(f'{{"v": {i}}}')
        s.push(model, "credit", signer)
    s.promote("credit", 1)
    s.promote("credit", 2)
    s.promote("credit", 3, note="release 3")
    assert s.version("credit", "production").number == 3
    assert s.rollback("credit").number == 2
    assert s.rollback("credit").number == 1
    with pytest.raises(IntegrityError, match="nothing to roll back to"):
        s.rollback("credit")
    assert [(e.action, e.from_version, e.to_version) for e in s.events("credit")][-2:] == [
        ("rollback", 3, 2), ("rollback", 2, 1)]
    s.promote("credit", 3, stage="staging")
    assert [v.stages for v in s.versions("credit")] == [("production",), (), ("staging",)]


def test_every_read_checks_the_objects_and_the_signature(store, tmp_path):
    s, signer, _ = store
    s.push(make_model(tmp_path / "m"), "credit", signer)
    obj = next(p for p in (s.root / "objects").rglob("*") if p.is_file() and p.stat().st_size == 70_000)
    obj.chmod(0o644)
    data = bytearray(obj.read_bytes())
    data[123] ^= 1
    obj.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match=r"weights\.bin: its stored object .* was altered"):
        s.read("credit", 1, "config.json")
    with pytest.raises(IntegrityError, match="was altered"):
        s.promote("credit", 1)
    obj.unlink()
    with pytest.raises(IntegrityError, match="is missing"):
        s.checkout("credit", 1, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_edited_database_or_an_untrusted_signer_is_refused(store, tmp_path):
    s, signer, _ = store
    s.push(make_model(tmp_path / "m"), "credit", signer)
    db = sqlite3.connect(s.root / "store.db")
    db.execute("UPDATE files SET sha256 = ? WHERE name = 'a.txt'", ("0" * 64,))
    db.commit()
    db.close()
    with pytest.raises(IntegrityError, match="database was edited"):
        s.verify("credit", 1)
    other = ModelStore(s.root, Trust((TrustedKey(keys.PublicKey.of(keys.generate().public_key())),)))
    with pytest.raises(IntegrityError, match="does not verify"):
        other.verify("credit", 1)
    with pytest.raises(IntegrityError, match="no trusted key"):
        ModelStore(s.root).verify("credit", 1)


def test_names_and_references_are_checked(store, tmp_path):
    s, signer, _ = store
    with pytest.raises(IntegrityError, match="without slashes"):
        s.push(make_model(tmp_path / "m"), "../evil", signer)
    s.push(tmp_path / "m" / "weights.bin", "single", signer)
    with pytest.raises(IntegrityError, match=r"has no version 'production' \(versions: 1\)"):
        s.version("single", "production")
    with pytest.raises(IntegrityError, match="stage"):
        s.promote("single", 1, stage="../x")
    out = s.checkout("single", 1, tmp_path / "w.bin")
    assert out.read_bytes() == (tmp_path / "m" / "weights.bin").read_bytes() and (tmp_path / "w.bin.sig").exists()


def test_an_mlflow_model_is_fetched_with_mlflow_and_pushed(store, tmp_path, monkeypatch):
    """A fake `mlflow` module standing in for the real client: it 'downloads' a model directory."""
    import sys
    import types

    from modelward.integrity.store import push_mlflow

    s, signer, _ = store
    served = make_model(tmp_path / "registry" / "credit")
    (served / "MLmodel").write_text("flavors: {}\n")

    def download_artifacts(artifact_uri, dst_path):
        assert artifact_uri == "models:/credit/3"
        import shutil

        return shutil.copytree(served, f"{dst_path}/credit")

    fake = types.ModuleType("mlflow")
    fake.artifacts = types.SimpleNamespace(download_artifacts=download_artifacts)
    monkeypatch.setitem(sys.modules, "mlflow", fake)
    version = push_mlflow(s, "models:/credit/3", "credit", signer)
    assert version.source == "models:/credit/3" and version.files == 8
    (served / "MLmodel").unlink()
    with pytest.raises(IntegrityError, match="not an MLflow model"):
        push_mlflow(s, "models:/credit/3", "credit", signer)
