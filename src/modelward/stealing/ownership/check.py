"""The `stealing.ownership` check and the `stealing.watermark` mitigation: can the owner prove that a
stolen copy is theirs?

The check plays the theft and the trial: it extracts a copy of the model through queries (active
learning on half the assessed rows), trains independent models of the same task on the true labels
(the owner's own controls), and tests the copy against the model's conferrable fingerprint (points
copies inherit and independent models do not, selected on the other half), with the independent
models' agreement as chance. The mitigation embeds a trigger-set watermark in a torch
model (trained afresh on the data plus the secret triggers) and shows, before and after, the evidence
against a copy made by fine-tuning the model on a tenth of the data: trigger agreement and its p-value.
"""

from __future__ import annotations

import copy
import math
import secrets
from typing import Any

import numpy as np

from modelward.core.adapters.callable import CallableAdapter
from modelward.core.context import AssessContext
from modelward.core.errors import ConfigError
from modelward.core.findings import Evidence, Finding, Location, severity_of
from modelward.core.params import Param
from modelward.core.plugins import Hardened
from modelward.core.report import AppliedMitigation

ALPHA = 1e-6
MITIGATIONS = ("watermarking", "query-limits", "access-control")


def _log10p(p: float) -> float:
    return round(min(300.0, -math.log10(max(p, 1e-300))), 2)


