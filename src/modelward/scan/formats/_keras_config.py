"""Walk a Keras model config (Keras 3 `.keras` config.json or Keras 2 HDF5 `model_config`).

Flags Lambda layers, serialised lambdas (marshalled bytecode) and `module` references that
make the loader import code outside Keras (cf. CVE-2025-1550, where `module`/`class_name`
resolved e.g. `os.system` even under safe_mode before Keras 3.9).
"""

from __future__ import annotations

from modelward.core.findings import Finding, Severity
from modelward.scan.findings import finding

KERAS_MODULES = frozenset({"keras", "tf_keras", "tensorflow", "keras_nlp", "keras_hub", "keras_cv", "tensorflow_hub"})
# Top-level modules whose callables run commands, open files or import code.
DANGEROUS_MODULES = frozenset(
    {
        "os", "posix", "nt", "subprocess", "builtins", "__builtin__", "sys", "shutil", "socket",
        "importlib", "runpy", "pty", "ctypes", "pickle", "_pickle", "marshal", "code", "codeop",
        "webbrowser", "multiprocessing", "io", "tempfile", "pathlib", "urllib", "http", "ftplib",
        "requests", "commands", "pdb", "timeit", "types", "functools", "operator",
        "platform", "signal", "asyncio", "threading", "zipimport", "distutils", "setuptools", "pip",
    }
)  # fmt: skip

METHOD = "walk of the model config JSON (never deserialised by Keras)"


def walk_config(
    config: object, fmt: str, path: str, member: str | None, *, legacy: bool, max_depth: int
) -> tuple[list[Finding], list[str]]:
    """All findings in a parsed config, and where it nests deeper than `max_depth` (those parts are
    not walked; the caller reports them as a limit). `legacy` = Keras 2 HDF5 (no safe_mode on load)."""
    out: list[Finding] = []
    too_deep: list[str] = []
    stack: list[tuple[object, int, str]] = [(config, 0, "")]
    seen: set[tuple[str, str]] = set()
    while stack:
        node, depth, where = stack.pop()
        if depth > max_depth:
            too_deep.append(where or "/")
            continue
        if isinstance(node, list):
            stack.extend((v, depth + 1, f"{where}[{i}]") for i, v in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        for f in _check(node, fmt, path, member, where, legacy):
            key = (f.check_id, f.title)
            if key not in seen:
                seen.add(key)
                out.append(f)
        stack.extend((v, depth + 1, f"{where}/{k}") for k, v in node.items())
    return out, too_deep


def _name(node: dict[str, object]) -> str:
    cfg = node.get("config")
    if isinstance(cfg, dict) and isinstance(cfg.get("name"), str):
        return str(cfg["name"])
    return "?"


def _check(
    node: dict[str, object], fmt: str, path: str, member: str | None, where: str, legacy: bool
) -> list[Finding]:
    out: list[Finding] = []
    cls = node.get("class_name")
    cfg = node.get("config")
    loc = f"{member}:{where or '/'}" if member else where or "/"
    if isinstance(cls, str) and cls.rsplit(".", 1)[-1] == "Lambda" and isinstance(cfg, dict):
        out.append(_lambda_layer(cfg, fmt, path, loc, legacy, _name(node)))
    elif cls == "__lambda__":
        out.append(finding(f"{fmt}.lambda", Severity.HIGH, "Serialised Python lambda (marshalled bytecode) in Keras "
                           "config", path, loc, description="Keras rebuilds this function from bytecode on load "
                           "unless safe_mode=True.", method=METHOD))
    module = node.get("module")
    if isinstance(module, str) and module and ("class_name" in node or "function" in node):
        top = module.split(".", 1)[0]
        if top not in KERAS_MODULES:
            target = f"{module}.{node.get('class_name') if isinstance(cls, str) else node.get('function')}"
            if isinstance(cls, str) and cls == "function" and isinstance(cfg, str):
                target = f"{module}.{cfg}"
            dangerous = top in DANGEROUS_MODULES
            out.append(
                finding(
                    f"{fmt}.module-import",
                    Severity.CRITICAL if dangerous else Severity.HIGH,
                    f"Keras config imports {'dangerous ' if dangerous else ''}callable {target[:200]} "
                    "from outside Keras",
                    path,
                    loc,
                    description=(
                        "Loading imports this module and resolves the callable from it; Keras before "
                        "3.9 did so even with safe_mode=True (CVE-2025-1550)."
                    ),
                    method=METHOD,
                    measurements={
                        "module": module[:200],
                        "registered_name": str(node.get("registered_name"))[:200],
                    },
                )
            )
    return out


def _lambda_layer(cfg: dict[str, object], fmt: str, path: str, loc: str, legacy: bool, name: str) -> Finding:
    fn = cfg.get("function")
    ftype = cfg.get("function_type")
    bytecode = (legacy and ftype == "lambda") or (isinstance(fn, dict) and fn.get("class_name") == "__lambda__")
    if legacy and bytecode:
        sev = Severity.CRITICAL
        title = f"Keras Lambda layer {name!r} with marshalled Python bytecode"
        desc = "The legacy HDF5 loader unmarshals and runs this bytecode when the model is loaded."
    else:
        sev = Severity.HIGH
        title = f"Keras Lambda layer {name!r}" + (" with marshalled Python bytecode" if bytecode else "")
        desc = (
            "Lambda layers run arbitrary Python; Keras 3 refuses serialised lambdas under "
            "safe_mode=True (the default) but runs them with safe_mode=False or in Keras 2."
        )
    return finding(
        f"{fmt}.lambda",
        sev,
        title,
        path,
        loc,
        description=desc,
        method=METHOD,
        measurements={"layer": name[:200], "function_type": str(ftype), "bytecode": bytecode},
    )
