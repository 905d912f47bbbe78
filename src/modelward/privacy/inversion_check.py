"""The `privacy.model-inversion` and `privacy.attribute-inference` checks: what an attacker reconstructs
from the model, in numbers, against a baseline that sees no model (see `inversion` and `attribute`)."""

from __future__ import annotations

import numpy as np

from modelward.core.context import AssessContext
from modelward.core.findings import Evidence, Finding, Location, severity_of
from modelward.core.params import Param

MITIGATIONS = ("differential-privacy", "output-minimisation", "query-limits", "regularisation")
MAX_CLASSES = 50


def judge(advantage: float) -> int:
    """Likelihood (1-5) from what the model adds over the no-model baseline (a share of records or classes)."""
    return 5 if advantage >= 0.6 else 4 if advantage >= 0.4 else 3 if advantage >= 0.2 else 2 if advantage > 0.05 else 1


class ModelInversionCheck:
    """Model inversion: class representatives reconstructed from the model (white-box gradients or
    black-box estimates), judged by an independent classifier against the no-model prior."""

    id = "privacy.model-inversion"
    threat = "model-inversion"
    title = "Model inversion: class representatives reconstructed from the model"
    params = (
        Param("steps", int, 100, "optimisation steps per class", minimum=1),
        Param("step_size", float, 0.01, "step", unit="share of each feature's range", minimum=1e-6, maximum=1.0),
        Param("probes", int, 20, "probe pairs per black-box gradient estimate", minimum=1),
        Param("access", str, "auto", "white box (input gradients) or black box (queries only)",
              choices=("auto", "white-box", "black-box")),
        Param("impact", int, 4, "impact (1-5) of reconstructed training data (4: personal data)", minimum=1,
              maximum=5),
    )
    example_params = {"steps": 5, "probes": 2}

    def __init__(self, steps: int = 100, step_size: float = 0.01, probes: int = 20, access: str = "auto",
                 impact: int = 4) -> None:
        self.steps, self.step_size, self.probes, self.access, self.impact = steps, step_size, probes, access, impact

    def applies(self, ctx: AssessContext) -> bool:
        k = len(ctx.model.classes)
        return 2 <= k <= MAX_CLASSES and len(ctx.data) >= 5 * k and bool((ctx.y_index >= 0).all())

    def run(self, ctx: AssessContext) -> list[Finding]:
        from modelward.privacy.inversion import invert

        ctx.progress("model inversion", 0.0)
        white = None if self.access == "auto" else self.access == "white-box"
        r = invert(ctx.model, ctx.data.X, ctx.data.y, steps=self.steps, step_size=self.step_size, probes=self.probes,
                   white_box=white, seed=ctx.seed)
        advantage = r.attack_accuracy - r.baseline_accuracy
        far = bool(np.nanmean(r.closer) >= 1.0)
        likelihood = max(1, judge(advantage) - (2 if far else 0))
        recognised = [c for c, ok in zip(r.classes, r.recognised, strict=True) if ok]
        return [Finding(
            check_id=self.id, threat=self.threat, severity=severity_of(likelihood, self.impact),
            title=(f"model inversion: {r.attack_accuracy:.0%} of class reconstructions recognised by an independent "
                   f"classifier (without the model: {r.baseline_accuracy:.0%})"),
            description=(f"From the mean of the assessed rows, each class's input was optimised for the model's "
                         f"confidence with {r.access} ({r.queries} queries). An independent k-nearest-neighbour "
                         f"classifier fitted on the assessed rows recognises the reconstructions of classes "
                         f"{', '.join(recognised) or 'none'}. Mean model confidence {r.model_confidence.mean():.3f}; "
                         f"distance to the class's nearest real row is {np.nanmean(r.closer):.2f} x the prior's."),
            location=Location(file=ctx.data.source),
            evidence=Evidence(
                method=f"Fredrikson et al. 2015 inversion, {r.access}, {self.steps} signed steps per class",
                measurements={"attack_accuracy": round(r.attack_accuracy, 4),
                              "baseline_accuracy": round(r.baseline_accuracy, 4),
                              "advantage": round(advantage, 4), "queries": r.queries, "access": r.access,
                              "mean_model_confidence": round(float(r.model_confidence.mean()), 4),
                              "distance_ratio_to_prior": round(float(np.nanmean(r.closer)), 4)},
                likelihood=likelihood, impact=self.impact,
                rationale=f"the model adds {advantage:.0%} recognised classes over the prior"
                          + ("; rated two lower: the reconstructions are farther from the real rows than the prior, "
                             "recognisable but not close to any record" if far else "")
                          + f"; impact {self.impact} as declared"),
            mitigations=MITIGATIONS)]


class AttributeInferenceCheck:
    """Attribute inference: how well the model lets an attacker recover a sensitive feature of its
    training rows from the other features and the label, against a baseline that sees no model."""

    id = "privacy.attribute-inference"
    threat = "model-inversion"
    title = "Attribute inference: a sensitive feature recovered through the model"
    params = (
        Param("attribute", str, "", "the sensitive feature (a column name); the check applies only when given"),
        Param("impact", int, 4, "impact (1-5) of disclosing that attribute", minimum=1, maximum=5),
    )
    example_params = {"attribute": "mean radius"}

    def __init__(self, attribute: str = "", impact: int = 4) -> None:
        self.attribute, self.impact = attribute, impact

    def applies(self, ctx: AssessContext) -> bool:
        return (bool(self.attribute) and self.attribute in ctx.data.feature_names and ctx.reference is not None
                and len(ctx.data) >= 20 and len(ctx.reference) >= 5)

    def run(self, ctx: AssessContext) -> list[Finding]:
        from modelward.privacy.attribute import infer_attribute

        assert ctx.reference is not None
        column = ctx.data.feature_names.index(self.attribute)
        r = infer_attribute(ctx.model, (ctx.reference.X, ctx.reference.y), (ctx.data.X, ctx.data.y), column,
                            self.attribute, ctx.seed)
        likelihood = judge(max(r.advantage, 0.0) * 2)  # a share of records: 30 points over the baseline is a lot
        return [Finding(
            check_id=self.id, threat=self.threat, severity=severity_of(likelihood, self.impact),
            title=(f"attribute inference of '{r.attribute}': {r.attack_members:.1%} of training rows recovered "
                   f"through the model (without it: {r.baseline_members:.1%}; chance {r.chance:.1%})"),
            description=(f"For each record the attacker knows the other features and the label, tries the "
                         f"{len(r.values)} candidate values of '{r.attribute}' on the model and keeps the most likely. "
                         f"Training rows: {r.attack_members:.3f} with the model vs {r.baseline_members:.3f} without; "
                         f"unseen rows: {r.attack_nonmembers:.3f} vs {r.baseline_nonmembers:.3f}."),
            location=Location(file=ctx.reference.source, column=r.attribute),
            evidence=Evidence(
                method="model-based attribute inference (Fredrikson et al. 2014) vs a random forest on the other "
                       "features and the label (no model)",
                measurements={"attack_members": round(r.attack_members, 4),
                              "attack_nonmembers": round(r.attack_nonmembers, 4),
                              "baseline_members": round(r.baseline_members, 4),
                              "baseline_nonmembers": round(r.baseline_nonmembers, 4), "chance": round(r.chance, 4),
                              "advantage": round(r.advantage, 4), "queries": r.queries,
                              "candidate_values": len(r.values)},
                likelihood=likelihood, impact=self.impact,
                rationale=f"the model adds {r.advantage:+.1%} over the no-model baseline on training rows; impact "
                          f"{self.impact} as declared"),
            mitigations=MITIGATIONS)]
