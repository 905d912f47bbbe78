"""The `stealing.extraction` check: how good a copy of the model an attacker gets per query budget.

The assessed rows are split: the attacker's natural pool (or, for synthetic queries, a few seed rows
of it) and evaluation rows the attack never queries. Equation solving runs when the model answers with
probabilities (it recovers softmax-linear models exactly); learning-based extraction with active
learning runs for each access mode asked (probabilities, labels only). The headline is the smallest
budget at which a copy agrees with the model on 90 % of the evaluation rows; the evidence has fidelity
(95 % Wilson interval) and accuracy per budget. A per-client query limit of the gateway policy is
taken into account: budgets above it are only open to an attacker with several identities.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from modelward.core.context import AssessContext
from modelward.core.errors import QueryRefused
from modelward.core.findings import Evidence, Finding, Location, severity_of
from modelward.core.params import Param
from modelward.stealing.equation import solve_softmax_linear
from modelward.stealing.extraction import ACCESS, SOURCES, STRATEGIES, ExtractionResult, extract
from modelward.stealing.surrogate import SurrogateSpec

MIN_ROWS = 20
TARGET_FIDELITY = 0.9
MITIGATIONS = ("query-limits", "output-minimisation", "watermarking", "access-control")


def judge_likelihood(queries_needed: int | None, best_fidelity: float) -> tuple[int, str]:
    """Likelihood (1-5) from the queries a copy needs to agree with the model on 90 % of unseen rows."""
    if queries_needed is None:
        level = 2 if best_fidelity >= 0.7 else 1
        return level, f"no budget measured reached {TARGET_FIDELITY:.0%} fidelity (best {best_fidelity:.3f})"
    level = 5 if queries_needed <= 100 else 4 if queries_needed <= 1000 else 3 if queries_needed <= 10_000 else 2
    return level, f"a copy reaches {TARGET_FIDELITY:.0%} fidelity after {queries_needed} queries"


def _equation_attack(ctx: AssessContext, pool: np.ndarray, eval_X: np.ndarray, eval_y: np.ndarray,
                     budgets: Sequence[int], truth: np.ndarray) -> ExtractionResult | None:
    from modelward.core.stats import wilson_interval
    from modelward.stealing.extraction import BudgetFigure, _bounds

    lo, hi = _bounds(ctx.model, pool)
    if len(lo) + 9 > max(budgets):
        return None
    answers: list[int] = []

    def query(X: np.ndarray) -> np.ndarray:
        answers.append(len(X))
        return np.asarray(ctx.model.predict_proba(X), dtype=float)

    try:
        solved = solve_softmax_linear(query, lo, hi, ctx.rng(23))
    except QueryRefused as exc:
        return ExtractionResult("equation solving", "probabilities", "uniform in the input bounds", (), len(eval_X),
                                float("nan"), None, (f"equation solving: the model's server refused a query after "
                                                     f"{sum(answers[:-1])} answered ({exc})",),
                                refused_after=sum(answers[:-1]))
    if solved.copy is None:
        return ExtractionResult("equation solving", "probabilities", "uniform in the input bounds", (), len(eval_X),
                                float("nan"), None, (f"equation solving: {solved.reason}",))
    agree = solved.copy.predict(eval_X) == truth
    lookup = {c: i for i, c in enumerate(np.asarray(ctx.model.classes).tolist())}
    acc = float(np.mean(solved.copy.predict(eval_X) == np.array([lookup.get(v, -1) for v in eval_y.tolist()])))
    figs = (BudgetFigure(solved.queries, solved.queries, float(agree.mean()),
                         wilson_interval(int(agree.sum()), len(agree)), acc),)
    return ExtractionResult("equation solving", "probabilities", "uniform in the input bounds", figs, len(eval_X),
                            float("nan"), solved.copy, (f"exact copy from {solved.queries} queries (relative "
                                                        f"log-ratio error {solved.max_error:.1e})",))


class ExtractionCheck:
    """Model extraction: fidelity of a copy per query budget (equation solving, active-learning
    Knockoff-style extraction from natural or synthetic queries, with probabilities or labels only)."""

    id = "stealing.extraction"
    threat = "model-stealing"
    title = "Model extraction: fidelity of a stolen copy per query budget"
    params = (
        Param("budgets", int, (50, 100, 250, 500, 1000), "query budgets measured", unit="queries", many=True,
              minimum=1),
        Param("access", str, ACCESS, "what the attacker sees: probabilities and/or labels only", many=True,
              choices=ACCESS),
        Param("source", str, "natural", "query rows: the attacker's natural rows, or synthetic ones grown from a "
              "few seed rows (Jacobian-based augmentation)", choices=SOURCES),
        Param("strategy", str, "active", "how rows are chosen: active learning or at random", choices=STRATEGIES),
        Param("eval_fraction", float, 0.3, "share of the rows kept to score the copy (never queried)",
              minimum=0.05, maximum=0.9),
        Param("hidden", int, 64, "hidden units of the copy (0: softmax regression)", minimum=0),
        Param("query_limit", int, 0, "per-client query limit of the gateway policy (0: none)", unit="queries",
              minimum=0),
        Param("impact", int, 3, "impact (1-5) of a stolen copy (lost intellectual property, a surrogate for "
              "transfer attacks)", minimum=1, maximum=5),
    )
    example_params = {"budgets": (20, 60), "access": ("probabilities",)}

    def __init__(self, budgets: Sequence[int] = (50, 100, 250, 500, 1000), access: Sequence[str] = ACCESS,
                 source: str = "natural", strategy: str = "active", eval_fraction: float = 0.3, hidden: int = 64,
                 query_limit: int = 0, impact: int = 3) -> None:
        self.budgets = tuple(sorted(set(budgets)))
        self.access, self.source, self.strategy = tuple(access), source, strategy
        self.eval_fraction, self.spec = eval_fraction, SurrogateSpec(hidden=hidden)
        self.query_limit, self.impact = query_limit, impact

    def applies(self, ctx: AssessContext) -> bool:
        return len(ctx.data) >= MIN_ROWS

    def run(self, ctx: AssessContext) -> list[Finding]:
        rng = ctx.rng(17)
        order = rng.permutation(len(ctx.data))
        n_eval = max(10, round(self.eval_fraction * len(order)))
        eval_rows, pool_rows = order[:n_eval], order[n_eval:]
        X, y = ctx.data.X, ctx.data.y
        results: list[ExtractionResult] = []
        truth = np.asarray(ctx.model.predict_proba(X[eval_rows]), dtype=float).argmax(axis=1)  # asked once
        if "probabilities" in self.access:
            solved = _equation_attack(ctx, X[pool_rows], X[eval_rows], y[eval_rows], self.budgets, truth)
            if solved is not None:
                results.append(solved)
        for access in self.access:
            ctx.progress(f"extraction ({access})", len(results) / (len(self.access) + 1))
            results.append(extract(ctx.model, X[pool_rows], X[eval_rows], self.budgets, eval_y=y[eval_rows],
                                   access=access, source=self.source, strategy=self.strategy, spec=self.spec,
                                   seed=ctx.seed, eval_truth=truth))
        return [self._finding(ctx, results, len(pool_rows))]

    def _finding(self, ctx: AssessContext, results: list[ExtractionResult], pool_size: int) -> Finding:
        within = [f for r in results for f in r.figures if not self.query_limit or f.queries <= self.query_limit]
        reached = [f.queries for f in within if f.fidelity >= TARGET_FIDELITY]
        needed = min(reached) if reached else None
        best = max(within, key=lambda f: f.fidelity, default=None)
        likelihood, rationale = judge_likelihood(needed, best.fidelity if best else 0.0)
        refused = [r.refused_after for r in results if r.refused_after is not None]
        measurements: dict[str, Any] = {"pool_rows": pool_size, "eval_rows": results[0].eval_rows if results else 0,
                                        "query_limit": self.query_limit or None,
                                        "queries_to_90pct_fidelity": needed,
                                        "refused_after_queries": max(refused) if refused else None}
        series: dict[str, list[float]] = {}
        for r in results:
            key = "equations" if r.method == "equation solving" else r.access
            for f in r.figures:
                measurements[f"fidelity@{f.budget}.{key}"] = round(f.fidelity, 4)
                measurements[f"fidelity_ci95@{f.budget}.{key}"] = f"[{f.fidelity_ci[0]:.3f}, {f.fidelity_ci[1]:.3f}]"
                measurements[f"accuracy@{f.budget}.{key}"] = round(f.accuracy, 4)
            if r.figures:
                series[f"budget.{key}"] = [float(f.queries) for f in r.figures]
                series[f"fidelity.{key}"] = [round(f.fidelity, 4) for f in r.figures]
        headline = "; ".join(f"{'equations' if r.method == 'equation solving' else r.access}: "
                             + ", ".join(f"{f.fidelity:.3f} at {f.queries}" for f in r.figures)
                             for r in results if r.figures)
        title = (f"model extraction: {TARGET_FIDELITY:.0%} fidelity after {needed} queries" if needed is not None
                 else f"model extraction: best fidelity {best.fidelity:.3f}" if best else "model extraction: no copy")
        limit = (f" The gateway limit of {self.query_limit} queries per client leaves budgets above it to an attacker "
                 "with several identities; the rating counts only budgets within it." if self.query_limit else "")
        notes = "; ".join(dict.fromkeys(n for r in results for n in r.notes))  # each note once
        notes = f"{notes[:1].upper()}{notes[1:]}." if notes else ""
        return Finding(
            check_id=self.id, threat=self.threat, severity=severity_of(likelihood, self.impact), title=title,
            description=(f"Fidelity (share of unseen rows where the copy answers like the model) per queries: "
                         f"{headline}. Methods: " + "; ".join(dict.fromkeys(r.method for r in results))
                         + f". {notes}{limit}").strip(),
            location=Location(file=ctx.data.source),
            evidence=Evidence(method=f"extraction from {self.source} queries ({self.strategy} selection), copy scored "
                                     "on held-out rows never queried; 95% Wilson intervals",
                              measurements=measurements, series=series, likelihood=likelihood, impact=self.impact,
                              rationale=rationale + f"; impact {self.impact} as declared"),
            mitigations=MITIGATIONS,
        )
