"""Retraining policy: thresholds on a drift result, and what to do when one is crossed.

A policy is a TOML file:

    [thresholds]              # any one crossed triggers; leave out what you do not want
    share_drifted = 0.3       # share of tested feature columns whose verdict is drift
    max_effect_sd = 0.5       # a numeric column drifted at least this far (Wasserstein, reference sd)
    max_effect_tv = 0.2       # a categorical column changed at least this share of rows
    prediction_drift = true   # the model's predicted class or score drifted
    accuracy_drop = 0.05      # accuracy fell significantly by at least this much
    multivariate_auc = 0.75   # reference and current rows are this easy to tell apart
    schema = true             # a column went missing or changed kind

    [action]
    command = ["./retrain.sh", "--since", "7d"]   # argv, never a shell; the evidence file is appended
    webhook = "https://ci.example.org/hooks/retrain"
    timeout_s = 120
    approval = "required"     # "required": wait for `modelward monitor approve`; "none": act at once
    incidents = "incidents"   # where incidents are recorded (relative to the policy file)

Every key is checked: an unknown key or a value of the wrong type is an error naming the file and key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from modelward.core.errors import ConfigError
from modelward.monitor.result import DriftResult, Verdict

MAX_POLICY_BYTES = 1 << 20
_SHARES = ("share_drifted", "max_effect_tv", "accuracy_drop")
_NUMBERS = ("max_effect_sd", "multivariate_auc")
_FLAGS = ("prediction_drift", "schema")
_ACTION_KEYS = ("command", "webhook", "timeout_s", "approval", "incidents")


@dataclass(frozen=True)
class Thresholds:
    share_drifted: float | None = None
    max_effect_sd: float | None = None
    max_effect_tv: float | None = None
    prediction_drift: bool = False
    accuracy_drop: float | None = None
    multivariate_auc: float | None = None
    schema: bool = False


@dataclass(frozen=True)
class Action:
    command: tuple[str, ...] = ()
    webhook: str = ""
    timeout_s: float = 60.0
    approval: str = "required"
    incidents: Path = Path("incidents")


@dataclass(frozen=True)
class Policy:
    """A parsed policy; `source` is the file it came from."""

    thresholds: Thresholds
    action: Action
    source: str = "<policy>"


@dataclass(frozen=True)
class Crossing:
    """One threshold crossed: which, the measured value, the threshold, and where."""

    threshold: str
    value: float
    limit: float
    subject: str

    def describe(self) -> str:
        return f"{self.threshold}: {self.subject} measured {self.value:.4g} (threshold {self.limit:.4g})"


def load_policy(path: str | Path) -> Policy:
    """Read and check a policy file; relative incident directories are taken from the file's folder."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_POLICY_BYTES:
            raise ConfigError(f"{p}: larger than {MAX_POLICY_BYTES} bytes; not a policy")
        doc = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read the policy: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{p}: not a TOML policy: {exc}") from None
    policy = parse_policy(doc, str(p))
    incidents = policy.action.incidents
    if not incidents.is_absolute():
        incidents = p.parent / incidents
    return Policy(policy.thresholds, Action(policy.action.command, policy.action.webhook, policy.action.timeout_s,
                                            policy.action.approval, incidents), str(p))


def parse_policy(doc: Mapping[str, Any], source: str = "<policy>") -> Policy:
    unknown = set(doc) - {"thresholds", "action"}
    if unknown:
        raise ConfigError(f"{source}: unknown section(s) {', '.join(sorted(unknown))}; expected thresholds, action")
    raw_t = _table(doc, "thresholds", source)
    raw_a = _table(doc, "action", source)
    _no_unknown(raw_t, (*_SHARES, *_NUMBERS, *_FLAGS), f"{source} [thresholds]")
    _no_unknown(raw_a, _ACTION_KEYS, f"{source} [action]")
    values: dict[str, Any] = {}
    for key in _SHARES:
        if key in raw_t:
            values[key] = _number(raw_t[key], f"{source} thresholds.{key}", 0.0, 1.0)
    values["max_effect_sd"] = (_number(raw_t["max_effect_sd"], f"{source} thresholds.max_effect_sd", 0.0, 1e6)
                               if "max_effect_sd" in raw_t else None)
    values["multivariate_auc"] = (_number(raw_t["multivariate_auc"], f"{source} thresholds.multivariate_auc", 0.5, 1.0)
                                  if "multivariate_auc" in raw_t else None)
    for key in _FLAGS:
        if key in raw_t and not isinstance(raw_t[key], bool):
            raise ConfigError(f"{source} thresholds.{key}: expected true or false, got {raw_t[key]!r}")
        values[key] = bool(raw_t.get(key, False))
    thresholds = Thresholds(**values)
    if thresholds == Thresholds():
        raise ConfigError(f"{source}: [thresholds] sets none; a policy needs at least one")
    return Policy(thresholds, _action(raw_a, source), source)


