"""Format scanners come from the core registry: modelward's own table, and third-party formats (a spec
built here, as an entry point would declare it) for content no built-in scanner recognises."""

from __future__ import annotations

from pathlib import Path

import pytest

from modelward.core import plugins as core_plugins
from modelward.core.findings import Severity
from modelward.core.plugins import PluginKind, PluginSpec, discover
from modelward.scan import registry
from modelward.scan.api import scan_path
from modelward.scan.base import FileScan
from modelward.scan.contract import format_contract_errors
from modelward.scan.findings import finding
from modelward.scan.plugins import FORMATS


class EvilFormat:
    """A third-party format: files that start with b"EVIL" and carry a command after it."""

    id, threat, title, format = "scan.evil", "supply-chain", "EVIL model files", "evil"

    def recognise(self, head: bytes, source: object) -> bool:
        return head.startswith(b"EVIL")

    def scan(self, source, policy, limits) -> FileScan:  # type: ignore[no-untyped-def]
        head = source.head(64)
        found = [finding("evil.command", Severity.HIGH, f"EVIL file runs {head[4:].decode(errors='replace')!r}",
                         source.name, source.member)] if self.recognise(head, source) and len(head) > 4 else []
        return FileScan(source.label, self.format, tuple(found))


EVIL_FORMAT = EvilFormat()
SPEC = PluginSpec("scan.evil", PluginKind.FORMAT, "supply-chain", "test_registry:EVIL_FORMAT", "EVIL model files",
                  "entry point 'evil'")


@pytest.fixture
def with_third_party(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    builtins = discover(PluginKind.FORMAT)
    monkeypatch.setattr(core_plugins, "discover", lambda kind=None, **kw: (*builtins, SPEC))
    monkeypatch.setattr(registry, "_other_distributions", lambda: True)  # as if a distribution declared SPEC
    registry.third_party.cache_clear()
    yield
    registry.third_party.cache_clear()


def test_builtin_formats_are_registered_in_the_core_registry() -> None:
    specs = {s.id: s for s in discover(PluginKind.FORMAT)}
    assert {f"scan.{fmt}" for fmt in FORMATS} <= set(specs)
    assert all(specs[f"scan.{fmt}"].target == target for fmt, (target, _) in FORMATS.items())


def test_a_third_party_format_is_used_for_content_no_builtin_recognises(with_third_party, tmp_path: Path) -> None:
    (tmp_path / "model.evil").write_bytes(b"EVILrm -rf ~")
    (tmp_path / "other.bin").write_bytes(b"nothing known")
    report = scan_path(tmp_path)
    [f] = report.findings
    assert f.check_id == "scan.evil.command" and "rm -rf" in f.title
    assert [Path(s.subject).name for s in report.skipped] == ["other.bin"]


def test_without_third_party_plugins_the_registry_is_not_loaded(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "notes.txt").write_text("not a model")
    code = ("import sys; from modelward.scan.api import scan_path; r = scan_path(sys.argv[1]); "
            "assert r.skipped; assert 'modelward.core.plugins' not in sys.modules, 'registry loaded'")
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True)


def test_a_third_party_format_cannot_take_over_a_builtin_one(with_third_party, tmp_path: Path) -> None:
    import pickle

    (tmp_path / "m.pkl").write_bytes(pickle.dumps({"EVIL": 1}))
    report = scan_path(tmp_path)
    assert not report.findings and not report.skipped  # read by the built-in pickle scanner


def test_the_format_contract_holds_for_builtins_and_the_third_party_scanner() -> None:
    for spec in (*[s for s in discover(PluginKind.FORMAT) if s.source == "builtin"], SPEC):
        assert format_contract_errors(spec) == [], spec.id


def test_the_contract_catches_a_scanner_that_raises() -> None:
    class Fragile(EvilFormat):
        def scan(self, source, policy, limits) -> FileScan:  # type: ignore[no-untyped-def]
            raise ValueError("cannot parse")

    assert any("raised ValueError" in e for e in format_contract_errors(Fragile()))
