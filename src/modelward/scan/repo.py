"""Model repositories (Hugging Face layout): scan every file and flag remote code.

`trust_remote_code=True` imports the modules named in `auto_map` (config.json,
tokenizer_config.json, processor configs) and whatever they import relatively; each such
module is a high finding naming the class and the file. Every file is scanned by the given
`scan_file`, skipped with a reason, or reported as an error; symlinks are never followed.
"""

from __future__ import annotations

import ast
import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from modelward.core.findings import Finding, Severity
from modelward.scan.base import FileScan, FormatError
from modelward.scan.findings import finding, limit_finding
from modelward.scan.jsonsafe import load_json
from modelward.scan.limits import DEFAULT_LIMITS, LimitReached, Limits

FMT = "repo"
SKIP_DIRS = {".git": "version-control metadata", ".hg": "version-control metadata", "__pycache__": "bytecode cache"}
RISKY_IMPORTS = frozenset({"os", "subprocess", "socket", "requests", "urllib", "http", "ctypes", "pickle", "shutil"})
RISKY_CALLS = frozenset({"eval", "exec", "compile", "__import__", "system", "popen", "loads"})


@dataclass(frozen=True)
class RemoteCode:
    """One auto_map entry: which Auto class loads which class from which module file."""

    auto_class: str
    reference: str
    module_file: str  # relative to the repository root
    class_name: str
    other_repo: str | None
    config: str  # the config file that declares it


def scan_repo(root: Path, scan_file: Callable[[Path], FileScan], limits: Limits = DEFAULT_LIMITS) -> list[FileScan]:
    """Scan a model repository directory: one FileScan per file, remote code flagged."""
    root = Path(root)
    if not root.is_dir():
        return [FileScan(str(root), FMT, error=f"{root}: not a directory (expected a model repository)")]
    results: dict[str, FileScan] = {}
    extra: dict[str, list[Finding]] = defaultdict(list)
    for rel, fs in _walk(root, limits):
        if fs is None:
            try:
                fs = scan_file(root / rel)
            except Exception as exc:  # a scanner bug must not hide the other files
                fs = FileScan(str(root / rel), "unknown", error=f"{root / rel}: scanner failed ({exc!r})")
        results[rel] = fs
    entries: list[RemoteCode] = []
    for rel in results:
        if _is_config(rel):
            try:
                entries += _auto_map(root, rel, limits)
            except LimitReached as exc:  # e.g. a config of nested brackets: reported, the walk goes on
                extra[rel].append(limit_finding(FMT, exc, str(root / rel)))
    executed = _executed_modules(root, entries, limits)
    for e in entries:
        extra[e.config].append(_entry_finding(root, e, executed))
    for rel, importer in executed.items():
        if (root / rel).is_file():
            extra[rel].append(_module_finding(root, rel, importer))
    for rel in results:
        if rel.endswith(".py") and rel not in executed:
            extra[rel].append(_loose_python(root, rel))
    out = []
    for rel, fs in results.items():
        more = tuple(extra.get(rel, ()))
        out.append(replace(fs, findings=fs.findings + more, skipped=None) if more else fs)
    return out


def _walk(root: Path, limits: Limits) -> Iterator[tuple[str, FileScan | None]]:
    """(relative path, None to scan | a ready FileScan) for every entry under root."""
    real_root = os.path.realpath(root)
    count = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        depth = len(here.relative_to(root).parts)
        for d in sorted(dirnames):
            p = here / d
            rel = p.relative_to(root).as_posix()
            if d in SKIP_DIRS:
                yield rel, FileScan(str(p), "directory", skipped=SKIP_DIRS[d])
            elif p.is_symlink():
                yield rel, _symlink(root, real_root, p)
            elif depth + 1 > limits.max_nesting_depth:
                yield (
                    rel,
                    FileScan(str(p), "directory", skipped=f"deeper than max_nesting_depth={limits.max_nesting_depth}"),
                )
        dirnames[:] = sorted(
            d
            for d in dirnames
            if d not in SKIP_DIRS and not (here / d).is_symlink() and depth + 1 <= limits.max_nesting_depth
        )
        for name in sorted(filenames):
            p = here / name
            rel = p.relative_to(root).as_posix()
            count += 1
            if count > limits.max_archive_members:
                yield (
                    rel,
                    FileScan(
                        str(p),
                        FMT,
                        skipped=f"repository has more than max_archive_members={limits.max_archive_members} files",
                    ),
                )
            elif p.is_symlink():
                yield rel, _symlink(root, real_root, p)
            elif not p.is_file():
                yield rel, FileScan(str(p), "special", skipped="not a regular file")
            else:
                yield rel, None


def _symlink(root: Path, real_root: str, p: Path) -> FileScan:
    target = os.path.realpath(p)
    if os.path.commonpath([real_root, target]) == real_root:
        return FileScan(
            str(p), "symlink", skipped=f"symlink inside the repository to {Path(target).relative_to(real_root)}"
        )
    found = finding(
        f"{FMT}.symlink-escape",
        Severity.HIGH,
        f"Symlink escapes the repository: {p.relative_to(root)} -> {target}",
        p,
        description="Tools that follow it read or overwrite files outside the repository.",
        method="os.path.realpath against the repository root",
        measurements={"target": target[:500]},
    )
    return FileScan(str(p), "symlink", findings=(found,))


