"""A bounded, strict YAML reader for the files people write by hand (system models, incident notes).

PyYAML's safe loader never runs code, but it still accepts what a hand-written security document should
not hold: anchors and aliases (a few lines expand to gigabytes), duplicate keys (the second silently wins),
and files of any size. This reader refuses all three, naming the file and the line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError, require

MAX_BYTES = 1 << 20  # a system model is a few kilobytes; a megabyte is already suspicious


def _loader() -> Any:
    yaml: Any = require("yaml", "governance", "Reading YAML system models")

    class StrictLoader(yaml.SafeLoader):  # type: ignore[misc]
        """SafeLoader that refuses aliases and duplicate keys."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise ConfigError(f"line {event.start_mark.line + 1}: YAML aliases (*{event.anchor}) are not "
                                  "allowed; write the value out")
            node = super().compose_node(parent, index)
            if getattr(node, "anchor", None) is not None:
                raise ConfigError(f"line {node.start_mark.line + 1}: YAML anchors (&{node.anchor}) are not allowed")
            return node

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                if key in seen:
                    raise ConfigError(f"line {key_node.start_mark.line + 1}: key {key!r} appears twice")
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, StrictLoader.construct_mapping)
    # Dates stay text (2027-01-31), as in JSON: the schema checks their format, one type for both inputs.
    StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
    return StrictLoader


def load_yaml_text(text: str, where: str) -> Any:
    """Parse YAML text strictly; errors name `where` (a file name) and the line."""
    yaml: Any = require("yaml", "governance", "Reading YAML system models")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ConfigError(f"{where}: larger than {MAX_BYTES} bytes; a system model should be far smaller")
    try:
        return yaml.load(text, Loader=_loader())
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{where}: {line}not valid YAML: {problem}") from None


def load_yaml_file(path: Path) -> Any:
    """Read and parse a YAML file strictly (size checked before it is read whole)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if size > MAX_BYTES:
        raise ConfigError(f"{path}: {size} bytes, larger than {MAX_BYTES}; a system model should be far smaller")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    return load_yaml_text(text, str(path))
