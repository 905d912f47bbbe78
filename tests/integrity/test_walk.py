import os
import socket

import pytest

from modelward.integrity.errors import ManifestError
from modelward.integrity.walk import GIT_PATHS, list_files, normalise_ignore_paths


def names(model, **kw):
    return [f.name for f in list_files(model, **kw)]


def test_lists_every_file_by_path_components(model_dir):
    got = names(model_dir)
    # by components "a/b" sorts before "a.txt" (string order would put it after)
    assert got == ["a/b", "a.txt", "config.json", "empty", "sub/deeper/tokenizer.json", "weights.bin",
                   "with:colon.txt"]


def test_a_single_file_is_named_dot(model_dir):
    (f,) = list_files(model_dir / "weights.bin")
    assert f.name == "." and f.size == 70_000


def test_ignored_paths_and_everything_below_them_are_left_out(model_dir):
    (model_dir / ".git").mkdir()
    (model_dir / ".git" / "HEAD").write_text("ref")
    got = names(model_dir, ignore_paths=(*GIT_PATHS, "sub", "a.txt"))
    assert "sub/deeper/tokenizer.json" not in got and "a.txt" not in got and ".git/HEAD" not in got
    assert "a/b" in got  # "a" is not "a.txt"


@pytest.mark.parametrize("bad", ["", ".", "..", "../x", "/etc", "a/../../b"])
def test_ignore_paths_that_would_cover_the_whole_model_or_leave_it_are_refused(bad):
    with pytest.raises(ManifestError, match="relative to the model directory"):
        normalise_ignore_paths([bad])


def test_ignore_paths_are_normalised():
    assert normalise_ignore_paths(["./a//b/", "c\\d"]) == ("a/b", "c/d")


def test_a_link_is_refused_unless_allowed(model_dir):
    os.symlink("weights.bin", model_dir / "alias.bin")
    with pytest.raises(ManifestError, match=r"alias\.bin: is a symbolic link"):
        list_files(model_dir)
    files = {f.name: f for f in list_files(model_dir, allow_symlinks=True)}
    assert files["alias.bin"].path.resolve() == (model_dir / "weights.bin").resolve()


def test_a_link_out_of_the_model_is_refused_even_when_links_are_allowed(model_dir, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("outside")
    os.symlink(secret, model_dir / "innocent.bin")
    with pytest.raises(ManifestError, match="leaves the model directory"):
        list_files(model_dir, allow_symlinks=True)


def test_a_relative_link_climbing_out_through_a_subdirectory_is_refused(model_dir, tmp_path):
    (tmp_path / "outside").mkdir()
    os.symlink("../../../outside", model_dir / "sub" / "deeper" / "escape")
    with pytest.raises(ManifestError, match="leaves the model directory"):
        list_files(model_dir, allow_symlinks=True)


def test_a_dangling_link_and_a_loop_are_named(model_dir):
    os.symlink("nowhere", model_dir / "dangling")
    with pytest.raises(ManifestError, match="dangling"):
        list_files(model_dir, allow_symlinks=True)
    os.remove(model_dir / "dangling")
    os.symlink("..", model_dir / "sub" / "up")
    with pytest.raises(ManifestError, match="loop"):
        list_files(model_dir, allow_symlinks=True)


def test_a_linked_directory_inside_the_model_is_walked_under_its_link_name(model_dir):
    os.symlink("sub", model_dir / "alias")
    got = names(model_dir, allow_symlinks=True)
    assert "alias/deeper/tokenizer.json" in got and "sub/deeper/tokenizer.json" in got


def test_special_files_are_refused_by_name(model_dir):
    os.mkfifo(model_dir / "pipe")
    with pytest.raises(ManifestError, match="pipe: is a named pipe"):
        list_files(model_dir)
    os.remove(model_dir / "pipe")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(model_dir / "s"))
        with pytest.raises(ManifestError, match="is a socket"):
            list_files(model_dir)
    finally:
        sock.close()


def test_missing_model_and_linked_root(tmp_path, model_dir):
    with pytest.raises(ManifestError, match="no such file"):
        list_files(tmp_path / "absent")
    os.symlink(model_dir, tmp_path / "link")
    with pytest.raises(ManifestError, match="is a symbolic link"):
        list_files(tmp_path / "link")
    assert len(list_files(tmp_path / "link", allow_symlinks=True)) == 7


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_directory_is_named(model_dir):
    os.chmod(model_dir / "sub", 0)
    try:
        with pytest.raises(ManifestError, match="permission denied"):
            list_files(model_dir)
    finally:
        os.chmod(model_dir / "sub", 0o755)
