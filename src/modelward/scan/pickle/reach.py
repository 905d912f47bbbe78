"""Where a global outside the allowlist leads, found statically in the installed environment.

The module is located with `importlib.util.find_spec` (top level) and `PathFinder` (submodules, so
no parent package runs), its source parsed with `ast`; nothing is imported. From the entry points the
pickle uses (a function body; a class's `__init__`/`__new__` when called, `__new__` when instantiated,
`__setstate__`/`__setattr__` when rebuilt from state) calls are followed `limits.max_reach_depth`
deep to the sinks of `sinks.toml`: process execution, code evaluation, dynamic import, file or network
I/O. A function that calls one of its own arguments, or calls the result of `getattr` with a computed
name, is a call gadget. Code without Python source (a C builtin, an extension module) is "compiled".
"""

from __future__ import annotations

import ast
import builtins
import fnmatch
import importlib.machinery
import importlib.util
import tomllib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from modelward.scan.limits import Limits

SOURCE, COMPILED, UNRESOLVED = "source", "compiled", "unresolved"
_BUILTIN_CALLS = {"eval", "exec", "compile", "__import__", "open", "breakpoint"}
_SAFE_BASES = {"builtins.object", "builtins.dict", "builtins.list", "builtins.tuple", "builtins.set",
               "builtins.frozenset", "builtins.int", "builtins.float", "builtins.str", "builtins.bytes",
               "builtins.Exception", "builtins.BaseException", "builtins.ValueError", "builtins.type",
               "typing.Generic", "typing.NamedTuple", "abc.ABC", "enum.Enum"}
ENTRIES = {"call": ("__init__", "__new__"), "new": ("__new__",), "setstate": ("__setstate__", "__setattr__")}


@dataclass(frozen=True)
class Reach:
    """What static resolution found: `status` source / compiled / unresolved, what the global is,
    the first paths to sinks ("process: a.f -> subprocess.run"), a call gadget, and how far it looked."""

    status: str
    kind: str = "other"  # function / class / other
    where: str = ""
    sinks: tuple[str, ...] = ()
    gadget: str | None = None
    explored: int = 0
    bounded: bool = False


