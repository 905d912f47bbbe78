"""The registry: built-ins, third-party entry points, and the errors that protect it."""

import textwrap

import pytest

from modelward.core.errors import ConfigError, PluginError
from modelward.core.plugins import PluginKind, PluginSpec, discover, get, load_checks


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


def test_builtins_come_from_the_capability_tables_without_importing_the_plugins():
    import subprocess
    import sys

    from modelward.robustness.plugins import PLUGINS

    specs = discover(include_entry_points=False)
    assert {s.id for s in PLUGINS} <= {s.id for s in specs}
    assert all(s.source == "builtin" for s in specs)
    code = ("import sys; from modelward.core.plugins import discover; discover(); "
            "assert 'modelward.robustness.evasion' not in sys.modules and 'torch' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_get_takes_an_id_or_its_unique_last_part_and_suggests_close_ones():
    assert get("detection", PluginKind.MITIGATION).id == "robustness.detection"
    assert get("robustness.evasion").kind == PluginKind.CHECK
    with pytest.raises(PluginError, match=r"did you mean robustness\.evasion"):
        get("robustness.evasio")
    with pytest.raises(PluginError, match=r"no mitigation 'robustness\.evasion'"):
        get("robustness.evasion", PluginKind.MITIGATION)


def test_build_checks_parameters_against_the_declaration():
    check = get("robustness.evasion").build({"eps": "0.05,0.2", "norm": "l2"})
    assert check.eps == (0.05, 0.2) and check.norm == "l2"
    with pytest.raises(ConfigError, match=r"robustness.evasion: unknown parameter\(s\) 'epsilon'; it takes eps, norm"):
        get("robustness.evasion").build({"epsilon": 0.1})
    with pytest.raises(ConfigError, match=r"robustness\.evasion: parameter 'norm' got 'l3'; expected one of linf, l2"):
        get("robustness.evasion").build({"norm": "l3"})


def test_a_spec_that_contradicts_its_object_is_refused():
    spec = PluginSpec("robustness.stress", PluginKind.CHECK, "bias", "modelward.robustness.stress:StressCheck")
    with pytest.raises(PluginError, match="has threat 'evasion', registered as 'bias'"):
        spec.resolve_target()
    wrong_kind = PluginSpec("robustness.stress", PluginKind.GUARD, "evasion", "modelward.robustness.stress:StressCheck")
    with pytest.raises(PluginError, match="is not a guard"):
        wrong_kind.resolve_target()


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
    with pytest.raises(PluginError, match=r"'junk'.*not a Check, Mitigation or Guard, nor a table"):
        discover()


def test_broken_import_is_named(tmp_path, monkeypatch):
    _install_plugin(tmp_path, "mw_broken_plugin", "raise RuntimeError('nope')\n", {"broken": "mw_broken_plugin:X"})
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match=r"'broken'.*failed to load: nope"):
        discover()


TABLE_BODY = '''
    from modelward.core.plugins import PluginKind, PluginSpec

    PLUGINS = (PluginSpec("thirdparty.rows", PluginKind.CHECK, "model-drift", "mw_rows_plugin:RowCountCheck"),)
'''

MITIGATION_BODY = '''
    from modelward.core.plugins import Hardened
    from modelward.core.params import Param
    from modelward.core.report import AppliedMitigation

    class ShiftMitigation:
        """Adds a constant to the inputs (a third-party mitigation that does nothing useful)."""

        id, threat, title, improves = "thirdparty.shift", "model-drift", "Shift", "validation.performance"
        params = (Param("shift", float, 0.0, "what to add"),)

        def __init__(self, shift=0.0):
            self.shift = shift

        def applies(self, ctx):
            return True

        def apply(self, ctx):
            before = {"accuracy": float((ctx.model.predict(ctx.data.X) == ctx.data.y).mean())}
            return Hardened(self.id, ctx.model, None,
                            AppliedMitigation("model-validation", self.threat, f"shift {self.shift}", self.improves,
                                              before, dict(before)))
'''


def test_a_table_from_a_third_party_is_read_lazily(tmp_path, monkeypatch):
    _install_plugin(tmp_path, "mw_rows_plugin", CHECK_BODY, {})
    _install_plugin(tmp_path, "mw_table_plugin", TABLE_BODY, {"table": "mw_table_plugin:PLUGINS"})
    monkeypatch.syspath_prepend(str(tmp_path))
    spec = get("thirdparty.rows")
    assert spec.source == "entry point 'table'" and spec.kind == PluginKind.CHECK
    assert spec.build().run  # the check class is imported only now


def test_harden_runs_a_third_party_mitigation_through_the_registry(tmp_path, monkeypatch):
    _install_plugin(tmp_path, "mw_shift_plugin", MITIGATION_BODY, {"shift": "mw_shift_plugin:ShiftMitigation"})
    monkeypatch.syspath_prepend(str(tmp_path))
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression

    import modelward

    X, y = load_iris(return_X_y=True)
    hardened = modelward.harden(LogisticRegression(max_iter=2000).fit(X, y), (X, y), "thirdparty.shift",
                                params={"shift": "0.5"})
    assert hardened.applied.summary == "shift 0.5"
    with pytest.raises(ConfigError, match=r"thirdparty\.shift: parameter 'shift' got 'far'"):
        modelward.harden(LogisticRegression(max_iter=2000).fit(X, y), (X, y), "shift", params={"shift": "far"})