def _action(raw: Mapping[str, Any], source: str) -> Action:
    command = raw.get("command", [])
    if not isinstance(command, list) or not all(isinstance(c, str) and c for c in command):
        raise ConfigError(f"{source} action.command: expected a list of non-empty strings (argv, no shell)")
    webhook = raw.get("webhook", "")
    if not isinstance(webhook, str) or (webhook and urlparse(webhook).scheme not in ("http", "https")) or (
            webhook and not urlparse(webhook).netloc):
        raise ConfigError(f"{source} action.webhook: expected an http(s) URL, got {webhook!r}")
    if not command and not webhook:
        raise ConfigError(f"{source} [action]: set a command, a webhook or both")
    approval = raw.get("approval", "required")
    if approval not in ("required", "none"):
        raise ConfigError(f"{source} action.approval: expected 'required' or 'none', got {approval!r}")
    incidents = raw.get("incidents", "incidents")
    if not isinstance(incidents, str) or not incidents:
        raise ConfigError(f"{source} action.incidents: expected a directory name")
    timeout = _number(raw.get("timeout_s", 60.0), f"{source} action.timeout_s", 1.0, 86_400.0)
    return Action(tuple(command), webhook, timeout, approval, Path(incidents))


def _table(doc: Mapping[str, Any], key: str, source: str) -> Mapping[str, Any]:
    value = doc.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: [{key}] must be a table")
    return value


def _no_unknown(raw: Mapping[str, Any], known: tuple[str, ...], where: str) -> None:
    unknown = set(raw) - set(known)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(known)}")


def _number(value: Any, where: str, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
        raise ConfigError(f"{where}: expected a number in [{lo:g}, {hi:g}], got {value!r}")
    return float(value)


def crossings(policy: Policy, result: DriftResult) -> list[Crossing]:
    """Every threshold of `policy` that `result` crosses (empty: nothing to do)."""
    t = policy.thresholds
    out: list[Crossing] = []
    if t.share_drifted is not None and result.tested and result.share_drifted >= t.share_drifted:
        out.append(Crossing("share_drifted", result.share_drifted, t.share_drifted, "feature columns"))
    for col in result.drifted:
        if col.kind == "numeric" and t.max_effect_sd is not None and col.effect >= t.max_effect_sd:
            out.append(Crossing("max_effect_sd", col.effect, t.max_effect_sd, f"column '{col.name}'"))
        if col.kind == "categorical" and t.max_effect_tv is not None and col.effect >= t.max_effect_tv:
            out.append(Crossing("max_effect_tv", col.effect, t.max_effect_tv, f"column '{col.name}'"))
    if t.prediction_drift:
        out += [Crossing("prediction_drift", c.effect, 0.0, f"model output '{c.name}'")
                for c in result.predictions if c.verdict == Verdict.DRIFT]
    perf = result.performance
    if t.accuracy_drop is not None and perf is not None and perf.verdict == Verdict.DRIFT and -perf.change >= \
            t.accuracy_drop:
        out.append(Crossing("accuracy_drop", -perf.change, t.accuracy_drop, perf.metric))
    mv = result.multivariate
    if t.multivariate_auc is not None and mv is not None and mv.verdict == Verdict.DRIFT and mv.auc >= \
            t.multivariate_auc:
        out.append(Crossing("multivariate_auc", mv.auc, t.multivariate_auc, "joint distribution"))
    if t.schema:
        out += [Crossing("schema", 1.0, 1.0, f"column '{i.column}' {i.problem}") for i in result.schema
                if i.problem in ("missing", "changed kind")]
    return out
