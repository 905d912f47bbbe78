import hashlib
import os

import pytest

from modelward.integrity.errors import ManifestError
from modelward.integrity.hashing import hash_pieces, split
from modelward.integrity.walk import list_files


@pytest.fixture
def sized(tmp_path):
    """Files whose sizes straddle the chunk and shard boundaries."""
    root = tmp_path / "m"
    root.mkdir()
    for size in (0, 1, 4095, 4096, 4097, 3 * 4096 + 5, 50_000):
        (root / f"f{size}").write_bytes(os.urandom(size))
    return root


@pytest.mark.parametrize("workers", [1, 3])
def test_whole_file_digests_equal_hashlib(sized, workers):
    files = list_files(sized)
    digests = hash_pieces(split(files, None), workers=workers, chunk_size=4096)
    assert [d.hex() for d in digests] == [hashlib.sha256(f.path.read_bytes()).hexdigest() for f in files]


def test_shard_digests_equal_hashlib_of_each_range(sized):
    files = list_files(sized)
    pieces = split(files, 4096)
    assert all(p.end - p.start <= 4096 for p in pieces)
    assert not any(p.file.size == 0 for p in pieces)  # an empty file has no shard, as in model signing
    digests = hash_pieces(pieces, workers=2, chunk_size=4096)
    for p, d in zip(pieces, digests, strict=True):
        assert d == hashlib.sha256(p.file.path.read_bytes()[p.start:p.end]).digest()


def test_blake2_is_supported(sized):
    files = list_files(sized)
    (d,) = hash_pieces(split(files[-1:], None), hash_type="blake2")
    assert d == hashlib.blake2b(files[-1].path.read_bytes()).digest()


def test_an_unknown_hash_type_and_a_tiny_chunk_are_refused(sized):
    pieces = split(list_files(sized), None)
    with pytest.raises(ManifestError, match="expected one of sha256, blake2"):
        hash_pieces(pieces, hash_type="md5")
    with pytest.raises(ManifestError, match="chunk size"):
        hash_pieces(pieces, chunk_size=10)


def test_a_file_rewritten_after_listing_is_named(sized):
    files = list_files(sized)
    target = sized / "f50000"
    target.write_bytes(os.urandom(50_001))
    with pytest.raises(ManifestError, match=r"f50000: changed size \(50000 -> 50001 bytes\)"):
        hash_pieces(split(files, None), workers=2)


def test_a_file_replaced_after_listing_is_named(sized):
    files = list_files(sized)
    (sized / "new").write_bytes(os.urandom(4096))
    os.replace(sized / "new", sized / "f4096")  # another inode of the same size under the listed name
    with pytest.raises(ManifestError, match="f4096: was replaced by another file"):
        hash_pieces(split(files, None), workers=1)


def test_a_file_swapped_for_a_link_after_listing_is_refused(sized, tmp_path):
    files = list_files(sized)
    (tmp_path / "outside").write_bytes(b"x" * 4096)
    os.remove(sized / "f4096")
    os.symlink(tmp_path / "outside", sized / "f4096")
    with pytest.raises(ManifestError, match="f4096"):
        hash_pieces(split(files, None), workers=1)


def test_a_file_rewritten_in_place_with_the_same_size_is_named(sized):
    files = list_files(sized)
    target = sized / "f4097"
    st = target.stat()
    with open(target, "r+b") as fh:
        fh.write(b"\0")
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    with pytest.raises(ManifestError, match="f4097: was rewritten"):
        hash_pieces(split(files, None))
