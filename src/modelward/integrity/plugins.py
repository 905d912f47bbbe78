"""The integrity package's built-in checks, as declared data (imported lazily).

Registered in modelward's pyproject under the entry-point group `modelward.plugins`."""

from __future__ import annotations

from modelward.core.plugins import PluginKind, PluginSpec

PLUGINS: tuple[PluginSpec, ...] = (
    PluginSpec("integrity.signature", PluginKind.CHECK, "supply-chain", "modelward.integrity.checks:SignatureCheck",
               "Model signature and attested scan"),
    PluginSpec("integrity.tamper", PluginKind.CHECK, "insider-threat", "modelward.integrity.checks:TamperCheck",
               "Parameter tampering against a reference version"),
)
