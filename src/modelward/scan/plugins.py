"""The scan package's built-in plugins (format scanners), as declared data (imported lazily)."""

from __future__ import annotations

from modelward.core.plugins import PluginSpec

PLUGINS: tuple[PluginSpec, ...] = ()
