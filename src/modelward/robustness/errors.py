"""Errors raised by the robustness attacks; all are InputError subclasses (CLI exit code 2)."""

from __future__ import annotations

from modelward.core.errors import ConfigError, DataError


class AttackDataError(DataError):
    """Inputs or labels that an attack cannot use: wrong shape, NaN, unknown labels, out of bounds."""


class EpsilonError(ConfigError):
    """A perturbation budget that makes no sense for the data's scale."""


class AttackConfigError(ConfigError):
    """An attack option that is invalid (steps, queries, norm, targets)."""
