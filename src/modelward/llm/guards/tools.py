"""`llm.tool-policy`: the tool-call policy as a run-time guard (excessive agency).

`inspect` refuses a request that offers the model a tool outside the policy (the application would be
granting more agency than the policy allows). `filter` reads the tool calls the model asks for and
refuses the response when one is outside the allowlist, fails its argument schema or argument checks,
or exceeds its budget; a call to a tool marked dangerous is held for a person's approval (blocked, with
`details.approval_required`). Behind the LLM proxy the held call is recorded in the gateway's database
(`approvals`, see `modelward.llm.tools.approvals`) with an id a person approves or denies; the same call asked
again after an approval passes, once. Every refusal names the call and all its reasons, for the audit log.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from modelward.core.guards import Decision, GuardRequest, GuardResponse
from modelward.core.params import Param
from modelward.llm.guards.config import ConfiguredGuard
from modelward.llm.tools.calls import offered_tools, response_tool_calls
from modelward.llm.tools.policy import ToolGate, ToolPolicy, ToolVerdict, load_policy


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
        self.approvals: Any = None  # an ApprovalStore, set by the LLM proxy; None: held calls are refused only

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
        client, now = response.request.client_id, response.request.time
        verdicts = self.gate.check(calls, client, now)
        refused = [v for v in verdicts if not v.allowed and not v.needs_approval]
        held = [v for v in verdicts if v.needs_approval]
        approved: list[str] = []
        if held and not refused and self.approvals is not None:
            held, approved, refused = self._approved(held, client, now, response.request.meta.get("request_id", ""))
        details: dict[str, Any] = {"calls": [v.to_dict() for v in verdicts[:20]]}
        if approved:
            details["approved"] = approved
        if refused:
            first = refused[0]
            return self._refuse(f"tool call {first.call.name[:60]!r} at {first.call.where} refused: "
                                + "; ".join(first.reasons[:3]) + (f" (and {len(refused) - 1} more call(s))"
                                                                  if len(refused) > 1 else ""), **details)
        if held:
            names = ", ".join(repr(v.call.name) for v in held[:5])
            ids = [v.reasons[-1] for v in held if v.reasons and v.reasons[-1].startswith("approval ")]
            return Decision.block(f"tool call(s) {names} need a person's approval (dangerous tools)"
                                  + (f"; asked as {', '.join(ids[:5])}" if ids else ""), self.id, 1.0,
                                  details={**details, "approval_required": [v.to_dict() for v in held[:20]]})
        return Decision.allow(self.id, 0.0, details=details)

    def _approved(self, held: list[ToolVerdict], client: str, now: float,
                  request_id: str) -> tuple[list[ToolVerdict], list[str], list[ToolVerdict]]:
        """(still held, with their approval request ids among the reasons; approval ids taken; refused): the
        held calls a person approved pass, counted against their budgets, once all of them are approved."""
        from modelward.llm.tools.approvals import ApprovalError

        taken, still = [], []
        for v in held:
            grant = self.approvals.take(client, v.call, now)
            if grant is None:
                still.append(v)
            else:
                taken.append((v, grant.id))
        if still:  # not all approved: the response stays held, the approvals taken are given back unspent
            for _, grant_id in taken:
                self.approvals.give_back(grant_id)
            waiting = "approved; the response waits for its other calls"
            out = [ToolVerdict(v.call, False, True, (*v.reasons, f"approval {grant_id} ({waiting})"))
                   for v, grant_id in taken]
            refused = []
            for v in still:
                try:
                    request = self.approvals.hold(client, v.call, request_id, now)
                except ApprovalError as exc:
                    refused.append(ToolVerdict(v.call, False, reasons=(str(exc),)))
                    continue
                out.append(ToolVerdict(v.call, False, True, (*v.reasons, f"approval {request.id} (pending)")))
            return out, [], refused
        refused = []
        for v, grant_id in taken:
            over = self.gate.charge(v.call, client, now)
            if over:
                refused.append(ToolVerdict(v.call, False, reasons=(f"approved ({grant_id}), but " + over[0],)))
        if refused:  # the response is refused: the approvals stay for when the budget allows
            for _, grant_id in taken:
                self.approvals.give_back(grant_id)
            return [], [], refused
        return [], [g for _, g in taken], refused
