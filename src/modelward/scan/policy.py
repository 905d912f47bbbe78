"""`--policy FILE`: a TOML file with the schema of allowlist.toml that extends the built-in lists."""

from __future__ import annotations

import tomllib
from pathlib import Path

from modelward.core.errors import ConfigError
from modelward.scan.allowlist import GlobalPolicy, builtin_policy


def load_policy(path: str | Path) -> GlobalPolicy:
    """The built-in allow/deny lists extended by `path`; ConfigError names the file and the field."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"policy file {path}: cannot be read ({exc.strerror})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"policy file {path}: not valid TOML ({exc})") from exc
    return builtin_policy().extended(data, f"policy file {path}")
