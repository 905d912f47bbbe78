"""The gateway's policy file (YAML): what to serve and how to guard it, read once and checked whole.

Every field is validated here, with an error naming the file, the field's path and what was expected
(`policy.yaml: limits.rate.per_second: expected a number > 0, got 'fast'`); an unknown field is an
error with the close matches, so a typo never silently turns a protection off. YAML anchors and
aliases are refused (they let a small file expand into a huge document), and so is a file over 1 MiB.
Paths in the policy are relative to the policy file.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelward.core.errors import ConfigError, require

MAX_POLICY_BYTES = 1024**2
ROLES = ("admin", "operator", "client", "auditor")
JWT_ALGORITHMS = ("HS256", "RS256", "ES256")
VIOLATION_MODES = ("reject", "clip", "flag")
OUTPUT_MODES = ("probabilities", "top_k", "label")


@dataclass(frozen=True)
class ModelPolicy:
    """One served model: its versions (version -> file), the active one, and the data that describe it."""

    name: str
    versions: Mapping[str, Path]
    active: str
    trust: tuple[Path, ...] = ()
    reference: Path | None = None
    target: str | None = None
    schema: Path | None = None


@dataclass(frozen=True)
class JwtPolicy:
    jwks: Path
    issuer: str
    audience: str
    algorithms: tuple[str, ...] = JWT_ALGORITHMS
    role_claim: str = "role"
    client_claim: str = "sub"
    leeway_s: float = 0.0


@dataclass(frozen=True)
class AuthPolicy:
    api_keys: bool = True
    jwt: JwtPolicy | None = None
    key_cache_s: float = 2.0


@dataclass(frozen=True)
class RateLimit:
    """A token bucket: `per_second` requests on average, `burst` at once; `daily_rows`: rows a day."""

    per_second: float = 20.0
    burst: int = 40
    daily_rows: int = 100_000


@dataclass(frozen=True)
class LimitsPolicy:
    max_body_bytes: int = 1024**2
    max_batch_rows: int = 1_000
    timeout_s: float = 10.0
    default: RateLimit = field(default_factory=RateLimit)
    roles: Mapping[str, RateLimit] = field(default_factory=dict)
    clients: Mapping[str, RateLimit] = field(default_factory=dict)
    max_clients: int = 100_000

    def for_client(self, client_id: str, role: str) -> RateLimit:
        return self.clients.get(client_id) or self.roles.get(role) or self.default


@dataclass(frozen=True)
class ValidationPolicy:
    """What to do with a row outside the schema: reject it (422), clip it into range, or flag it."""

    on_violation: str = "reject"
    range_margin: float = 0.05


@dataclass(frozen=True)
class OutputPolicy:
    """What a role sees: all probabilities, the top k, or the label only; rounded, optionally noised."""

    mode: str = "probabilities"
    top_k: int = 1
    decimals: int | None = 4
    noise: float = 0.0


@dataclass(frozen=True)
class GuardPolicy:
    id: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditPolicy:
    signing_key: Path
    checkpoint_every: int = 1000
    checkpoint_seconds: float = 10.0
    synchronous: str = "normal"


@dataclass(frozen=True)
class Policy:
    """The whole policy; `source` is the file it came from (for messages)."""

    models: tuple[ModelPolicy, ...]
    database: str
    audit: AuditPolicy
    auth: AuthPolicy = field(default_factory=AuthPolicy)
    limits: LimitsPolicy = field(default_factory=LimitsPolicy)
    validation: ValidationPolicy = field(default_factory=ValidationPolicy)
    output: Mapping[str, OutputPolicy] = field(default_factory=dict)
    guards: tuple[GuardPolicy, ...] = ()
    guard_on_error: str = "block"
    require_signature: bool = False
    fast_path: bool = True
    batching: bool = True
    inline_ms: float = 2.0
    state_url: str | None = None
    alert_webhook: str | None = None
    source: str = "<policy>"
    llm: Mapping[str, Any] | None = None  # the LLM proxy's section, checked by modelward.llm.proxy (serve --llm)

    def output_for(self, role: str) -> OutputPolicy:
        return self.output.get(role) or self.output.get("default") or OutputPolicy()

    def model(self, name: str) -> ModelPolicy | None:
        return next((m for m in self.models if m.name == name), None)


class _Section:
    """One mapping of the policy being read: typed getters that name the field, and a check that no
    unknown field is left."""

    def __init__(self, data: Any, where: str, source: str) -> None:
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ConfigError(f"{source}: {where or 'the document'}: expected a mapping, got {kind_name(data)}")
        self.data = dict(data)
        self.where = where
        self.source = source
        self._read: set[str] = set()

    def path(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def error(self, name: str, expected: str, value: Any) -> ConfigError:
        return ConfigError(f"{self.source}: {self.path(name)}: expected {expected}, got {value!r}")

    def raw(self, name: str, default: Any = None, required: bool = False) -> Any:
        self._read.add(name)
        if name not in self.data or self.data[name] is None:
            if required:
                raise ConfigError(f"{self.source}: {self.path(name)}: required field is missing")
            return default
        return self.data[name]

    def section(self, name: str) -> _Section:
        return _Section(self.raw(name, {}), self.path(name), self.source)

    def text(self, name: str, default: str | None = None, required: bool = False,
             choices: tuple[str, ...] = ()) -> Any:
        value = self.raw(name, default, required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(name, "a non-empty string", value)
        if choices and value not in choices:
            raise self.error(name, "one of " + ", ".join(choices), value)
        return value

    def number(self, name: str, default: float, minimum: float = 0.0, strict: bool = True,
               integer: bool = False) -> Any:
        value = self.raw(name, default)
        ok = isinstance(value, int | float) and not isinstance(value, bool) and value == value
        if integer:
            ok = ok and float(value).is_integer()
        if not ok or (value <= minimum if strict else value < minimum) or value in (float("inf"), float("-inf")):
            what = "an integer" if integer else "a number"
            raise self.error(name, f"{what} {'>' if strict else '>='} {minimum:g}", value)
        return int(value) if integer else float(value)

    def flag(self, name: str, default: bool) -> bool:
        value = self.raw(name, default)
        if not isinstance(value, bool):
            raise self.error(name, "true or false", value)
        return value

    def file(self, name: str, base: Path, required: bool = False, must_exist: bool = True) -> Path | None:
        value = self.text(name, required=required)
        if value is None:
            return None
        path = (base / value).resolve() if not Path(value).is_absolute() else Path(value)
        if must_exist and not path.is_file():
            raise ConfigError(f"{self.source}: {self.path(name)}: no such file {path}")
        return path

    def done(self) -> None:
        unknown = sorted(set(self.data) - self._read)
        if unknown:
            close = difflib.get_close_matches(unknown[0], sorted(self._read), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(sorted(self._read))}"
            raise ConfigError(f"{self.source}: {self.path(unknown[0])}: unknown field{hint}")


def kind_name(value: Any, mapping: str = "a mapping") -> str:
    """How to name a value's JSON/YAML type in a message."""
    names: dict[type, str] = {dict: mapping, list: "a list", str: "a string"}
    return names.get(type(value), type(value).__name__)


