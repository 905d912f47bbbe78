"""The tool-call policy: which tools an LLM agent may call, with which arguments, how often, and which
need a person's approval. Deny by default: a tool not in the policy is refused.

A policy file (JSON, or YAML with the serve extra):

    {"max_calls_per_response": 8,
     "tools": {
       "read_file":  {"schema": {...JSON schema of the arguments...},
                      "arguments": {"path": {"kind": "path", "roots": ["/srv/docs"]}}},
       "fetch":      {"arguments": {"url": {"kind": "url", "allowed_hosts": ["api.example.com"]}},
                      "per_minute": 10, "per_day": 200},
       "run":        {"arguments": {"cmd": {"kind": "command", "programs": ["ls", "grep"]}}},
       "send_email": {"dangerous": true}}}

`check_call` returns a `ToolVerdict` per call: allowed, needs approval (dangerous tool), or refused with
every reason (unknown tool, arguments that are not JSON or not an object, schema violations, argument
problems from `modelward.llm.tools.arguments`, budgets reached). Budgets are counted per client.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError, require
from modelward.core.guards import ClientTable
from modelward.llm.tools.arguments import check_command, check_path, check_plain, check_url

ARG_KINDS = ("path", "url", "command", "plain", "any")
MAX_POLICY_BYTES = 1 << 20
MAX_ARGUMENT_BYTES = 256 << 10


@dataclass(frozen=True)
class ArgumentRule:
    kind: str = "any"
    roots: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ()
    programs: tuple[str, ...] = ()
    max_chars: int = 1000

    def problems(self, value: Any) -> list[str]:
        if self.kind == "any":
            return []
        if not isinstance(value, str):
            return [f"expected a string ({self.kind}), got {type(value).__name__}"]
        if self.kind == "path":
            return check_path(value, self.roots)
        if self.kind == "url":
            return check_url(value, self.allowed_hosts)
        if self.kind == "command":
            return check_command(value, self.programs)
        return check_plain(value, self.max_chars)


@dataclass(frozen=True)
class ToolRule:
    name: str
    schema: Mapping[str, Any] | None = None
    arguments: Mapping[str, ArgumentRule] = field(default_factory=dict)
    dangerous: bool = False
    per_minute: int | None = None
    per_day: int | None = None


@dataclass(frozen=True)
class ToolPolicy:
    tools: Mapping[str, ToolRule] = field(default_factory=dict)
    max_calls_per_response: int = 16
    source: str = "<policy>"


@dataclass(frozen=True)
class ToolCall:
    name: str
    arguments: str | Mapping[str, Any] | None
    id: str = ""
    where: str = ""


@dataclass(frozen=True)
class ToolVerdict:
    call: ToolCall
    allowed: bool
    needs_approval: bool = False
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"tool": self.call.name[:100], "where": self.call.where, "allowed": self.allowed,
                "needs_approval": self.needs_approval, "reasons": list(self.reasons)}


# -- reading a policy -----------------------------------------------------------------------------------
def _err(source: str, where: str, expected: str, value: Any) -> ConfigError:
    return ConfigError(f"{source}: {where}: expected {expected}, got {value!r}"[:400])


def _strings(value: Any, source: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _err(source, where, "a list of strings", value)
    return tuple(value)


def _limit(value: Any, source: str, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _err(source, where, "a whole number >= 0", value)
    return value


def _argument_rule(doc: Any, source: str, where: str) -> ArgumentRule:
    if not isinstance(doc, dict):
        raise _err(source, where, "a mapping", doc)
    unknown = set(doc) - {"kind", "roots", "allowed_hosts", "programs", "max_chars"}
    if unknown:
        raise ConfigError(f"{source}: {where}.{sorted(unknown)[0]}: unknown field")
    kind = doc.get("kind", "any")
    if kind not in ARG_KINDS:
        raise _err(source, f"{where}.kind", "one of " + ", ".join(ARG_KINDS), kind)
    return ArgumentRule(kind, _strings(doc.get("roots"), source, f"{where}.roots"),
                        _strings(doc.get("allowed_hosts"), source, f"{where}.allowed_hosts"),
                        _strings(doc.get("programs"), source, f"{where}.programs"),
                        _limit(doc.get("max_chars", 1000), source, f"{where}.max_chars") or 1000)


def parse_policy(doc: Any, source: str = "<policy>") -> ToolPolicy:
    """A ToolPolicy from parsed JSON/YAML; errors name the file and the field."""
    if not isinstance(doc, dict):
        raise _err(source, "the document", "a mapping", type(doc).__name__)
    unknown = set(doc) - {"tools", "max_calls_per_response"}
    if unknown:
        raise ConfigError(f"{source}: {sorted(unknown)[0]}: unknown field (known: tools, max_calls_per_response)")
    tools_doc = doc.get("tools", {})
    if not isinstance(tools_doc, dict):
        raise _err(source, "tools", "a mapping of tool name to rule", tools_doc)
    tools = {}
    for name, rule in tools_doc.items():
        where = f"tools.{name}"
        if not isinstance(rule, dict):
            raise _err(source, where, "a mapping", rule)
        unknown = set(rule) - {"schema", "arguments", "dangerous", "per_minute", "per_day"}
        if unknown:
            raise ConfigError(f"{source}: {where}.{sorted(unknown)[0]}: unknown field")
        schema = rule.get("schema")
        if schema is not None:
            jsonschema: Any = require("jsonschema", "llm", "tool argument schemas")
            try:
                jsonschema.validators.validator_for(schema).check_schema(schema)
            except jsonschema.SchemaError as exc:
                raise ConfigError(f"{source}: {where}.schema: not a valid JSON schema: {exc.message}") from None
        args = rule.get("arguments", {})
        if not isinstance(args, dict):
            raise _err(source, f"{where}.arguments", "a mapping", args)
        dangerous = rule.get("dangerous", False)
        if not isinstance(dangerous, bool):
            raise _err(source, f"{where}.dangerous", "true or false", dangerous)
        arg_rules = {str(a): _argument_rule(r, source, f"{where}.arguments.{a}") for a, r in args.items()}
        tools[str(name)] = ToolRule(str(name), schema, arg_rules,
                                    dangerous, _limit(rule.get("per_minute"), source, f"{where}.per_minute"),
                                    _limit(rule.get("per_day"), source, f"{where}.per_day"))
    most = _limit(doc.get("max_calls_per_response", 16), source, "max_calls_per_response")
    return ToolPolicy(tools, 16 if most is None else most, source)


def load_policy(path: str | Path) -> ToolPolicy:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_POLICY_BYTES:
            raise ConfigError(f"{path}: larger than {MAX_POLICY_BYTES} bytes; not a tool policy")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the tool policy: {exc}") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        yaml: Any = require("yaml", "serve", "reading a YAML tool policy")
        try:
            doc = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    else:
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise ConfigError(f"{path}: not valid JSON: {exc}") from None
    return parse_policy(doc, str(path))


# -- checking calls -------------------------------------------------------------------------------------
class _Usage:
    """Calls of one client: recent call times per tool (per minute) and the count per day."""

    def __init__(self) -> None:
        self.recent: dict[str, deque[float]] = {}
        self.day: dict[str, tuple[int, int]] = {}


class ToolGate:
    """Checks calls against a policy and counts them per client (bounded memory)."""

    def __init__(self, policy: ToolPolicy, max_clients: int = 10_000) -> None:
        self.policy = policy
        self.usage: ClientTable[_Usage] = ClientTable(_Usage, max_clients)
        self._lock = threading.Lock()
        self._validators: dict[str, Any] = {}

    def _validator(self, rule: ToolRule) -> Any:
        if rule.name not in self._validators:
            jsonschema: Any = require("jsonschema", "llm", "tool argument schemas")
            self._validators[rule.name] = jsonschema.validators.validator_for(rule.schema)(rule.schema)
        return self._validators[rule.name]

    def check(self, calls: Sequence[ToolCall], client: str, now: float | None = None) -> list[ToolVerdict]:
        """A verdict per call; allowed calls are counted against the client's budgets."""
        now = time.time() if now is None else now
        out = []
        for i, call in enumerate(calls):
            if i >= self.policy.max_calls_per_response:
                out.append(ToolVerdict(call, False, reasons=(f"more than {self.policy.max_calls_per_response} tool "
                                                             "calls in one response",)))
                continue
            out.append(self._one(call, client, now))
        return out

    def _one(self, call: ToolCall, client: str, now: float) -> ToolVerdict:
        rule = self.policy.tools.get(call.name)
        if rule is None:
            return ToolVerdict(call, False, reasons=(f"tool {call.name[:100]!r} is not in the allowlist",))
        args, reasons = parse_arguments(call.arguments)
        if args is not None:
            reasons += self._argument_problems(rule, args)
        if not reasons and not rule.dangerous:
            reasons += self._count(rule, client, now)
        if reasons:
            return ToolVerdict(call, False, reasons=tuple(reasons))
        return ToolVerdict(call, not rule.dangerous, rule.dangerous,
                           ("a dangerous tool: a person must approve the call",) if rule.dangerous else ())

    def charge(self, call: ToolCall, client: str, now: float | None = None) -> list[str]:
        """Count a call a person approved against its tool's budgets (a held call is not counted until then);
        the reasons it is over them, if it is."""
        rule = self.policy.tools.get(call.name)
        return [] if rule is None else self._count(rule, client, time.time() if now is None else now)

    def _argument_problems(self, rule: ToolRule, args: Mapping[str, Any]) -> list[str]:
        reasons = []
        if rule.schema is not None:
            for error in sorted(self._validator(rule).iter_errors(args), key=lambda e: list(e.absolute_path))[:10]:
                where = "/".join(map(str, error.absolute_path)) or "(arguments)"
                reasons.append(f"argument {where}: {error.message[:200]}")
        for name, arg_rule in rule.arguments.items():
            if name in args:
                reasons += [f"argument {name}: {p}" for p in arg_rule.problems(args[name])]
        return reasons

    def _count(self, rule: ToolRule, client: str, now: float) -> list[str]:
        if rule.per_minute is None and rule.per_day is None:
            return []
        day = int(now // 86_400)
        with self._lock:
            usage = self.usage.get(client)
            recent = usage.recent.setdefault(rule.name, deque())
            while recent and recent[0] <= now - 60.0:
                recent.popleft()
            used_day = usage.day.get(rule.name, (day, 0))
            used_today = used_day[1] if used_day[0] == day else 0
            if rule.per_minute is not None and len(recent) >= rule.per_minute:
                return [f"tool {rule.name!r}: {rule.per_minute} calls a minute reached"]
            if rule.per_day is not None and used_today >= rule.per_day:
                return [f"tool {rule.name!r}: {rule.per_day} calls a day reached"]
            recent.append(now)
            usage.day[rule.name] = (day, used_today + 1)
        return []


def parse_arguments(arguments: str | Mapping[str, Any] | None) -> tuple[dict[str, Any] | None, list[str]]:
    """The call's arguments as an object, or the reason they are not one."""
    if arguments is None or arguments == "":
        return {}, []
    if isinstance(arguments, Mapping):
        return dict(arguments), []
    if len(arguments) > MAX_ARGUMENT_BYTES:
        return None, [f"the arguments are longer than {MAX_ARGUMENT_BYTES} characters"]
    try:
        parsed = json.loads(arguments)
    except (ValueError, RecursionError) as exc:
        return None, [f"the arguments are not valid JSON: {str(exc)[:120]}"]
    if not isinstance(parsed, dict):
        return None, [f"the arguments must be a JSON object, got {type(parsed).__name__}"]
    return parsed, []