def _is_config(rel: str) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return name.endswith("config.json") or name in {"preprocessor_config.json", "processor_config.json"}


def _auto_map(root: Path, rel: str, limits: Limits) -> list[RemoteCode]:
    p = root / rel
    if p.stat().st_size > limits.max_config_bytes:
        raise LimitReached("max_config_bytes", f"{rel} is larger than limits.max_config_bytes: auto_map not read")
    with open(p, "rb") as fh:
        raw = fh.read(limits.max_config_bytes + 1)
    try:
        data = load_json(raw, limits, rel)
    except FormatError:
        return []
    amap = data.get("auto_map") if isinstance(data, dict) else None
    if not isinstance(amap, dict):
        return []
    base = Path(rel).parent
    out = []
    for auto_class, refs in amap.items():
        for ref in refs if isinstance(refs, list) else [refs]:
            if not isinstance(ref, str) or "." not in ref:
                continue
            other, _, local = ref.rpartition("--")
            module, _, cls = local.rpartition(".")
            module_file = (base / (module.replace(".", "/") + ".py")).as_posix()
            out.append(RemoteCode(str(auto_class), ref, module_file, cls, other or None, rel))
    return out


def _executed_modules(root: Path, entries: list[RemoteCode], limits: Limits) -> dict[str, str]:
    """Module files trust_remote_code imports: auto_map targets and their relative imports."""
    executed: dict[str, str] = {}
    todo = [(e.module_file, f"auto_map {e.auto_class} in {e.config}") for e in entries if e.other_repo is None]
    while todo and len(executed) < limits.max_archive_members:
        rel, why = todo.pop()
        if rel in executed:
            continue
        executed[rel] = why
        for dep in _relative_imports(root, rel):
            todo.append((dep, f"imported by {rel}"))
    return executed


def _parse(root: Path, rel: str, limits: Limits = DEFAULT_LIMITS) -> ast.Module | None:
    p = root / rel
    if not p.is_file() or p.is_symlink() or p.stat().st_size > limits.max_source_bytes:
        return None
    try:
        return ast.parse(p.read_bytes(), filename=rel)  # parsing only: nothing is executed
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _relative_imports(root: Path, rel: str) -> list[str]:
    tree = _parse(root, rel)
    if tree is None:
        return []
    base = Path(rel).parent
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level >= 1:
            pkg = base
            for _ in range(node.level - 1):
                pkg = pkg.parent
            if node.module:
                out.append((pkg / (node.module.replace(".", "/") + ".py")).as_posix())
            else:
                out += [(pkg / f"{a.name}.py").as_posix() for a in node.names]
    return [o for o in out if not o.startswith("..") and (root / o).is_file()]


def _code_profile(root: Path, rel: str) -> dict[str, str | int | float | bool | None]:
    tree = _parse(root, rel)
    if tree is None:
        return {"parsed": False}
    imports, calls = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imports |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            imports.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call):
            fn = node.func
            name = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else ""
            if name in RISKY_CALLS:
                calls.add(name)
    return {
        "parsed": True,
        "risky_imports": ", ".join(sorted(imports & RISKY_IMPORTS)),
        "risky_calls": ", ".join(sorted(calls)),
    }


def _entry_finding(root: Path, e: RemoteCode, executed: dict[str, str]) -> Finding:
    present = (root / e.module_file).is_file()
    if e.other_repo:
        where = f"{e.module_file.rsplit('/', 1)[-1]} from another repository, {e.other_repo}"
    else:
        where = e.module_file + ("" if present else " (not in the repository: downloaded at load time)")
    return finding(
        f"{FMT}.remote-code",
        Severity.HIGH,
        f"trust_remote_code runs class {e.class_name} from {where} for {e.auto_class}",
        root / e.config,
        member=f"auto_map.{e.auto_class}",
        description="Loading with trust_remote_code=True imports and runs this Python module.",
        method="auto_map entries of the repository's config files",
        measurements={"reference": e.reference[:300], "module_file": e.module_file, "present": present},
        mitigations=("artifact-scanning", "safe-serialization"),
    )


def _module_finding(root: Path, rel: str, why: str) -> Finding:
    return finding(
        f"{FMT}.remote-code-module",
        Severity.HIGH,
        f"Python module {rel} runs under trust_remote_code ({why})",
        root / rel,
        description="Review this code before loading with trust_remote_code=True.",
        method="auto_map targets and their relative imports (ast, not executed)",
        measurements=_code_profile(root, rel),
    )


def _loose_python(root: Path, rel: str) -> Finding:
    return finding(
        f"{FMT}.python-file",
        Severity.LOW,
        f"Python file {rel} in the model repository (not referenced by auto_map)",
        root / rel,
        method="auto_map targets and their relative imports (ast, not executed)",
        measurements=_code_profile(root, rel),
    )
