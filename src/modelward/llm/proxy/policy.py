"""The LLM proxy's settings: the `llm:` section of the gateway policy (`modelward serve --llm UPSTREAM`).

    llm:
      upstream: http://127.0.0.1:8080/v1      # an OpenAI-compatible server (vLLM, llama.cpp, Ollama, ...)
      upstream_key_env: UPSTREAM_API_KEY       # the key the proxy sends upstream (never the caller's)
      timeout_s: 60
      stream: buffer                           # buffer: output guards see the whole answer first;
                                               # incremental: sent as judged, the last holdback_chars held;
                                               # passthrough: sent as it comes, judged after
      holdback_chars: 256                      # incremental: characters of each answer not yet sent
      check_every_chars: 64                    # incremental: the guards judge the answer so far this often
      canary: true                             # plant a canary token in the system prompt of every call
      restore: true                            # put redacted personal data back into the answer
      models:                                  # the allowlist; prices in USD per million tokens
        small: {prompt_per_mtok: 0.5, completion_per_mtok: 1.5, max_prompt_tokens: 8000,
                max_completion_tokens: 1024}
      budgets:                                 # per client and UTC day; roles and clients override
        default: {requests_per_day: 1000, tokens_per_day: 200000, usd_per_day: 5, concurrency: 4}
        roles: {operator: {tokens_per_day: 1000000}}
        clients: {partner-7: {usd_per_day: 1}}
      loops: {max_repeated_tool_calls: 3, max_messages: 200}
      approvals: {ttl_s: 3600, max_pending: 100}  # held dangerous tool calls (llm.tool-policy), per client

Every field is checked; an error names the file and the field (`policy.yaml: llm.models.small.prompt_per_mtok:
expected a number >= 0, got 'cheap'`).
"""

from __future__ import annotations

import difflib
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from modelward.core.errors import ConfigError

STREAM_MODES = ("buffer", "incremental", "passthrough")
_BUDGET_FIELDS = ("requests_per_day", "tokens_per_day", "usd_per_day", "concurrency")


@dataclass(frozen=True)
class ModelPrice:
    name: str
    prompt_per_mtok: float = 0.0
    completion_per_mtok: float = 0.0
    max_prompt_tokens: int = 32_000
    max_completion_tokens: int = 4_096

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.prompt_per_mtok + completion_tokens * self.completion_per_mtok) / 1e6


@dataclass(frozen=True)
class Budget:
    requests_per_day: int = 10_000
    tokens_per_day: int = 2_000_000
    usd_per_day: float = 50.0
    concurrency: int = 8


@dataclass(frozen=True)
class LlmPolicy:
    upstream: str
    models: Mapping[str, ModelPrice]
    upstream_key_env: str = ""
    timeout_s: float = 60.0
    stream: str = "buffer"
    canary: bool = True
    restore: bool = True
    default: Budget = field(default_factory=Budget)
    roles: Mapping[str, Budget] = field(default_factory=dict)
    clients: Mapping[str, Budget] = field(default_factory=dict)
    max_repeated_tool_calls: int = 3
    max_messages: int = 200
    source: str = "<policy>"
    holdback_chars: int = 256
    check_every_chars: int = 64
    approval_ttl_s: float = 3600.0
    approval_max_pending: int = 100

    def budget_for(self, client_id: str, role: str) -> Budget:
        return self.clients.get(client_id) or self.roles.get(role) or self.default


