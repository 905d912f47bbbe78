"""The context the red-team checks run in: the endpoint, its label in the report, and the seed."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from modelward.llm.redteam.endpoint import ChatEndpoint


@dataclass(frozen=True)
class LlmContext:
    """`label`: how the report names this run of the probes (e.g. "direct", "through the guard proxy")."""

    endpoint: ChatEndpoint
    label: str = "direct"
    seed: int = 0

    def rng(self, salt: int = 0) -> np.random.Generator:
        return np.random.default_rng([self.seed, salt])
