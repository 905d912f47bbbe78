"""The files of a model: a single file, or every file below a directory, with links and ignored paths
handled explicitly.

Names are POSIX paths relative to the model root ("." for a single-file model), as OpenSSF model signing
writes them. Symbolic links are refused unless allowed, and an allowed link is still refused when it
points outside the model directory, dangles, or loops. Pipes, sockets and devices are refused. Each file
carries a stamp (device, inode, size, modification time) so that the hasher can tell a file that changed
while it was being read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from modelward.integrity.errors import ManifestError

GIT_PATHS: tuple[str, ...] = (".git", ".gitattributes", ".github", ".gitignore")


@dataclass(frozen=True)
class FileStamp:
    """What identifies a file's content without reading it; a change means the file was rewritten."""

    device: int
    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> FileStamp:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass(frozen=True)
class ModelFile:
    """One file of a model: its name in the manifest, the path opened to read it, and its stamp."""

    name: str
    path: Path
    stamp: FileStamp

    @property
    def size(self) -> int:
        return self.stamp.size


def normalise_ignore_paths(paths: Iterable[str | os.PathLike[str]], where: str = "ignore path") -> tuple[str, ...]:
    """Ignore paths as sorted POSIX names relative to the model root. An empty, absolute, "." or ".." path
    would ignore the whole model or something outside it: refused."""
    out = set()
    for raw in paths:
        text = os.fspath(raw).replace("\\", "/").strip()
        pure = PurePosixPath(text)
        if not text or pure.is_absolute() or ".." in pure.parts or str(pure) == ".":
            raise ManifestError(f"{where} {text!r}: expected a path relative to the model directory, inside it "
                                "(not empty, absolute, '.' or containing '..')")
        out.add(str(pure))
    return tuple(sorted(out))


def is_ignored(name: str, ignore_paths: Iterable[str]) -> bool:
    """Whether `name` is an ignored path or lies below one."""
    return any(name == p or name.startswith(p + "/") for p in ignore_paths)


def _kind(mode: int) -> str:
    for test, what in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return what
    return "not a regular file or directory"


def _stat(path: Path, follow: bool) -> os.stat_result:
    try:
        return path.stat() if follow else path.lstat()
    except FileNotFoundError:
        dangling = " (a dangling link)" if path.is_symlink() else ""
        raise ManifestError(f"{path}: no such file or directory{dangling}") from None
    except PermissionError:
        raise ManifestError(f"{path}: permission denied; the model cannot be hashed without reading it") from None
    except OSError as exc:
        raise ManifestError(f"{path}: cannot be read ({exc.strerror})") from None


class _Walker:
    def __init__(self, root: Path, allow_symlinks: bool, ignore_paths: tuple[str, ...]) -> None:
        self.root = root
        self.real_root = root.resolve()
        self.allow_symlinks = allow_symlinks
        self.ignore_paths = ignore_paths
        self.files: list[ModelFile] = []

    def follow_link(self, path: Path) -> Path:
        """The target of an allowed link, refused when it dangles or leaves the model directory."""
        target = Path(os.path.realpath(path))
        if not self.allow_symlinks:
            raise ManifestError(f"{path}: is a symbolic link (to {os.readlink(path)}); links are refused unless "
                                "allowed (--allow-symlinks), and then only inside the model directory")
        if not target.exists():
            raise ManifestError(f"{path}: is a dangling symbolic link (to {os.readlink(path)})")
        if target != self.real_root and not target.is_relative_to(self.real_root):
            raise ManifestError(f"{path}: is a symbolic link that leaves the model directory (to {target}); "
                                "refused even with --allow-symlinks")
        return target

    def walk(self, directory: Path, prefix: str, ancestors: tuple[Path, ...]) -> None:
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except PermissionError:
            raise ManifestError(f"{directory}: permission denied; cannot list the model directory") from None
        except OSError as exc:
            raise ManifestError(f"{directory}: cannot be listed ({exc.strerror})") from None
        for entry in entries:
            name = f"{prefix}{entry.name}"
            if is_ignored(name, self.ignore_paths):
                continue
            path = Path(entry.path)
            real = self.follow_link(path) if entry.is_symlink() else path
            st = _stat(real, follow=True)
            if stat.S_ISDIR(st.st_mode):
                resolved = real.resolve()
                if resolved in ancestors:
                    raise ManifestError(f"{path}: symbolic link loop (back to {resolved})")
                self.walk(path, name + "/", (*ancestors, resolved))
            elif stat.S_ISREG(st.st_mode):
                self.files.append(ModelFile(name, real, FileStamp.of(st)))
            else:
                raise ManifestError(f"{path}: is {_kind(st.st_mode)}, not a regular file; a model is hashed from "
                                    "regular files only (remove it or ignore it)")


def list_files(model: Path, *, allow_symlinks: bool = False, ignore_paths: Iterable[str] = ()) -> tuple[ModelFile, ...]:
    """Every file of the model, sorted by name; ManifestError names the path that cannot be hashed."""
    model = Path(model)
    ignored = normalise_ignore_paths(ignore_paths)
    st = _stat(model, follow=False)
    if stat.S_ISLNK(st.st_mode):
        if not allow_symlinks:
            raise ManifestError(f"{model}: is a symbolic link (to {os.readlink(model)}); pass the real path, "
                                "or allow links (--allow-symlinks)")
        st = _stat(model, follow=True)
    if stat.S_ISREG(st.st_mode):
        return (ModelFile(".", model, FileStamp.of(st)),)
    if not stat.S_ISDIR(st.st_mode):
        raise ManifestError(f"{model}: is {_kind(st.st_mode)}; expected a model file or directory")
    walker = _Walker(model, allow_symlinks, ignored)
    walker.walk(model, "", (model.resolve(),))
    return tuple(sorted(walker.files, key=lambda f: PurePosixPath(f.name).parts))
