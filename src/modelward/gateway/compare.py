"""What a gateway policy changes: the same checks on the same data, through the API without the policy
and with it (`modelward assess --policy policy.yaml`).

Both sides are query access, as a client of the gateway has: the model's probabilities as the gateway
would answer them, decoded as `HttpAdapter` decodes an Open Inference Protocol v2 answer, so no
gradients on either side. "Without" shows every probability unrounded and runs no guard; "with" runs
the policy's guards (`inspect` before the model, `filter` after) and the output hardening of the
caller's role, through the gateway's own code (`GuardPipeline`, `harden`, `render_v2`). The difference
between the two reports is the policy's alone. A request a guard blocks raises `Blocked`, as the
gateway's 403 does for an HTTP client (it is a `QueryRefused`): an attack that handles it (extraction)
stops there and reports what it measured before; any other check that meets it is an error of the "with"
report. Input validation with `on_violation: clip` runs as the gateway's does: rows outside the schema
(inferred from the reference rows, or the model's declared input spec) are moved back into range before
the model sees them, which changes what an evasion or extraction attack can reach. `reject` is not
simulated: the checks' own reference queries (unseen rows, uniform samples in the input bounds) would
be refused with the attacks', so the "with" side measures as if rows were let through (an upper bound
on exposure). Rate limits are not applied: they refuse by time, not by what the rows are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from modelward.core.adapters.base import ModelAdapter
from modelward.core.adapters.callable import one_hot
from modelward.core.adapters.protocols import decode_v2
from modelward.core.context import Dataset
from modelward.core.errors import ModelwardError, QueryRefused
from modelward.core.guards import GuardRequest, GuardResponse
from modelward.core.report import AppliedMitigation, Report
from modelward.gateway.hardening import harden
from modelward.gateway.models import default_schema
from modelward.gateway.pipeline import GuardPipeline
from modelward.gateway.policy import OutputPolicy, Policy
from modelward.gateway.protocol import render_v2
from modelward.gateway.schema import InputSchema

OPEN = OutputPolicy(mode="probabilities", decimals=None, noise=0.0)

# Per check, the measurements compared (a prefix ends with "@" or "."; every key starting with it is kept)
# and which direction is better for the defender.
HEADLINES: Mapping[str, tuple[tuple[str, str], ...]] = {
    "privacy.membership-inference": (("auc", "lower"), ("tpr@", "lower"), ("advantage", "lower")),
    "stealing.extraction": (("queries_to_90pct_fidelity", "higher"), ("fidelity@", "lower")),
    "robustness.evasion": (("clean_accuracy", "higher"), ("robust_accuracy@", "higher")),
    "privacy.model-inversion": (("", "lower"),),
    "privacy.attribute-inference": (("", "lower"),),
}


class Blocked(QueryRefused):
    """A guard of the policy refused the request (the gateway answers 403)."""


class PolicyView:
    """`model` as a client of the gateway sees it under `output` (one role's hardening) and `guards`."""

    def __init__(self, model: ModelAdapter, output: OutputPolicy, guards: GuardPipeline | None = None,
                 client: str = "assess", role: str = "client", seed: int = 0, schema: InputSchema | None = None,
                 on_violation: str = "reject") -> None:
        self.model = model
        self.output = output
        self.guards = guards
        self.schema, self.on_violation = schema, on_violation
        self.clipped = 0
        self.client, self.role = client, role
        self.name = model.name
        self.classes = np.asarray(model.classes)
        self.input_spec = model.input_spec
        self.rng = np.random.default_rng([seed, 16])
        self.blocked = 0
        self._queries = 0

    @property
    def query_count(self) -> int:
        return self._queries

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        if X.ndim != 2:
            raise ModelwardError(f"{self.name}: expected rows of features (2-D), got shape {X.shape}")
        self._queries += X.shape[0]
        X = self._validated(X)
        request = GuardRequest(self.client, self.name, self.role, X, meta={})
        if self.guards is not None:
            self._pass(self.guards.inspect(request))
        proba = np.asarray(self.model.predict_proba(X), dtype=float)
        if self.guards is not None:
            verdict = self.guards.filter(GuardResponse(request, proba, tuple(self.classes.tolist())))
            self._pass(verdict)
            if verdict.decision.outputs is not None:
                proba = np.asarray(verdict.decision.outputs, dtype=float)
        answer = harden(proba, self.classes, self.output, self.rng)
        decoded = decode_v2(render_v2(answer, self.name, "assess", None), X.shape[0], self.classes.tolist(),
                            f"{self.name} through the policy")
        if decoded.proba is None:
            return one_hot(np.asarray(decoded.labels), self.classes, self.name)
        P = np.clip(np.asarray(decoded.proba, dtype=float), 0.0, None)
        sums = P.sum(axis=1, keepdims=True)
        shown: np.ndarray = np.divide(P, sums, out=np.full_like(P, 1.0 / P.shape[1]), where=sums > 0)
        return shown  # renormalised: rounded scores sum to about 1

    def predict(self, X: np.ndarray) -> np.ndarray:
        labels: np.ndarray = self.classes[np.argmax(self.predict_proba(X), axis=1)]
        return labels

    def _validated(self, X: np.ndarray) -> np.ndarray:
        """The rows as the gateway's input validation leaves them (see the module docstring)."""
        if self.schema is None or self.on_violation != "clip":
            return X
        _, count, rows = self.schema.violations(X)
        if not count:
            return X
        self.clipped += len(rows)
        clipped: np.ndarray = self.schema.clip(X)
        return clipped

    def _pass(self, verdict: Any) -> None:
        if verdict.blocked:
            self.blocked += 1
            raise Blocked(f"a guard of the policy refused the request: {verdict.decision.reason}")


class RefittablePolicyView(PolicyView):
    """A view whose model can be retrained: the membership audit's reference models are the attacker's
    own copies, trained like the target (the audit's usual assumption); only the target is behind the
    policy."""

    def refit(self, X: np.ndarray, y: np.ndarray) -> ModelAdapter:
        refit = self.model.refit  # type: ignore[attr-defined]
        fitted: ModelAdapter = refit(X, y)
        return fitted


def view(model: ModelAdapter, output: OutputPolicy, guards: GuardPipeline | None = None, role: str = "client",
         seed: int = 0, schema: InputSchema | None = None, on_violation: str = "reject") -> PolicyView:
    cls = RefittablePolicyView if callable(getattr(model, "refit", None)) else PolicyView
    return cls(model, output, guards, role=role, seed=seed, schema=schema, on_violation=on_violation)


@dataclass(frozen=True)
class PolicyComparison:
    """The report measured through the policy, with its `applied` entries holding, per check, the same
    measurements without the policy (`before`) and with it (`after`); and the bare report."""

    report: Report
    without: Report
    blocked: int


def headline(check_id: str, measurements: Mapping[str, Any]) -> dict[str, float]:
    """The numeric measurements of a finding that say how exposed the model is (see HEADLINES). A figure
    given per attack or strategy ("auc.lira", "fidelity@50.labels") is kept as the attacker's best of
    them ("auc", "fidelity@50"): the two sides may run different attacks (label-only ones, say)."""
    wanted = HEADLINES.get(check_id, (("", ""),))
    out: dict[str, float] = {}
    for key, value in measurements.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not np.isfinite(value):
            continue
        if "_ci95" in key or "_p." in key:
            continue
        name = key.rsplit(".", 1)[0] if "." in key.split("@")[-1] or key.startswith("auc.") else key
        for prefix, way in wanted:
            if prefix and name != prefix and not (prefix.endswith(("@", ".")) and name.startswith(prefix)):
                continue
            best = max if way == "lower" else min  # the attacker's best: the worst figure for the defender
            out[name] = best(out[name], float(value)) if name in out else float(value)
            break
    return out


def _measured(report: Report) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for f in report.findings:
        out.setdefault(f.check_id, {}).update(headline(f.check_id, f.evidence.measurements))
    return out


def describe(policy: Policy, role: str) -> str:
    o = policy.output_for(role)
    shown = {"label": "labels only", "top_k": f"top {o.top_k} classes"}.get(o.mode, "all probabilities")
    parts = [shown]
    if o.mode != "label":
        if o.decimals is not None:
            parts.append(f"rounded to {o.decimals} decimals")
        if o.noise > 0:
            parts.append(f"Laplace noise {o.noise:g}")
    guards = ", ".join(g.id for g in policy.guards) or "none"
    schema = ("rows outside the input schema clipped" if policy.validation.on_violation == "clip"
              else f"input schema ({policy.validation.on_violation}) not simulated")
    return f"gateway policy {policy.source} for role {role!r}: {', '.join(parts)}; guards: {guards}; {schema}"


def compare(model: ModelAdapter, data: Any, target: str | None, policy: Policy, *, role: str = "client",
            reference: Dataset | None = None, seed: int = 0, **kw: Any) -> PolicyComparison:
    """Run the checks twice on the same data and seed: through the API without the policy, then with it.
    `reference`: the model's training rows (membership inference needs them; the guards get them too);
    `kw`: passed to `modelward.core.assess.assess` (only, params, ...)."""
    from modelward.core.assess import assess

    guards = GuardPipeline.build(policy.guards, model, reference, policy.guard_on_error)
    bare = view(model, OPEN, None, role, seed)
    behind = view(model, policy.output_for(role), guards, role, seed, default_schema(policy, reference, model),
                  policy.validation.on_violation)
    without = assess(bare, data, target, seed=seed, reference=reference, **kw)
    with_ = assess(behind, data, target, seed=seed, reference=reference, **kw)
    before, after = _measured(without), _measured(with_)
    threats = {f.check_id: f.threat for f in (*without.findings, *with_.findings)}
    summary = describe(policy, role)
    applied = []
    for check_id in sorted(set(before) | set(after)):
        b, a = before.get(check_id, {}), after.get(check_id, {})
        if check_id not in after:
            failed = [e.message for e in with_.errors if e.subject == check_id]
            note = f"; with the policy: {failed[0][:200]}" if failed else "; nothing measured with the policy"
        else:
            note = ""
        applied.append(AppliedMitigation("output-minimisation", threats[check_id], summary + note, check_id,
                                         dict(sorted(b.items())), dict(sorted(a.items()))))
    report = replace(with_, applied=(*with_.applied, *applied),
                     metadata=replace(with_.metadata, command="assess --policy"))
    return PolicyComparison(report, without, behind.blocked)


def better(check_id: str, key: str) -> str:
    """"lower" or "higher": which way `key` of `check_id` moves when the defence works ("" when unknown)."""
    for prefix, way in HEADLINES.get(check_id, ()):
        if key == prefix or (prefix.endswith(("@", ".")) and key.startswith(prefix)) or prefix == "":
            return way
    return ""


__all__: Sequence[str] = ("Blocked", "PolicyComparison", "PolicyView", "better", "compare", "headline", "view")