class _Fields:
    """One mapping being read: typed getters naming `where`, and a check that nothing unknown is left."""

    def __init__(self, data: Any, where: str, source: str) -> None:
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ConfigError(f"{source}: {where}: expected a mapping, got {data!r}"[:300])
        self.data, self.where, self.source = dict(data), where, source
        self.read: set[str] = set()

    def _error(self, name: str, expected: str, value: Any) -> ConfigError:
        return ConfigError(f"{self.source}: {self.where}.{name}: expected {expected}, got {value!r}"[:300])

    def get(self, name: str, default: Any = None) -> Any:
        self.read.add(name)
        return self.data.get(name, default)

    def number(self, name: str, default: float, integer: bool = False, minimum: float = 0.0) -> Any:
        value = self.get(name, default)
        ok = isinstance(value, int | float) and not isinstance(value, bool) and value == value and value >= minimum
        if not ok or (integer and not float(value).is_integer()) or value in (float("inf"),):
            raise self._error(name, f"{'a whole number' if integer else 'a number'} >= {minimum:g}", value)
        return int(value) if integer else float(value)

    def text(self, name: str, default: str | None = None, choices: tuple[str, ...] = ()) -> Any:
        value = self.get(name, default)
        if value is None:
            return None
        if not isinstance(value, str) or (choices and value not in choices):
            raise self._error(name, "one of " + ", ".join(choices) if choices else "a string", value)
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self.get(name, default)
        if not isinstance(value, bool):
            raise self._error(name, "true or false", value)
        return value

    def section(self, name: str) -> _Fields:
        return _Fields(self.get(name, {}), f"{self.where}.{name}", self.source)

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.read)
        if unknown:
            close = difflib.get_close_matches(unknown[0], sorted(self.read), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(sorted(self.read))}"
            raise ConfigError(f"{self.source}: {self.where}.{unknown[0]}: unknown field{hint}")


def _budget(f: _Fields, base: Budget) -> Budget:
    out = Budget(f.number("requests_per_day", base.requests_per_day, integer=True),
                 f.number("tokens_per_day", base.tokens_per_day, integer=True),
                 f.number("usd_per_day", base.usd_per_day),
                 f.number("concurrency", base.concurrency, integer=True, minimum=1))
    f.done()
    return out


def parse_llm_policy(section: Mapping[str, Any], source: str = "<policy>", roles: tuple[str, ...] = ()) -> LlmPolicy:
    """The `llm:` section, checked whole."""
    f = _Fields(section, "llm", source)
    upstream = f.text("upstream")
    if not upstream:
        raise ConfigError(f"{source}: llm.upstream: required (the OpenAI-compatible server, or serve --llm URL)")
    parts = urllib.parse.urlsplit(upstream)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{source}: llm.upstream: expected an http(s) URL, got {upstream!r}")
    models_section = f.section("models")
    models = {}
    for name in list(models_section.data):
        m = models_section.section(str(name))
        models[str(name)] = ModelPrice(str(name), m.number("prompt_per_mtok", 0.0),
                                       m.number("completion_per_mtok", 0.0),
                                       m.number("max_prompt_tokens", 32_000, integer=True, minimum=1),
                                       m.number("max_completion_tokens", 4_096, integer=True, minimum=1))
        m.done()
    models_section.done()
    if not models:
        raise ConfigError(f"{source}: llm.models: list at least one model (the proxy serves only those)")
    budgets = f.section("budgets")
    default = _budget(budgets.section("default"), Budget())
    by_role_section = budgets.section("roles")
    by_role = {}
    for role in list(by_role_section.data):
        if roles and role not in roles:
            raise ConfigError(f"{source}: llm.budgets.roles.{role}: not a role ({', '.join(roles)})")
        by_role[str(role)] = _budget(by_role_section.section(str(role)), default)
    by_role_section.done()
    by_client_section = budgets.section("clients")
    by_client = {str(c): _budget(by_client_section.section(str(c)), default) for c in list(by_client_section.data)}
    by_client_section.done()
    budgets.done()
    loops = f.section("loops")
    approvals = f.section("approvals")
    policy = LlmPolicy(upstream.rstrip("/"), models, f.text("upstream_key_env", "") or "",
                       f.number("timeout_s", 60.0, minimum=0.001), f.text("stream", "buffer", STREAM_MODES),
                       f.flag("canary", True), f.flag("restore", True), default, by_role, by_client,
                       loops.number("max_repeated_tool_calls", 3, integer=True, minimum=1),
                       loops.number("max_messages", 200, integer=True, minimum=1), source,
                       f.number("holdback_chars", 256, integer=True, minimum=1),
                       f.number("check_every_chars", 64, integer=True, minimum=1),
                       approvals.number("ttl_s", 3600.0, minimum=1.0),
                       approvals.number("max_pending", 100, integer=True, minimum=1))
    loops.done()
    approvals.done()
    f.done()
    if policy.check_every_chars >= policy.holdback_chars:
        raise ConfigError(f"{source}: llm.check_every_chars: must be less than holdback_chars "
                          f"({policy.check_every_chars} >= {policy.holdback_chars}): what the guards have not judged "
                          "yet must still be held back")
    return policy
