"""Who knows what in a membership audit, and which reference model trains on which record.

The auditor holds the audited model's training rows (members) and rows it never saw (non-members).
A share `known_fraction` of each plays the attacker's knowledge: known members go into every reference
model's training set (so the copies resemble the audited model), known non-members are the population
records of RMIA and the rows an attacker calibrates thresholds on. The other rows are the targets the
attacks score. Every reference model trains on as many rows as the audited model did: the known members
plus a random subset of the targets; with as many target members as target non-members the subsets
come in complementary pairs, so each target is IN exactly half the models (online LiRA's design).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.core.errors import ConfigError


@dataclass(frozen=True, eq=False)
class AuditDesign:
    """Row indices into the pool `members ++ non-members` (members first)."""

    n_members: int
    n_nonmembers: int
    known_members: np.ndarray
    known_nonmembers: np.ndarray
    targets: np.ndarray           # scored rows, members first
    target_is_member: np.ndarray  # bool per target
    subsets: tuple[np.ndarray, ...]  # training rows of each reference model
    target_in: np.ndarray         # (models, targets) bool: reference model k trained on target j

    @property
    def pool_size(self) -> int:
        return self.n_members + self.n_nonmembers


def make_design(n_members: int, n_nonmembers: int, known_fraction: float, n_models: int,
                rng: np.random.Generator) -> AuditDesign:
    """Split the rows and draw the reference models' training subsets."""
    if not 0.0 <= known_fraction < 1.0:
        raise ConfigError(f"known_fraction must be in [0, 1), got {known_fraction}")
    if n_members < 2 or n_nonmembers < 2:
        raise ConfigError(f"a membership audit needs at least 2 members and 2 non-members, got {n_members} and "
                          f"{n_nonmembers}")
    if n_models < 0:
        raise ConfigError(f"reference models must be 0 or more, got {n_models}")
    members = rng.permutation(n_members)
    nonmembers = n_members + rng.permutation(n_nonmembers)
    k_m = min(round(known_fraction * n_members), n_members - 1)
    k_n = min(round(known_fraction * n_nonmembers), n_nonmembers - 1)
    known_m, target_m = np.sort(members[:k_m]), np.sort(members[k_m:])
    known_n, target_n = np.sort(nonmembers[:k_n]), np.sort(nonmembers[k_n:])
    targets = np.r_[target_m, target_n]
    is_member = np.r_[np.ones(len(target_m), bool), np.zeros(len(target_n), bool)]
    draw = len(target_m)  # reference training sets: known members + as many targets as there are target members
    subsets: list[np.ndarray] = []
    target_in = np.zeros((n_models, len(targets)), dtype=bool)
    paired = 2 * draw == len(targets)
    chosen = np.arange(0)
    for k in range(n_models):
        if paired and k % 2 == 1:
            chosen = np.setdiff1d(np.arange(len(targets)), chosen)  # the complement of the previous draw
        else:
            chosen = np.sort(rng.permutation(len(targets))[:draw])
        target_in[k, chosen] = True
        subsets.append(np.r_[known_m, targets[chosen]])
    return AuditDesign(n_members, n_nonmembers, known_m, known_n, targets, is_member, tuple(subsets), target_in)
