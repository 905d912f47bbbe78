"""Errors raised by verification: input it cannot use, and models it cannot verify."""

from __future__ import annotations

from modelward.core.errors import ConfigError, DataError, ModelLoadError


class VerificationDataError(DataError):
    """Rows, labels or bounds that verification cannot use: NaN, wrong shape, out of bounds."""


class VerificationConfigError(ConfigError):
    """A budget or option that makes no sense (negative eps, a time budget of zero)."""


class UnsupportedModelError(ModelLoadError):
    """A model verification does not handle: nothing about it is verified."""