class OwnershipCheck:
    """Ownership evidence: whether a copy extracted through queries is told apart from independently
    trained models by the model's conferrable fingerprint (p-value against the independents' agreement)."""

    id = "stealing.ownership"
    threat = "model-stealing"
    title = "Ownership evidence: can a stolen copy be proven to be this model?"
    params = (
        Param("budget", int, 500, "queries of the simulated extraction", unit="queries", minimum=10),
        Param("fingerprint", int, 100, "boundary points in the fingerprint", minimum=10),
        Param("independents", int, 5, "independent models trained as controls", minimum=1),
        Param("impact", int, 3, "impact (1-5) of a stolen copy that cannot be proven stolen", minimum=1, maximum=5),
    )
    example_params = {"budget": 40, "fingerprint": 20, "independents": 2}

    def __init__(self, budget: int = 500, fingerprint: int = 100, independents: int = 5, impact: int = 3) -> None:
        self.budget, self.n_fp, self.n_ind, self.impact = budget, fingerprint, independents, impact

    def applies(self, ctx: AssessContext) -> bool:
        return len(ctx.data) >= 40 and len(np.unique(ctx.data.y)) >= 2 and bool((ctx.y_index >= 0).all())

    def run(self, ctx: AssessContext) -> list[Finding]:
        from modelward.stealing.extraction import extract
        from modelward.stealing.ownership.fingerprint import compare, conferrable_fingerprint, null_rate
        from modelward.stealing.surrogate import fit_surrogate

        rng = ctx.rng(29)
        order = rng.permutation(len(ctx.data))
        pool, rest = order[: len(order) // 2], order[len(order) // 2:]
        X, k = ctx.data.X, len(ctx.model.classes)
        fp = conferrable_fingerprint(ctx.model, X[rest], ctx.y_index[rest], self.n_fp, seed=ctx.seed)
        stolen = extract(ctx.model, X[pool], X[rest], [min(self.budget, len(pool))], seed=ctx.seed)
        assert stolen.copy is not None
        copy_model = CallableAdapter(stolen.copy.proba, classes=np.arange(k), name="extracted copy")
        targets = np.eye(k)[ctx.y_index]
        independents = []
        for i in range(self.n_ind):
            half = rng.permutation(len(X))[: len(X) // 2]
            own = fit_surrogate(X[half], targets[half], seed=ctx.seed + 101 + i)
            independents.append(CallableAdapter(own.proba, classes=np.arange(k), name=f"independent {i}"))
        null = null_rate(fp, independents)
        verdict = compare(copy_model, fp, null)
        proven = verdict.claims(ALPHA)
        likelihood = 1 if proven else 4
        return [Finding(
            check_id=self.id, threat=self.threat, severity=severity_of(likelihood, self.impact),
            title=(f"ownership: a copy extracted with {stolen.figures[-1].queries} queries agrees with the boundary "
                   f"fingerprint on {verdict.accuracy:.0%} of points vs at most {null:.0%} for independent models "
                   f"(p = {verdict.p_value:.1e})"),
            description=(f"The copy agrees with the model on {stolen.figures[-1].fidelity:.1%} of unseen rows. "
                         + ("The fingerprint proves it a copy at p < 1e-6." if proven else
                            "The fingerprint alone does not prove it a copy at p < 1e-6: add a watermark "
                            "(stealing.watermark for the weights, stealing.dawn for answers served).")),
            location=Location(file=ctx.data.source),
            evidence=Evidence(
                method=(f"conferrable fingerprint ({len(fp.labels)} points), binomial test against the "
                        f"highest agreement of {self.n_ind} independently trained models"),
                measurements={"copy_agreement": round(verdict.accuracy, 4), "independent_max_agreement": round(null, 4),
                              "p_value": float(f"{verdict.p_value:.3g}"), "proof_log10p": _log10p(verdict.p_value),
                              "copy_fidelity": round(stolen.figures[-1].fidelity, 4), "proven": proven},
                likelihood=likelihood, impact=self.impact,
                rationale=("a stolen copy can be proven stolen" if proven else "a stolen copy could not be proven "
                           "stolen by fingerprint alone") + f"; impact {self.impact} as declared"),
            mitigations=MITIGATIONS)]


class WatermarkMitigation:
    """Embed a trigger-set watermark in a torch model (trained afresh on the data and secret triggers),
    measured before/after: trigger agreement and p-value of a copy fine-tuned on a tenth of the data."""

    id = "stealing.watermark"
    threat = "model-stealing"
    title = "Trigger-set watermark (proof of ownership)"
    improves = "stealing.ownership"
    params = (
        Param("key", str, "", "secret key of the triggers (empty: a random key, reported once; keep it secret)"),
        Param("triggers", int, 100, "secret trigger inputs", minimum=10),
        Param("trigger_weight", float, 0.5, "share of each batch drawn from the triggers", minimum=0.01,
              maximum=0.9),
        Param("epochs", int, 60, "training epochs", minimum=1),
        Param("lr", float, 1e-3, "Adam learning rate", minimum=1e-8),
        Param("finetune_share", float, 0.1, "share of the data the simulated thief fine-tunes on", minimum=0.01,
              maximum=1.0),
        Param("finetune_epochs", int, 20, "epochs of that fine-tuning", minimum=1),
        Param("eval_fraction", float, 0.3, "share of the data held out to measure on (when no holdout is given)",
              minimum=0.05, maximum=0.9),
        Param("seed", int, 0, "seed of training and of the split", minimum=0),
    )
    example_params = {"triggers": 20, "epochs": 3, "finetune_epochs": 2}

    def __init__(self, **values: Any) -> None:
        self.values = {**{p.name: p.default for p in self.params}, **values}

    def applies(self, ctx: AssessContext) -> bool:
        return getattr(ctx.model, "module", None) is not None

    def apply(self, ctx: AssessContext) -> Hardened:
        from modelward.core.adapters.torch import TorchAdapter
        from modelward.stealing._torch import fresh_copy, train
        from modelward.stealing.ownership.trigger import TriggerSet, embed, verify

        v = self.values
        model: Any = ctx.model
        if ctx.holdout is not None:
            train_X, train_y, hold_X, hold_y = ctx.data.X, ctx.data.y, ctx.holdout.X, ctx.holdout.y
        else:
            order = np.random.default_rng([v["seed"], 5]).permutation(len(ctx.data))
            n_hold = max(2, int(v["eval_fraction"] * len(order)))
            hold, keep = order[:n_hold], order[n_hold:]
            train_X, train_y = ctx.data.X[keep], ctx.data.y[keep]
            hold_X, hold_y = ctx.data.X[hold], ctx.data.y[hold]
        lookup = {c: i for i, c in enumerate(np.asarray(model.classes).tolist())}
        if any(c not in lookup for c in np.asarray(train_y).tolist()):
            raise ConfigError(f"{self.id}: the data has labels the model does not know")
        y_idx = np.array([lookup[c] for c in np.asarray(train_y).tolist()])
        key = v["key"] or secrets.token_hex(16)
        lo, hi = train_X.min(axis=0), train_X.max(axis=0)
        triggers = TriggerSet.from_key(key, v["triggers"], lo, hi, len(model.classes))
        shape = getattr(model, "input_shape", None)
        marked = embed(fresh_copy(model.module, v["seed"]), train_X, y_idx, triggers, epochs=v["epochs"],
                       lr=v["lr"], trigger_weight=v["trigger_weight"], seed=v["seed"], input_shape=shape)
        n_ft = max(1, int(v["finetune_share"] * len(train_X)))

        def evidence(module: Any) -> dict[str, float]:
            adapter = TorchAdapter(module, classes=model.classes, input_shape=shape, device="cpu")
            thief = train(copy.deepcopy(module), train_X[:n_ft], y_idx[:n_ft], epochs=v["finetune_epochs"],
                          lr=v["lr"], seed=v["seed"] + 1, input_shape=shape)
            verdict = verify(TorchAdapter(thief, classes=model.classes, input_shape=shape, device="cpu"), triggers)
            return {"accuracy": round(float(np.mean(adapter.predict(hold_X) == hold_y)), 4),
                    "fine_tuned_trigger_accuracy": round(verdict.accuracy, 4),
                    "fine_tuned_proof_log10p": _log10p(verdict.p_value)}

        before, after = evidence(model.module), evidence(marked)
        hardened_model = TorchAdapter(marked, classes=model.classes, input_spec=model.input_spec, input_shape=shape,
                                      name=f"{model.name} (watermarked)")
        summary = (f"trigger-set watermark ({v['triggers']} triggers): a copy fine-tuned on {v['finetune_share']:.0%} "
                   f"of the data answers {after['fine_tuned_trigger_accuracy']:.0%} of the triggers (p = 10^-"
                   f"{after['fine_tuned_proof_log10p']:g}), accuracy {before['accuracy']:.3f} -> "
                   f"{after['accuracy']:.3f}")
        notes = ["keep the key secret: it regenerates the triggers (TriggerSet.from_key with the same count and "
                 "the training rows' bounds); verify a suspect with modelward.stealing.ownership.trigger.verify"]
        if ctx.holdout is None:
            notes.append("no held-out rows were given: the given model may have trained on the rows its 'before' "
                         "accuracy is measured on")
        applied = AppliedMitigation("watermarking", self.threat, summary, self.improves, before, after)
        return Hardened(self.id, hardened_model, marked, applied, {**v, "key": key, "bounds_lower": lo.tolist(),
                                                                    "bounds_upper": hi.tolist()}, tuple(notes))
