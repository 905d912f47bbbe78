"""Structured output: the response must be JSON that fits a JSON schema before a program consumes it."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError, require

_FENCE = re.compile(r"^\s*```(?:json)?\s*\n(.*)\n\s*```\s*$", re.S)
MAX_SCHEMA_BYTES = 1 << 20


def load_schema(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_SCHEMA_BYTES:
            raise ConfigError(f"{path}: larger than {MAX_SCHEMA_BYTES} bytes; not a JSON schema")
        schema = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the JSON schema: {exc}") from None
    jsonschema: Any = require("jsonschema", "llm", "validating structured output")
    try:
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise ConfigError(f"{path}: not a valid JSON schema: {exc.message}") from None
    return dict(schema)


def schema_errors(text: str, schema: Mapping[str, Any], limit: int = 10) -> list[str]:
    """Why `text` (optionally inside a ```json fence) is not JSON fitting `schema`; empty when it is."""
    m = _FENCE.match(text)
    body = m.group(1) if m else text
    try:
        value = json.loads(body)
    except (ValueError, RecursionError) as exc:
        return [f"not valid JSON: {str(exc)[:160]}"]
    jsonschema: Any = require("jsonschema", "llm", "validating structured output")
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))[:limit]
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:200]}" for e in errors]
