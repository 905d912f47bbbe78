import os

import pytest

from modelward.integrity.errors import BundleError, ManifestError
from modelward.integrity.manifest import Resource, Serialization, build_manifest, check_resources, compare


def test_the_root_digest_is_sha256_over_the_item_digests_in_order(model_dir):
    import hashlib

    m = build_manifest(model_dir, Serialization("files"))
    assert m.root_digest == hashlib.sha256(b"".join(bytes.fromhex(r.digest) for r in m.resources)).hexdigest()
    assert [r.name for r in m.resources][:2] == ["a/b", "a.txt"]


def test_shards_cover_each_file_in_order_and_skip_empty_files(model_dir):
    m = build_manifest(model_dir, Serialization("shards", shard_size=30_000))
    weights = [r for r in m.resources if r.path == "weights.bin"]
    assert [r.span for r in weights] == [(0, 30_000), (30_000, 60_000), (60_000, 70_000)]
    assert {r.algorithm for r in m.resources} == {"sha256-sharded-30000"}
    assert "empty" not in m.files
    assert m.files["with:colon.txt"][0].name == "with:colon.txt:0:1"


def test_the_manifest_does_not_depend_on_workers_or_chunk_size(model_dir):
    ser = Serialization("shards", shard_size=10_000)
    assert build_manifest(model_dir, ser, workers=1, chunk_size=4096) == build_manifest(model_dir, ser, workers=4)


def test_compare_names_added_removed_and_changed_files(model_dir):
    ser = Serialization("shards", shard_size=30_000)
    before = build_manifest(model_dir, ser)
    with open(model_dir / "weights.bin", "r+b") as fh:  # one byte in the second shard
        fh.seek(40_000)
        byte = fh.read(1)
        fh.seek(40_000)
        fh.write(bytes([byte[0] ^ 1]))
    os.remove(model_dir / "config.json")
    (model_dir / "sub" / "extra.py").write_text("import os")
    (model_dir / "a.txt").write_text("aa")
    diff = compare(before, build_manifest(model_dir, ser))
    assert diff.added == ("sub/extra.py",) and diff.removed == ("config.json",)
    changed = {c.name: c for c in diff.changed}
    assert changed["weights.bin"].ranges == ((30_000, 60_000),)
    assert changed["a.txt"].describe() == "a.txt (size 1 -> 2 bytes)"
    assert "changed: weights.bin (bytes 30000-60000)" in diff.lines()
    assert not diff.ok


def test_a_file_added_while_hashing_is_detected(model_dir, monkeypatch):
    from modelward.integrity import manifest as mod

    real = mod.hash_pieces

    def hash_then_add(*a, **kw):
        out = real(*a, **kw)
        (model_dir / "late.bin").write_bytes(b"late")
        return out

    monkeypatch.setattr(mod, "hash_pieces", hash_then_add)
    with pytest.raises(ManifestError, match=r"changed while it was being hashed \(late\.bin\)"):
        build_manifest(model_dir)


def test_serialization_reads_model_signing_numbers_and_refuses_nonsense():
    ser = Serialization.from_dict({"method": "shards", "hash_type": "sha256", "shard_size": 1000000000.0,
                                   "allow_symlinks": False, "ignore_paths": [".git"]})
    assert ser.shard_size == 1_000_000_000 and ser.item_algorithm == "sha256-sharded-1000000000"
    for bad, match in [({"method": "tensors"}, "newer model-signing"),
                       ({"method": "shards", "hash_type": "sha256", "shard_size": 2.5}, "shard_size"),
                       ({"method": "files", "hash_type": "md5"}, "hash type"),
                       ({"method": "files", "hash_type": "sha256", "ignore_paths": ["."]}, "relative"),
                       ({"method": "files", "hash_type": "sha256", "allow_symlinks": "yes"}, "allow_symlinks")]:
        with pytest.raises(BundleError, match=match):
            Serialization.from_dict(bad)


@pytest.mark.parametrize("name, algorithm, digest, match", [
    ("../etc/passwd", "sha256", "0" * 64, "relative to the model"),
    ("/abs", "sha256", "0" * 64, "relative to the model"),
    ("a//b", "sha256", "0" * 64, "normalised"),
    ("ok", "sha512", "0" * 64, "algorithm"),
    ("ok", "sha256", "0" * 63, "64 lowercase hex"),
    ("ok", "sha256", "g" * 64, "64 lowercase hex"),
])
def test_hostile_resources_are_refused(name, algorithm, digest, match):
    with pytest.raises(BundleError, match=match):
        check_resources([Resource(name, algorithm, digest)], Serialization("files"), "resources")


def test_duplicate_and_oversized_shards_are_refused():
    ser = Serialization("shards", shard_size=10)
    alg = ser.item_algorithm
    with pytest.raises(BundleError, match="listed twice"):
        check_resources([Resource("a:0:10", alg, "0" * 64)] * 2, ser, "r")
    with pytest.raises(BundleError, match="start < end"):
        check_resources([Resource("a:0:11", alg, "0" * 64)], ser, "r")
    with pytest.raises(BundleError, match="START:END"):
        check_resources([Resource("a:x:y", alg, "0" * 64)], ser, "r")
