"""The layering the design promises: the core imports no capability, the library never imports the CLI."""

import ast
from pathlib import Path

import pytest

import modelward

PACKAGE = Path(modelward.__file__).parent
CAPABILITIES = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()} - {"core", "cli"}


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, at any depth (lazy imports inside functions included)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module))
            out += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return out


def _violations(files, forbidden):
    return [f"{f.relative_to(PACKAGE.parent)}:{line} imports {name}" for f in files for line, name in _imports(f)
            if any(name == m or name.startswith(m + ".") for m in forbidden)]


def test_there_are_capability_packages_to_guard_against():
    assert {"robustness", "scan"} <= CAPABILITIES


def test_core_imports_no_capability_and_no_package_level_module():
    forbidden = {f"modelward.{c}" for c in CAPABILITIES} | {"modelward.api", "modelward.testing", "modelward.cli"}
    assert _violations(sorted((PACKAGE / "core").rglob("*.py")), forbidden) == []


@pytest.mark.parametrize("package", sorted(CAPABILITIES | {"core"}))
def test_the_library_never_imports_the_cli(package):
    assert _violations(sorted((PACKAGE / package).rglob("*.py")), {"modelward.cli"}) == []


def test_a_capability_uses_another_only_through_its_public_api():
    """robustness and scan may not reach into each other's modules; shared needs move to core."""
    for cap in CAPABILITIES:
        others = {f"modelward.{c}" for c in CAPABILITIES - {cap}}
        assert _violations(sorted((PACKAGE / cap).rglob("*.py")), others) == [], cap


def test_the_rule_catches_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from modelward.scan.api import scan_path\n")
    assert _imports(bad) == [(2, "modelward.scan.api"), (2, "modelward.scan.api.scan_path")]
