"""The guard pipeline: the registered guards the policy names, built with their declared parameters,
asked in order to `inspect` each request and to `filter` each response.

A guard that raises fails closed: its verdict is block (or flag, with `guard_on_error: flag`), with the
error as the reason; it never lets a request through unexamined in silence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from modelward.core.adapters.base import ModelAdapter
from modelward.core.context import Dataset
from modelward.core.errors import ConfigError
from modelward.core.guards import Action, Decision, GuardRequest, GuardResponse, combine
from modelward.core.plugins import Guard, build_guard, judges_prefixes
from modelward.gateway.policy import GuardPolicy


@dataclass(frozen=True, eq=False)
class Verdict:
    """The combined decision and each guard's own."""

    decision: Decision
    each: tuple[Decision, ...]

    @property
    def blocked(self) -> bool:
        return self.decision.action == Action.BLOCK

    def to_list(self) -> list[dict[str, Any]]:
        return [d.to_dict() for d in self.each]


class GuardPipeline:
    def __init__(self, guards: Sequence[Guard], on_error: str = "block") -> None:
        self.guards = tuple(guards)
        self.on_error = on_error

    @classmethod
    def build(cls, configured: Sequence[GuardPolicy], model: ModelAdapter, reference: Dataset | None,
              on_error: str = "block") -> GuardPipeline:
        guards = []
        for i, g in enumerate(configured):
            try:
                guards.append(build_guard(g.id, g.params, model, reference))
            except ConfigError as exc:
                raise ConfigError(f"guards[{i}] ({g.id}): {exc}") from None
        return cls(guards, on_error)

    def _failed(self, guard: Guard, exc: Exception) -> Decision:
        reason = f"the guard failed ({type(exc).__name__}: {str(exc)[:200]}); failing closed"
        make = Decision.block if self.on_error == "block" else Decision.flag
        return make(reason, guard.id)

    @property
    def judges_prefixes(self) -> bool:
        """Every guard may judge a streamed answer piece by piece (`core.plugins.judges_prefixes`)."""
        return all(judges_prefixes(g) for g in self.guards)

    def inspect(self, request: GuardRequest) -> Verdict:
        each = []
        for guard in self.guards:
            try:
                each.append(guard.inspect(request))
            except Exception as exc:  # a broken guard must not open the gate
                each.append(self._failed(guard, exc))
        return Verdict(combine(each), tuple(each))

    def filter(self, response: GuardResponse) -> Verdict:
        each = []
        outputs, text = response.outputs, response.text
        for guard in self.guards:  # each guard sees the outputs and text the guards before it passed on
            current = GuardResponse(response.request, outputs, response.classes, text, response.partial)
            try:
                decision = guard.filter(current)
            except Exception as exc:
                decision = self._failed(guard, exc)
            if decision.outputs is not None:
                if outputs is not None and decision.outputs.shape != outputs.shape:
                    decision = self._failed(guard, ValueError(f"replacement outputs of shape "
                                                              f"{decision.outputs.shape}, expected {outputs.shape}"))
                else:
                    outputs = decision.outputs
            if decision.text is not None:
                text = decision.text
            each.append(decision)
        combined = combine(each)
        return Verdict(Decision(combined.action, combined.reason, combined.score, combined.guard_id, combined.rows,
                                outputs, text=text if text != response.text else None), tuple(each))