@dataclass
class _Module:
    name: str
    path: str
    defs: dict[str, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # local name -> dotted name it refers to
    stars: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _sinks() -> tuple[tuple[str, str], ...]:
    """(dotted prefix or glob, category title), from sinks.toml."""
    data = tomllib.loads((Path(__file__).parent.parent / "sinks.toml").read_text("utf-8"))
    return tuple((entry, str(table["title"])) for table in data.values() for entry in table["entries"])


def sink_of(dotted: str) -> str | None:
    """The sink category a dotted callable name belongs to, or None."""
    for entry, title in _sinks():
        if "*" in entry:
            if fnmatch.fnmatchcase(dotted, entry):
                return title
        elif dotted == entry or dotted.startswith(entry + "."):
            return title
    return None


# ------------------------------------------------------------------ locating and parsing modules

@lru_cache(maxsize=4096)
def locate(module: str) -> tuple[str, str]:
    """(status, path or reason) for a module name, without importing it or its parents."""
    parts = module.split(".")
    try:
        spec = importlib.util.find_spec(parts[0])
        for i in range(1, len(parts)):
            locations = spec.submodule_search_locations if spec is not None else None
            if not locations:
                return UNRESOLVED, f"{'.'.join(parts[:i])} is not a package"
            spec = importlib.machinery.PathFinder.find_spec(".".join(parts[: i + 1]), list(locations))
    except (ImportError, ValueError, AttributeError) as exc:
        return UNRESOLVED, f"cannot be located ({type(exc).__name__})"
    if spec is None:
        return UNRESOLVED, "not installed here"
    origin = spec.origin or ""
    if origin.endswith(".py"):
        return SOURCE, origin
    if origin == "frozen":
        filename = getattr(spec.loader_state, "filename", None)
        if filename:
            return SOURCE, filename
    return COMPILED, origin or "namespace package"


@lru_cache(maxsize=512)
def _parse(module: str, path: str, max_bytes: int) -> _Module | None:
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            return None
        tree = ast.parse(data, filename=path)
    except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    info = _Module(module, path)
    package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
    for node in tree.body:
        _declare(info, node, package)
    return info


def _declare(info: _Module, node: ast.stmt, package: str) -> None:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        info.defs[node.name] = node
    elif isinstance(node, ast.Import):
        for a in node.names:
            info.aliases[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            base = f"{parent}.{base}" if base else parent
        for a in node.names:
            if a.name == "*":
                info.stars.append(base)
            else:
                info.aliases[a.asname or a.name] = f"{base}.{a.name}"
    elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        dotted = _dotted(node.value)
        if dotted is not None:
            info.aliases[node.targets[0].id] = dotted
        else:
            info.defs.pop(node.targets[0].id, None)
    elif isinstance(node, ast.If | ast.Try):  # `try: import x except ImportError: ...` and version checks
        handlers = [s for h in getattr(node, "handlers", []) for s in h.body]
        for sub in [*node.body, *handlers, *node.orelse, *getattr(node, "finalbody", [])]:
            _declare(info, sub, package)


def _dotted(expr: ast.expr) -> str | None:
    parts = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if isinstance(expr, ast.Name):
        return ".".join([expr.id, *reversed(parts)])
    return None


# ------------------------------------------------------------------ resolving names

@dataclass
class _Budget:
    modules: int
    explored: int = 0
    bounded: bool = False

    def spend(self) -> bool:
        if self.modules <= 0:
            self.bounded = True
            return False
        self.modules -= 1
        return True


_Def = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


@dataclass(frozen=True)
class _Target:
    status: str
    module: _Module | None = None
    node: _Def | None = None
    owner: ast.ClassDef | None = None  # the class a method was found in
    dotted: str = ""
    where: str = ""


def _module_info(module: str, limits: Limits, budget: _Budget) -> _Target | _Module:
    status, where = locate(module)
    if status != SOURCE:
        return _Target(status, dotted=module, where=where)
    if not budget.spend():
        return _Target(UNRESOLVED, dotted=module, where="limits.max_reach_modules reached")
    info = _parse(module, where, limits.max_source_bytes)
    if info is None:
        return _Target(UNRESOLVED, dotted=module, where=f"{where}: not parsed (syntax, or limits.max_source_bytes)")
    return info


def resolve(dotted: str, limits: Limits, budget: _Budget, hops: int = 0) -> _Target:
    """The definition `dotted` names: the longest module prefix that exists, then names inside it."""
    parts = dotted.split(".")
    for i in range(len(parts) - 1, 0, -1):
        module, qual = ".".join(parts[:i]), parts[i:]
        if locate(module)[0] == UNRESOLVED and i > 1:
            continue
        return _lookup(module, qual, limits, budget, hops)
    return _Target(UNRESOLVED, dotted=dotted, where="no module part")


def _lookup(module: str, qual: list[str], limits: Limits, budget: _Budget, hops: int) -> _Target:
    dotted = ".".join([module, *qual])
    got = _module_info(module, limits, budget)
    if isinstance(got, _Target):
        return _Target(got.status, dotted=dotted, where=got.where)
    if hops > limits.max_nesting_depth:
        budget.bounded = True
        return _Target(UNRESOLVED, dotted=dotted, where="import chain too long")
    head, rest = qual[0], qual[1:]
    node = got.defs.get(head)
    if node is None:
        if head in got.aliases:
            return resolve(".".join([got.aliases[head], *rest]), limits, budget, hops + 1)
        for star in got.stars:
            found = _lookup(star, qual, limits, budget, hops + 1)
            if found.status != UNRESOLVED:
                return found
        return _Target(UNRESOLVED, dotted=dotted, where=f"{got.path}: {head} is not defined statically")
    owner: ast.ClassDef | None = None
    for part in rest:
        if not isinstance(node, ast.ClassDef):
            return _Target(UNRESOLVED, dotted=dotted, where=f"{got.path}: {part} is not a class member")
        try:
            member = _member(node, part)
        except _Assigned:
            member = None
        if member is None:
            return _Target(UNRESOLVED, dotted=dotted, where=f"{got.path}: {node.name}.{part} not defined statically")
        owner, node = node, member
    return _Target(SOURCE, got, node, owner, dotted, got.path)


class _Assigned(Exception):
    """A class attribute bound by assignment (`__setstate__ = helper`): not followed, judged unresolved."""


def _member(cls: ast.ClassDef, name: str) -> _Def | None:
    for stmt in cls.body:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and stmt.name == name:
            return stmt
        if isinstance(stmt, ast.Assign | ast.AnnAssign) and any(
            isinstance(t, ast.Name) and t.id == name for t in (stmt.targets if isinstance(stmt, ast.Assign)
                                                               else [stmt.target])
        ) and getattr(stmt, "value", None) is not None:
            raise _Assigned(name)
    return None


def _find_method(target: _Target, name: str, limits: Limits, budget: _Budget,
                 seen: set[str] | None = None) -> _Target | None:
    """`name` on the class `target` or its bases (depth first, as a simple MRO): the method, a
    compiled/unresolved base that may define it, or None when only safe bases remain."""
    assert isinstance(target.node, ast.ClassDef) and target.module is not None
    seen = seen if seen is not None else set()
    if target.dotted in seen:
        return None
    seen.add(target.dotted)
    try:
        member = _member(target.node, name)
    except _Assigned:
        return _Target(UNRESOLVED, dotted=f"{target.dotted}.{name}", where="bound by assignment in the class body")
    if member is not None:
        return _Target(SOURCE, target.module, member, target.node, f"{target.dotted}.{name}", target.where)
    for base in target.node.bases:
        dotted = _dotted(base)
        full = _qualify(dotted, target.module) if dotted else None
        if full is None:
            return _Target(UNRESOLVED, dotted=f"{target.dotted} base", where="a base class computed at run time")
        if full in _SAFE_BASES or full.startswith("typing."):
            continue
        base_target = resolve(full, limits, budget)
        if base_target.status != SOURCE or not isinstance(base_target.node, ast.ClassDef):
            return _Target(base_target.status, dotted=full, where=base_target.where)
        found = _find_method(base_target, name, limits, budget, seen)
        if found is not None:
            return found
    return None


def _qualify(dotted: str, info: _Module) -> str:
    head, _, rest = dotted.partition(".")
    if head in info.aliases:
        base = info.aliases[head]
    elif head in info.defs:
        base = f"{info.name}.{head}"
    elif hasattr(builtins, head):
        base = f"builtins.{head}"
    else:
        base = f"{info.name}.{head}"
    return f"{base}.{rest}" if rest else base


# ------------------------------------------------------------------ following calls

def _params(fn: ast.FunctionDef | ast.AsyncFunctionDef, method: bool) -> set[str]:
    a = fn.args
    names = [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)]
    if method and names:
        names = names[1:]
    names += [p.arg for p in (a.vararg, a.kwarg) if p is not None]
    return set(names)


def _calls(target: _Target) -> Iterator[tuple[str, str]]:
    """("sink" | "follow" | "gadget", detail) for each call in a function body."""
    fn, info = target.node, target.module
    assert isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef) and info is not None
    params = _params(fn, target.owner is not None)
    local = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    imported = _Module(info.name, info.path)  # imports inside the function (`import subprocess` in a body)
    package = info.name if info.path.endswith("__init__.py") else info.name.rpartition(".")[0]
    for node in ast.walk(fn):
        if isinstance(node, ast.Import | ast.ImportFrom):
            _declare(imported, node, package)
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Call) and isinstance(func.func, ast.Name) and func.func.id == "getattr" and len(
            func.args
        ) >= 2 and not isinstance(func.args[1], ast.Constant):
            yield "gadget", "calls the result of getattr with a computed name"
            continue
        if isinstance(func, ast.Name) and func.id in params:
            yield "gadget", f"calls its argument {func.id!r}"
            continue
        dotted = _dotted(func)
        if dotted is None:
            continue
        head, _, rest = dotted.partition(".")
        if head in ("self", "cls") and target.owner is not None and rest and "." not in rest:
            yield "follow", f"{_owner_dotted(target)}.{rest}"
        elif head in imported.aliases:
            yield "follow", f"{imported.aliases[head]}.{rest}" if rest else imported.aliases[head]
        elif head in params or head in local:
            continue  # a method of an argument or a local value: its type is not known statically
        elif head in info.defs or head in info.aliases:
            yield "follow", _qualify(dotted, info)
        elif not rest and head in _BUILTIN_CALLS:
            yield "sink", f"builtins.{head}"


