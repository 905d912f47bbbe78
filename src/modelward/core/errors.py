"""One error tree for modelward; every message says what, where, what was expected.

    ModelwardError
    ├── InputError            bad user input (file, data, option): CLI exit code 2
    │   ├── DataError         unreadable or inconsistent data
    │   ├── ModelLoadError    a model file no adapter can load, or refused as unsafe
    │   └── ConfigError       an option or policy file that makes no sense
    ├── AdapterError          a model failed while being queried
    │   └── EndpointError     a remote endpoint timed out or answered badly
    │       └── QueryRefused  the model's server refused a query on purpose (a guard)
    ├── PluginError           a plugin is broken or collides with another
    └── MissingExtraError     an optional dependency is not installed
"""

from __future__ import annotations


class ModelwardError(Exception):
    """Root of every error modelward raises on purpose."""


class InputError(ModelwardError):
    """Something the user gave us is wrong; the message says what and how to fix it."""


class DataError(InputError):
    """Data that cannot be read or does not fit what was asked."""


class ModelLoadError(InputError):
    """A model that cannot be loaded, or must not be loaded."""


class ConfigError(InputError):
    """An option, a policy or a configuration value that is invalid."""


class AdapterError(ModelwardError):
    """A model failed while being queried."""


class EndpointError(AdapterError, InputError):
    """A remote model endpoint timed out, refused, or answered with something unusable."""


class QueryRefused(EndpointError):
    """The model's server refused a query on purpose (a guard's 403). An attack meeting it stops there and
    keeps what it measured before: being stopped is the defence's effect."""


class PluginError(ModelwardError):
    """A plugin that is broken, collides with another id, or names an unknown threat."""


class MissingExtraError(ModelwardError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""

    def __init__(self, package: str, extra: str, purpose: str) -> None:
        super().__init__(
            f"{purpose} needs the '{package}' package: pip install 'modelward[{extra}]'"
        )
        self.package = package
        self.extra = extra


def require(module: str, extra: str, purpose: str) -> object:
    """Import an optional dependency, or raise MissingExtraError naming the extra."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(module.split(".")[0], extra, purpose) from exc
