"""The registry: built-ins, third-party entry points, and the errors that protect it."""

import textwrap

import pytest

from modelward.core.errors import PluginError
from modelward.core.plugins import BUILTINS, PluginKind, discover, load_checks


def _install_plugin(root, name, body, entry_points):
    """Make an installed distribution with entry points in `root` (a real dist-info, found by importlib)."""
    (root / f"{name}.py").write_text(textwrap.dedent(body))
    dist = root / f"{name}-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    lines = "\n".join(f"{k} = {v}" for k, v in entry_points.items())
    (dist / "entry_points.txt").write_text(f"[modelward.plugins]\n{lines}\n")


CHECK_BODY = '''
    from modelward.core.findings import Evidence, Finding, Severity

    class RowCountCheck:
        """Reports how many rows were assessed (a minimal third-party check)."""

        id = "thirdparty.rows"
        threat = "model-drift"
        title = "Row count"

        def applies(self, ctx):
            return True

        def run(self, ctx):
            return [Finding(self.id, self.threat, Severity.INFO, f"{len(ctx.data)} rows",
                            evidence=Evidence("count", {"rows": len(ctx.data)}))]
'''


def test_builtins_are_registered_without_importing_them():
    specs = discover(include_entry_points=False)
    assert {s.id for s in specs} == {b[0] for b in BUILTINS}
    assert all(s.source == "builtin" for s in specs)


def test_entry_point_plugin_is_discovered_and_runs(tmp_path, monkeypatch):
    _install_plugin(tmp_path, "mw_rows_plugin", CHECK_BODY, {"rows": "mw_rows_plugin:RowCountCheck"})
    monkeypatch.syspath_prepend(str(tmp_path))
    specs = {s.id: s for s in discover()}
    spec = specs["thirdparty.rows"]
    assert spec.kind == PluginKind.CHECK and spec.source == "entry point 'rows'"
    from modelward.testing import plugin_contract_errors, reference_context

    check = next(c for c in load_checks() if c.id == "thirdparty.rows")
    assert plugin_contract_errors(check) == []
    assert check.run(reference_context())[0].evidence.measurements["rows"] == 171


def test_duplicate_id_names_the_entry_point(tmp_path, monkeypatch):
    body = CHECK_BODY.replace("thirdparty.rows", "validation.performance")
    _install_plugin(tmp_path, "mw_dup_plugin", body, {"dup": "mw_dup_plugin:RowCountCheck"})
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match=r"'validation.performance' from entry point 'dup' is already registered"):
        discover()


def test_unknown_threat_is_refused(tmp_path, monkeypatch):
    body = CHECK_BODY.replace('"model-drift"', '"alien-threat"')
    _install_plugin(tmp_path, "mw_alien_plugin", body, {"alien": "mw_alien_plugin:RowCountCheck"})
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match="unknown threat 'alien-threat'"):
        discover()


def test_object_that_is_no_plugin_is_refused(tmp_path, monkeypatch):
    _install_plugin(tmp_path, "mw_junk_plugin", "class Junk:\n    pass\n", {"junk": "mw_junk_plugin:Junk"})
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match=r"'junk'.*not a Check, Mitigation or Guard"):
        discover()


def test_broken_import_is_named(tmp_path, monkeypatch):
    _install_plugin(tmp_path, "mw_broken_plugin", "raise RuntimeError('nope')\n", {"broken": "mw_broken_plugin:X"})
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match=r"'broken'.*failed to load: nope"):
        discover()
