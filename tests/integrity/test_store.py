import sqlite3

import pytest

from modelward.integrity import keys
from modelward.integrity.errors import IntegrityError, Quarantined
from modelward.integrity.signer import KeySigner
from modelward.integrity.signing import verify_model
from modelward.integrity.store import ModelStore, StoredModel
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


def _three_versions(s, signer, tmp_path):
    model = make_model(tmp_path / "m")
    for i in range(3):
        (model / "config.json").write_text(f'{{"v": {i}}}')
        s.push(model, "credit", signer)
        s.promote("credit", i + 1)
    return model


def test_a_quarantined_version_is_refused_by_every_read_until_released(store, tmp_path):
    s, signer, _ = store
    _three_versions(s, signer, tmp_path)
    info = s.quarantine("credit", "production", "pickle with os.system found", incident="INC-1")
    assert (info.number, info.stages, info.quarantined) == (3, ("production",), "pickle with os.system found")
    reads = {
        "verify": lambda: s.verify("credit", 3),
        "read by stage": lambda: s.read("credit", "production", "config.json"),
        "read by number as text": lambda: s.read("credit", "3", "config.json"),
        "checkout": lambda: s.checkout("credit", 3, tmp_path / "out"),
        "promote to another stage": lambda: s.promote("credit", 3, stage="staging"),
    }
    for what, read in reads.items():
        with pytest.raises(Quarantined, match=r"credit v3 .*quarantined since .* incident INC-1: pickle") as exc:
            read()
        assert "store release credit 3" in str(exc.value), what
    assert not (tmp_path / "out").exists()
    with pytest.raises(Quarantined, match=r"production points to it"):
        s.read("credit", "production", "config.json")
    # the evidence stays, and a forensic checkout is the one way to read it, logged
    out = s.checkout("credit", 3, tmp_path / "forensic", forensic=True)
    assert (out / "config.json").read_text() == '{"v": 2}'
    assert s.rollback("credit").number == 2
    s.quarantine("credit", 1, "same pipeline")
    s.quarantine("credit", 1, "second hold keeps the first record")
    assert s.version("credit", 1).quarantined == "same pipeline"
    with pytest.raises(Quarantined, match="credit v1 "):
        s.rollback("credit")  # v2 -> v1, which is held
    assert s.version("credit", "production").number == 2
    s.release("credit", 3, "re-scanned clean after the scanner fix")
    assert s.verify("credit", 3).files
    actions = [(e.action, e.to_version) for e in s.events("credit")]
    assert ("forensic-checkout", 3) in actions and ("release", 3) in actions
    assert actions.count(("quarantine", 1)) == 1


def test_quarantine_needs_a_reason_and_release_a_quarantined_version(store, tmp_path):
    s, signer, _ = store
    s.push(make_model(tmp_path / "m"), "credit", signer)
    with pytest.raises(IntegrityError, match="give a reason"):
        s.quarantine("credit", 1, "  ")
    with pytest.raises(IntegrityError, match="not quarantined"):
        s.release("credit", 1, "cleared")
    with pytest.raises(IntegrityError, match="has no version 7"):
        s.quarantine("credit", 7, "unknown")


def test_a_schema_1_store_is_upgraded_so_older_readers_refuse_it(store, tmp_path):
    s, signer, trust = store
    s.push(make_model(tmp_path / "m"), "credit", signer)
    db = sqlite3.connect(s.root / "store.db")
    db.execute("DROP TABLE quarantine")
    db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    upgraded = ModelStore(s.root, trust)
    upgraded.quarantine("credit", 1, "held")
    db = sqlite3.connect(s.root / "store.db")
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("2",)
    db.close()
    with pytest.raises(Quarantined):
        upgraded.verify("credit", 1)


def test_load_model_reads_a_stored_version_verified_and_never_a_quarantined_one(store, tmp_path):
    joblib = pytest.importorskip("joblib")
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression

    from modelward.api import load_model

    s, signer, _ = store
    X, y = load_iris(return_X_y=True)
    joblib.dump(LogisticRegression(max_iter=500).fit(X, y), tmp_path / "iris.joblib")
    s.push(tmp_path / "iris.joblib", "iris", signer)
    s.promote("iris", 1)
    adapter = load_model(StoredModel(s, "iris"))
    assert (adapter.predict_proba(X[:50]).argmax(axis=1) == y[:50]).mean() > 0.9
    s.quarantine("iris", 1, "drift alarm")
    with pytest.raises(Quarantined, match=r"iris v1 .*drift alarm"):
        load_model(StoredModel(s, "iris", "production"))
    s.push(make_model(tmp_path / "dir"), "dir", signer)
    with pytest.raises(IntegrityError, match=r"holds no file None \(files: "):
        load_model(StoredModel(s, "dir", 1))
