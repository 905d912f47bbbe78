"""`llm.tool-policy`: the tool-call policy as a run-time guard (excessive agency).

`inspect` refuses a request that offers the model a tool outside the policy (the application would be
granting more agency than the policy allows). `filter` reads the tool calls the model asks for and
refuses the response when one is outside the allowlist, fails its argument schema or argument checks,
or exceeds its budget; a call to a tool marked dangerous is held for a person's approval (blocked, with
`details.approval_required`). Every refusal names the call and all its reasons, for the audit log.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from modelward.core.guards import Decision, GuardRequest, GuardResponse
from modelward.core.params import Param
from modelward.llm.guards.config import ConfiguredGuard
from modelward.llm.tools.calls import offered_tools, response_tool_calls
from modelward.llm.tools.policy import ToolGate, ToolPolicy, load_policy


class ToolPolicyGuard(ConfiguredGuard):
    """Allows only the tool calls its policy allows: allowlisted tools, arguments that fit each tool's JSON
    schema and pass path / URL / command checks, within per-tool budgets; dangerous tools need approval."""

    id = "llm.tool-policy"
    threat = "llm-excessive-agency"
    title = "Tool-call policy: allowlist, argument schemas and checks, budgets, approval"
    params = (
        Param("policy", str, "", "tool policy file (JSON or YAML); empty: no tool is allowed"),
        Param("mode", str, "block", "block a call outside the policy, or only flag it", choices=("block", "flag")),
    )
    example_params = {"mode": "block"}

    def __init__(self, values: Mapping[str, Any]) -> None:
        super().__init__(values)
        policy = load_policy(self.values["policy"]) if self.values["policy"] else ToolPolicy(source="<deny all>")
        self.gate = ToolGate(policy)

    def inspect(self, request: GuardRequest) -> Decision:
        outside = [n for n in offered_tools(request.text) if n not in self.gate.policy.tools]
        if outside:
            shown = ", ".join(repr(n[:60]) for n in outside[:5])
            return self._refuse(f"the request offers the model tools outside the policy: {shown}", tools=outside[:20])
        return Decision.allow(self.id)

    judges_prefixes = True  # a streamed answer's tool calls are held back and judged whole, once

    def filter(self, response: GuardResponse) -> Decision:
        if response.partial:
            return Decision.allow(self.id)  # budgets are charged once, on the whole answer's calls
        calls = response_tool_calls(response.text)
        if not calls:
            return Decision.allow(self.id)
        verdicts = self.gate.check(calls, response.request.client_id, response.request.time)
        refused = [v for v in verdicts if not v.allowed and not v.needs_approval]
        held = [v for v in verdicts if v.needs_approval]
        details: dict[str, Any] = {"calls": [v.to_dict() for v in verdicts[:20]]}
        if refused:
            first = refused[0]
            return self._refuse(f"tool call {first.call.name[:60]!r} at {first.call.where} refused: "
                                + "; ".join(first.reasons[:3]) + (f" (and {len(refused) - 1} more call(s))"
                                                                  if len(refused) > 1 else ""), **details)
        if held:
            names = ", ".join(repr(v.call.name) for v in held[:5])
            return Decision.block(f"tool call(s) {names} need a person's approval (dangerous tools)", self.id, 1.0,
                                  details={**details, "approval_required": [v.to_dict() for v in held[:20]]})
        return Decision.allow(self.id, 0.0, details=details)
