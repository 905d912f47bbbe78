"""The `privacy.membership-inference` check: how well an attacker tells the model's training rows from
rows it never saw, measured with the strongest attacks its access allows.

`assess` gives the training rows as `reference` (members) and held-out rows as `data` (non-members);
without training rows there is nothing to measure and the check does not apply. The headline is the
true-positive rate at 1 % false positives (and at 0.1 %), with its 95 % bootstrap interval, next to AUC;
the evidence says what drives the exposure: the generalisation gap, the most exposed classes and
records (row numbers of the training data).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from modelward.core.context import AssessContext, Dataset
from modelward.core.findings import Evidence, Finding, Location, severity_of
from modelward.core.params import Param
from modelward.privacy.membership.audit import ATTACKS, AuditConfig, MembershipAudit, audit_membership
from modelward.privacy.params import (
    BOOTSTRAP,
    IMPACT,
    KNOWN_FRACTION,
    MAX_ROWS,
    RECIPE,
    REFERENCE_MODELS,
    TIME_BUDGET,
)
from modelward.privacy.roc import RocSummary

MIN_ROWS = 10
MITIGATIONS = ("differential-privacy", "regularisation", "output-minimisation")


def judge_likelihood(roc: RocSummary, attacks_tried: int = 1) -> tuple[int, str]:
    """Likelihood (1-5) of a successful membership attack from the best attack's ROC, judged on what the
    measurement supports: the lower bound of TPR at the first low FPR over the upper bound of the FPR the
    threshold really admits (few non-members cannot show a small FPR), and the lower bound of AUC. No
    attack beating chance (exact p-value, Bonferroni over the attacks tried, >= 0.05, and an AUC interval
    that holds 0.5) is 1."""
    low = roc.at(roc.low[0].fpr)
    p = min(1.0, low.p_value * max(1, attacks_tried))
    if p >= 0.05 and roc.auc_ci[0] <= 0.5:
        return 1, (f"no attack beats chance: AUC {roc.auc:.3f} (95% CI from {roc.auc_ci[0]:.3f}), TPR {low.tpr:.3f} "
                   f"at FPR {low.fpr:g} (p = {p:.2g})")
    lift = low.ci[0] / low.fpr_upper if p < 0.05 else 0.0
    auc_lo = roc.auc_ci[0]
    level = (5 if lift >= 10 or auc_lo >= 0.75 else 4 if lift >= 5 or auc_lo >= 0.65
             else 3 if lift >= 2 or auc_lo >= 0.57 else 2)
    return level, (f"the best attack finds {low.tpr:.1%} of members at FPR {low.fpr:g} (p = {p:.2g} against random "
                   f"ranking; at least {lift:.1f}x the false-positive rate it can have), AUC {roc.auc:.3f} "
                   f"(95% CI {auc_lo:.3f}-{roc.auc_ci[1]:.3f})")


def _sample(data: Dataset, limit: int, rng: np.random.Generator) -> tuple[Dataset, np.ndarray]:
    rows = np.arange(len(data))
    if len(data) > limit:
        rows = np.sort(rng.choice(len(data), limit, replace=False))
    return Dataset(data.X[rows], data.y[rows], data.feature_names, data.target, data.source), rows


def _fmt_ci(ci: tuple[float, float]) -> str:
    return f"[{ci[0]:.3f}, {ci[1]:.3f}]"


def audit_measurements(audit: MembershipAudit, member_rows: np.ndarray | None = None) -> dict[str, Any]:
    """The audit as flat JSON values: per attack AUC and TPR at each FPR with intervals, and the drivers."""
    out: dict[str, Any] = {
        "access": audit.access, "reference_models": audit.reference_models, "trainer": audit.trainer,
        "target_members": int(audit.design.target_is_member.sum()),
        "target_nonmembers": int((~audit.design.target_is_member).sum()),
        "known_members": len(audit.design.known_members), "known_nonmembers": len(audit.design.known_nonmembers),
        "member_accuracy": round(audit.member_accuracy, 4), "nonmember_accuracy": round(audit.nonmember_accuracy, 4),
        "generalisation_gap": round(audit.member_accuracy - audit.nonmember_accuracy, 4),
        "loss_gap": round(audit.loss_gap, 4), "queries": audit.queries, "seconds": round(audit.seconds, 2),
    }
    for a in audit.attacks:
        out[f"auc.{a.name}"] = round(a.roc.auc, 4)
        out[f"auc_ci95.{a.name}"] = _fmt_ci(a.roc.auc_ci)
        for low in a.roc.low:
            out[f"tpr@{low.fpr:g}fpr.{a.name}"] = round(low.tpr, 4)
            out[f"tpr@{low.fpr:g}fpr_ci95.{a.name}"] = _fmt_ci(low.ci)
            out[f"tpr@{low.fpr:g}fpr_p.{a.name}"] = float(f"{low.p_value:.3g}")
    best = audit.best()
    out["best_attack"] = best.name
    out["fpr_resolution"] = round(best.roc.fpr_resolution, 5)
    worst = sorted(audit.per_class, key=lambda c: -c[1])[:3]
    out["most_exposed_classes"] = "; ".join(f"{c} (AUC {a:.3f}, {m}+{n} rows)" for c, a, m, n in worst)
    exposed = audit.most_exposed(10)
    rows = [int(member_rows[r]) if member_rows is not None else r for r, _ in exposed]
    out["most_exposed_member_rows"] = ", ".join(map(str, rows))
    return out


class MembershipInferenceCheck:
    """Membership inference: TPR at low FPR and AUC of threshold, LiRA, RMIA and shadow-model attacks
    (label-only when the model returns labels), with what drives the exposure."""

    id = "privacy.membership-inference"
    threat = "membership-inference"
    title = "Membership inference: how well an attacker tells training rows from unseen rows"
    params = (
        Param("attacks", str, ("loss", "lira", "rmia"), "attacks to run", many=True, choices=ATTACKS),
        REFERENCE_MODELS, KNOWN_FRACTION, *RECIPE, TIME_BUDGET, MAX_ROWS, BOOTSTRAP,
        Param("label_copies", int, 16, "noisy queries per record when the model returns labels only", minimum=1),
        Param("label_noise", float, 0.1, "noise of those queries", unit="share of each feature's range",
              minimum=1e-6, maximum=1.0),
        IMPACT,
    )
    example_params = {"reference_models": 4, "bootstrap": 50, "epochs": 5}

    def __init__(self, attacks: Sequence[str] = ("loss", "lira", "rmia"), reference_models: int = 16,
                 known_fraction: float = 0.5, epochs: int = 100, batch_size: int = 64, lr: float = 1e-3,
                 weight_decay: float = 0.0, time_budget: float = 300.0, max_rows: int = 2000, bootstrap: int = 200,
                 label_copies: int = 16, label_noise: float = 0.1, impact: int = 3) -> None:
        self.config = AuditConfig(tuple(attacks), reference_models, known_fraction, label_copies=label_copies,
                                  label_noise=label_noise, time_budget=time_budget, bootstrap=bootstrap)
        self.recipe = {"epochs": epochs, "batch_size": batch_size, "lr": lr, "weight_decay": weight_decay}
        self.max_rows, self.impact = max_rows, impact

    def applies(self, ctx: AssessContext) -> bool:
        ref = ctx.reference
        if ref is None or len(ref) < MIN_ROWS or len(ctx.data) < MIN_ROWS or ref.X.shape[1] != ctx.data.X.shape[1]:
            return False
        known = set(np.asarray(ctx.model.classes).tolist())
        return all(v in known for v in np.r_[ref.y, ctx.data.y].tolist())

    def run(self, ctx: AssessContext) -> list[Finding]:
        from modelward.privacy.references import trainer_for

        assert ctx.reference is not None
        rng = ctx.rng(41)
        members, member_rows = _sample(ctx.reference, self.max_rows, rng)
        nonmembers, _ = _sample(ctx.data, self.max_rows, rng)
        ctx.progress("membership inference", 0.0)
        audit = audit_membership(ctx.model, members, nonmembers, trainer=trainer_for(ctx.model, **self.recipe),
                                 config=self.config, seed=ctx.seed, progress=ctx.progress)
        return self.findings(audit, ctx, member_rows)

    def findings(self, audit: MembershipAudit, ctx: AssessContext, member_rows: np.ndarray) -> list[Finding]:
        best = audit.best()
        likelihood, rationale = judge_likelihood(best.roc, len(audit.attacks))
        head = best.roc.low[0]
        low = "; ".join(f"{p.tpr:.3f} at {p.fpr:g}" for p in best.roc.low)
        title = (f"membership inference: TPR {head.tpr:.3f} at {head.fpr:.0%} FPR (95% CI {head.ci[0]:.3f}-"
                 f"{head.ci[1]:.3f}), AUC {best.roc.auc:.3f} ({best.name})")
        notes = " ".join(audit.notes)
        description = (
            f"An attacker given {len(audit.design.known_members)} training rows and "
            f"{len(audit.design.known_nonmembers)} unseen rows scored the other {len(audit.design.targets)}. "
            f"Best attack: {best.description}; TPR {low} FPR. Drivers: accuracy {audit.member_accuracy:.3f} on "
            f"members vs {audit.nonmember_accuracy:.3f} on non-members, mean loss gap {audit.loss_gap:.3f}. "
            f"With {best.roc.n_nonmembers} non-members the smallest FPR above zero is {best.roc.fpr_resolution:.2%}. "
            + notes).strip()
        findings = [Finding(
            check_id=self.id, threat=self.threat, severity=severity_of(likelihood, self.impact), title=title,
            description=description,
            location=Location(file=ctx.reference.source if ctx.reference is not None else ctx.data.source),
            evidence=Evidence(
                method=(f"{', '.join(a.name for a in audit.attacks)} on {len(audit.design.targets)} target rows; "
                        f"reference models: {audit.trainer} ({audit.reference_models}); 95% stratified bootstrap"),
                measurements=audit_measurements(audit, member_rows),
                series={"roc_fpr": list(best.roc.curve_fpr), "roc_tpr": list(best.roc.curve_tpr)},
                likelihood=likelihood, impact=self.impact, rationale=rationale + f"; impact {self.impact} as declared"),
            mitigations=MITIGATIONS,
        )]
        if audit.limit_reached:
            findings.append(Finding(
                check_id=self.id, threat=self.threat, severity=severity_of(2, 2),
                title="membership audit stopped at its time budget",
                description=audit.limit_reached + "; more reference models make the attacks stronger, so the "
                            "exposure above may be understated",
                evidence=Evidence(method="time budget", measurements={"reference_models": audit.reference_models},
                                  likelihood=2, impact=2, rationale="the measurement is partial"),
                mitigations=MITIGATIONS))
        return findings