def _owner_dotted(target: _Target) -> str:
    base = target.dotted.rsplit(".", 1)[0]
    return base


def reach(module: str, qualname: str, entry: str, limits: Limits) -> Reach:
    """Resolve `module.qualname` and follow what `entry` ("call", "new" or "setstate") runs."""
    return _reach_cached(module, qualname, entry, limits.max_reach_depth, limits.max_reach_modules,
                         limits.max_source_bytes, limits.max_nesting_depth, limits.max_reach_functions)


@lru_cache(maxsize=4096)
def _reach_cached(module: str, qualname: str, entry: str, depth: int, modules: int, source_bytes: int,
                  nesting: int, functions: int) -> Reach:
    limits = Limits(max_reach_depth=depth, max_reach_modules=modules, max_source_bytes=source_bytes,
                    max_nesting_depth=nesting, max_reach_functions=functions)
    budget = _Budget(modules)
    target = _lookup(module, qualname.split("."), limits, budget, 0)
    if target.status != SOURCE or target.node is None:
        return Reach(target.status, where=target.where, bounded=budget.bounded)
    kind = "class" if isinstance(target.node, ast.ClassDef) else "function"
    starts: list[_Target] = []
    if kind == "function":
        starts = [target]
    else:
        for name in ENTRIES[entry]:
            found = _find_method(target, name, limits, budget)
            if found is None:
                continue
            if found.status != SOURCE:
                return Reach(COMPILED if found.status == COMPILED else UNRESOLVED, kind,
                             f"{name} comes from {found.dotted} ({found.where})", bounded=budget.bounded)
            starts.append(found)
    sinks: list[str] = []
    gadget: str | None = None
    queue = deque((s, 0, s.dotted) for s in starts)
    seen = {s.dotted for s in starts}
    while queue and len(sinks) < 3:
        current, level, path = queue.popleft()
        if not isinstance(current.node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if budget.explored >= functions:
            budget.bounded = True
            break
        budget.explored += 1
        for what, detail in _calls(current):
            if what == "gadget":
                gadget = gadget or (f"{current.dotted} {detail}" if level else detail)
                continue
            category = sink_of(detail)
            if category is not None:
                sinks.append(f"{category}: {path} -> {detail}")
                continue
            if what != "follow" or detail in seen:
                continue
            seen.add(detail)
            if level + 1 > depth:
                budget.bounded = True
                continue
            nxt = resolve(detail, limits, budget)
            if nxt.status == SOURCE and isinstance(nxt.node, ast.ClassDef):
                nxt = _find_method(nxt, "__init__", limits, budget) or nxt
            if nxt.status == SOURCE:
                queue.append((nxt, level + 1, f"{path} -> {detail}"))
    return Reach(SOURCE, kind, target.where, tuple(sinks), gadget, budget.explored, budget.bounded)