def parse_yaml(text: str, source: str) -> Any:
    """YAML through the safe loader, with anchors and aliases refused."""
    yaml: Any = require("yaml", "serve", "reading the gateway policy")
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.AliasToken | yaml.AnchorToken):
                line = token.start_mark.line + 1
                raise ConfigError(f"{source}: line {line}: YAML anchors and aliases are not allowed in a policy")
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from None


def read_document(path: Path) -> Any:
    """The policy file's parsed YAML (size-capped, aliases refused), before any field is checked."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_POLICY_BYTES:
            raise ConfigError(f"{source}: {size} bytes; a policy is at most {MAX_POLICY_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{source}: no such policy file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{source}: cannot read the policy: {exc}") from None
    return parse_yaml(text, source)


def load_policy(path: str | Path) -> Policy:
    """Read and check a policy file; a ConfigError names the file and the first field that is wrong."""
    path = Path(path)
    return parse_policy(read_document(path), path.parent.resolve(), str(path))


def parse_policy(doc: Any, base: Path, source: str = "<policy>") -> Policy:
    """A Policy from the parsed YAML document; paths are resolved against `base`."""
    root = _Section(doc, "", source)
    version = root.raw("version", 1)
    if version != 1:
        raise root.error("version", "1 (the only policy version)", version)
    llm = root.raw("llm")
    if llm is not None and not isinstance(llm, dict):
        raise root.error("llm", "a mapping (the LLM proxy's settings)", llm)
    models = _models(root, base, optional=llm is not None)
    policy = Policy(
        models=models,
        database=root.text("database", "sqlite:///modelward-gateway.db"),
        audit=_audit(root.section("audit"), base),
        auth=_auth(root.section("auth"), base),
        limits=_limits(root.section("limits")),
        validation=_validation(root.section("validation")),
        output=_outputs(root.section("output")),
        guards=_guards(root),
        guard_on_error=root.text("guard_on_error", "block", choices=("block", "flag")),
        require_signature=root.flag("require_signature", False),
        fast_path=root.flag("fast_path", True),
        batching=root.flag("batching", True),
        inline_ms=root.number("inline_ms", 2.0, strict=False),
        state_url=root.text("state"),
        alert_webhook=root.text("alert_webhook"),
        source=source,
        llm=llm,
    )
    root.done()
    if policy.database.startswith("sqlite:///") and not policy.database.startswith("sqlite:////"):
        relative = policy.database[len("sqlite:///"):]
        if relative and relative != ":memory:":
            policy = _replace(policy, database="sqlite:///" + str((base / relative).resolve()))
    if policy.state_url is not None and not policy.state_url.startswith(("redis://", "rediss://", "memory://")):
        raise root.error("state", "a redis:// URL (or memory://)", policy.state_url)
    return policy


def _replace(policy: Policy, **changes: Any) -> Policy:
    from dataclasses import replace

    return replace(policy, **changes)


def _models(root: _Section, base: Path, optional: bool = False) -> tuple[ModelPolicy, ...]:
    raw = root.raw("models", [] if optional else None, required=not optional)
    if optional and raw == []:
        return ()  # an LLM proxy alone (llm section) serves no local model
    if not isinstance(raw, list) or not raw:
        raise root.error("models", "a non-empty list of models", raw)
    models: list[ModelPolicy] = []
    for i, item in enumerate(raw):
        s = _Section(item, f"models[{i}]", root.source)
        name = s.text("name", required=True)
        if not name.replace("-", "").replace("_", "").replace(".", "").isalnum():
            raise s.error("name", "letters, digits, '-', '_' or '.'", name)
        if any(m.name == name for m in models):
            raise s.error("name", "a name not used by another model", name)
        versions: dict[str, Path] = {}
        single = s.file("path", base)
        vs = s.section("versions")
        for version in list(vs.data):
            p = vs.file(str(version), base)
            assert p is not None
            versions[str(version)] = p
        vs.done()
        if single is not None:
            if versions:
                raise s.error("path", "either path or versions, not both", str(single))
            versions["1"] = single
        if not versions:
            raise ConfigError(f"{root.source}: models[{i}] ({name}): needs path or versions")
        active = str(s.raw("active", next(iter(versions))))
        if active not in versions:
            raise s.error("active", "one of the versions " + ", ".join(versions), active)
        trust = s.raw("trust", [])
        if not isinstance(trust, list) or not all(isinstance(t, str) for t in trust):
            raise s.error("trust", "a list of file paths", trust)
        reference = s.file("reference", base)
        models.append(ModelPolicy(name, versions, active, tuple((base / t).resolve() for t in trust), reference,
                                  s.text("target"), s.file("schema", base)))
        if reference is not None and models[-1].target is None:
            raise ConfigError(f"{root.source}: models[{i}].target: required with reference (the label column)")
        s.done()
    return tuple(models)


def _audit(s: _Section, base: Path) -> AuditPolicy:
    key = s.file("signing_key", base, must_exist=False) or (base / "audit-ed25519.pem").resolve()
    out = AuditPolicy(key, s.number("checkpoint_every", 1000, 1, strict=False, integer=True),
                      s.number("checkpoint_seconds", 10.0), s.text("synchronous", "normal", choices=("normal", "full")))
    s.done()
    return out


def _auth(s: _Section, base: Path) -> AuthPolicy:
    jwt_section = s.raw("jwt")
    jwt = None
    if jwt_section is not None:
        j = s.section("jwt")
        algorithms = j.raw("algorithms", list(JWT_ALGORITHMS))
        if not isinstance(algorithms, list) or not algorithms or any(a not in JWT_ALGORITHMS for a in algorithms):
            raise j.error("algorithms", "a list of " + ", ".join(JWT_ALGORITHMS), algorithms)
        jwks = j.file("jwks", base, required=True)
        assert jwks is not None
        jwt = JwtPolicy(jwks, j.text("issuer", required=True), j.text("audience", required=True),
                        tuple(algorithms), j.text("role_claim", "role"), j.text("client_claim", "sub"),
                        j.number("leeway_s", 0.0, strict=False))
        j.done()
    out = AuthPolicy(s.flag("api_keys", True), jwt, s.number("key_cache_s", 2.0, strict=False))
    s.done()
    if not out.api_keys and out.jwt is None:
        raise ConfigError(f"{s.source}: auth: enables neither api_keys nor jwt; no one could call the gateway")
    return out


def _rate(s: _Section, default: RateLimit) -> RateLimit:
    out = RateLimit(s.number("per_second", default.per_second),
                    s.number("burst", default.burst, 1, strict=False, integer=True),
                    s.number("daily_rows", default.daily_rows, 0, strict=False, integer=True))
    s.done()
    return out


def _limits(s: _Section) -> LimitsPolicy:
    default = _rate(s.section("rate"), RateLimit())
    roles = s.section("roles")
    by_role = {}
    for role in list(roles.data):
        if role not in ROLES:
            raise roles.error(str(role), "a role (" + ", ".join(ROLES) + ")", role)
        by_role[role] = _rate(roles.section(role), default)
    roles.done()
    clients = s.section("clients")
    by_client = {str(c): _rate(clients.section(str(c)), default) for c in list(clients.data)}
    clients.done()
    out = LimitsPolicy(s.number("max_body_bytes", 1024**2, 64, strict=False, integer=True),
                       s.number("max_batch_rows", 1000, 1, strict=False, integer=True),
                       s.number("timeout_s", 10.0), default, by_role, by_client,
                       s.number("max_clients", 100_000, 1, strict=False, integer=True))
    s.done()
    return out


def _validation(s: _Section) -> ValidationPolicy:
    out = ValidationPolicy(s.text("on_violation", "reject", choices=VIOLATION_MODES),
                           s.number("range_margin", 0.05, strict=False))
    s.done()
    return out


def _outputs(s: _Section) -> dict[str, OutputPolicy]:
    out = {}
    for name in list(s.data):
        if name != "default" and name not in ROLES:
            raise s.error(str(name), "default or a role (" + ", ".join(ROLES) + ")", name)
        o = s.section(str(name))
        decimals = o.raw("decimals", 4) if o.data.get("decimals", 4) is not None else o.raw("decimals")
        if decimals is not None and (not isinstance(decimals, int) or isinstance(decimals, bool)
                                     or not 0 <= decimals <= 15):
            raise o.error("decimals", "an integer from 0 to 15, or null (no rounding)", decimals)
        out[str(name)] = OutputPolicy(o.text("mode", "probabilities", choices=OUTPUT_MODES),
                                      o.number("top_k", 1, 1, strict=False, integer=True), decimals,
                                      o.number("noise", 0.0, strict=False))
        o.done()
    s.done()
    return out


def _guards(root: _Section) -> tuple[GuardPolicy, ...]:
    raw = root.raw("guards", [])
    if not isinstance(raw, list):
        raise root.error("guards", "a list of {id, params}", raw)
    out = []
    for i, item in enumerate(raw):
        g = _Section(item, f"guards[{i}]", root.source)
        params = g.raw("params", {})
        if not isinstance(params, dict):
            raise g.error("params", "a mapping of parameter values", params)
        out.append(GuardPolicy(g.text("id", required=True), params))
        g.done()
    return tuple(out)
