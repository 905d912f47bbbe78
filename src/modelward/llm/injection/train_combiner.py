"""Train the detector's combiner (`modelward.llm.injection.combiner`); writes `combiner.json` in the model
directory. Run last, after `train`, `train_window` and `train_operating_point`, from the repository root:
`python -m modelward.llm.injection.train_combiner [DIR]`.

It learns from the evidence the shipped models and rules give on template sets by authors whose texts the
models never learnt (`COMBINER_SETS`, read from bench/llm), so the weights it gives the models' probabilities
are those of texts they have not seen: on their own training texts the models are surer than they will be in
use. It also learns `padded` copies of attacks, hidden inside a long ordinary prompt of the same set: without
them (and with the text's length among its features, as at first) it learnt that long texts are harmless (the
sets' direct attacks are short), and padded attacks fell from 0.94 recall (noisy-OR) to 0.83; as shipped they
are found 0.947 of the time out of fold, the noisy-OR 0.944 (`train_combiner` and `combiner_cv.py` print it).

Its threshold is set out of fold: one combiner per set, learnt on the others, scores that set
(`out_of_fold_scores`); the threshold is the highest at which the mean recall over the families of all those sets'
attacks so scored (padded copies aside) is at least the noisy-OR's on the same texts (`matched_recall_threshold`).
Round 7 set it where 10% of those hard negatives were flagged, which cost a point of recall on the judges
(bench/llm/README.md); set G's hard negatives, which put the models' operating point, gave a threshold that
flagged 13% of the strangers' hard negatives and 3.9% of their ordinary prompts (the noisy-OR 18.9% and 2.4%).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from modelward.llm.injection.combiner import (
    UNLEARNT_PREFIXES,
    Combiner,
    Evidence,
    evidence_matrix,
    rule_name,
    signed_mask,
)
from modelward.llm.injection.corpus import ATTACK_FAMILIES, Example, generate
from modelward.llm.injection.detector import WINDOW_MODEL, InjectionDetector
from modelward.llm.injection.model import TextModel, load_model
from modelward.llm.injection.train import STRANGER_SIZES, THRESHOLD, arguments, load_set
from modelward.llm.injection.train_operating_point import OPERATING_SET

PAD_SHARE = 0.4  # of each set's attacks (not indirect ones, which are in documents already) also learnt padded
PAD_SEED = 5
MIN_RULE_HITS = 20  # a rule with fewer hits in the combiner's data is not learnt: it keeps its noisy-OR say

# Sets written blind by other authors, learnt by neither model: the models learn every set spent before their round
# (P-X, Y, Z and AA-AL were the combiner's sets until round 9, AM-AP and AX-AZ until round 11), so the combiner learns
# three sets written blind for round 11 (BE-BG); it refuses models that learnt any of them.
COMBINER_SETS = tuple(f"corpus_{name}" for name in ("be", "bf", "bg"))
# C of the logistic regression: 0.1, 0.3 and 1 measured within a point of each other leaving one set out (an earlier
# feature set, 2026-12-03; `bench/llm/combiner_cv.py --c` measures any)
REGULARISATION = 0.3


def set_examples(sets_dir: Path, name: str) -> list[Example]:
    """A sample of one of bench/llm's template sets at its own seed."""
    module = load_set(sets_dir, name)
    return generate(module.TEMPLATES, module.SEED, **STRANGER_SIZES)


def operating_examples(sets_dir: Path) -> list[Example]:
    module = load_set(sets_dir, OPERATING_SET)
    return generate(module.TEMPLATES, module.SEED, per_family=module.PER_FAMILY, benign=module.BENIGN,
                    hard=module.HARD)


def padded(examples: Sequence[Example], seed: int = PAD_SEED, share: float = PAD_SHARE) -> list[Example]:
    """Copies of a `share` of the direct attacks (every family but indirect), each put between two lines (or
    sentences) of an ordinary prompt of more than 300 characters from the same examples; none where there is
    no such prompt."""
    rng = np.random.default_rng(seed)
    documents = [e.text for e in examples if e.family == "benign" and len(e.text) > 300]
    out: list[Example] = []
    for e in examples:
        if not documents or e.label != 1 or e.family == "indirect" or rng.random() >= share:
            continue
        document = documents[int(rng.integers(len(documents)))]
        sep = "\n" if "\n" in document else ". "
        parts = document.split(sep)
        at = int(rng.integers(1, len(parts) + 1))
        out.append(Example(sep.join([*parts[:at], e.text, *parts[at:]]), 1, e.family))
    return out


def gather(detector: InjectionDetector, examples: Sequence[Example]) -> list[Evidence]:
    """The evidence of every example (the detector's layers, no combiner)."""
    return detector.evidence_many([e.text for e in examples])[1]


def fit_combiner(evidences: Sequence[Evidence], labels: np.ndarray, c: float = REGULARISATION,
                 rule_threshold: float = THRESHOLD) -> Combiner:
    """A logistic regression over `evidence_matrix`, with a weight for each rule hit at least `MIN_RULE_HITS`
    times in `evidences`; its threshold is left at 0.5 (`matched_recall_threshold` finds it)."""
    from collections import Counter

    hits = Counter(rule_name(r[0]) for e in evidences for r in e.rules)
    rules = tuple(sorted(r for r, n in hits.items() if n >= MIN_RULE_HITS and not r.startswith(UNLEARNT_PREFIXES)))
    X = evidence_matrix(evidences, {r: i for i, r in enumerate(rules)})
    weights, bias = fit_logistic(X, np.asarray(labels), c, signed_mask(len(rules)))
    return Combiner(rules, weights, bias, 0.5, {"regularisation": c, "min_rule_hits": MIN_RULE_HITS}, rule_threshold)


def fit_logistic(X: np.ndarray, y: np.ndarray, c: float, signed: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression (scikit-learn's objective with `C` = `c`) with the weights outside
    `signed` held at 0 or above (L-BFGS-B)."""
    from scipy.optimize import minimize
    from scipy.special import expit, log_expit

    sign = np.where(np.asarray(y) == 1, 1.0, -1.0)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        margin = sign * (X @ w + b)
        value = -float(np.sum(log_expit(margin))) * c + 0.5 * float(w @ w)
        g = -c * sign * expit(-margin)
        return value, np.concatenate([X.T @ g + w, [g.sum()]])

    bounds = [(None, None) if s else (0.0, None) for s in signed] + [(None, None)]
    found = minimize(loss, np.zeros(X.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                     options={"maxiter": 5000})
    if not found.success:
        raise SystemExit(f"the combiner's fit did not converge: {found.message}")
    return np.asarray(found.x[:-1], dtype=float), float(found.x[-1])


def out_of_fold_scores(sets: Sequence[tuple[list[Evidence], np.ndarray, np.ndarray]],
                       c: float = REGULARISATION) -> np.ndarray:
    """Each text of `sets` ((evidence, labels, families) of each set) scored by a combiner learnt on the other
    sets, the sets' texts in order; 1.0 where a rule that combiner did not learn flags the text alone."""
    scores, always = [], []
    for i, (evidences, _, _) in enumerate(sets):
        others = [s for j, s in enumerate(sets) if j != i]
        combiner = fit_combiner([e for ev, _, _ in others for e in ev], np.concatenate([y for _, y, _ in others]), c)
        scores.append(combiner.learnt(evidences))
        always.append(combiner.unlearned_rule_scores(evidences) >= combiner.rule_threshold)
    return np.where(np.concatenate(always), 1.0, np.concatenate(scores))


def mean_recall(flags: np.ndarray, families: np.ndarray) -> float:
    """Recall averaged over the attack families present."""
    present = [f for f in ATTACK_FAMILIES if np.any(families == f)]
    return float(np.mean([flags[families == f].mean() for f in present]))


def matched_recall_threshold(scores: np.ndarray, families: np.ndarray, reference: np.ndarray) -> float:
    """The highest threshold at which `scores` find, on average over the attack families, at least as many of
    the attacks as the `reference` flags do (ties broken towards flagging fewer texts)."""
    goal = mean_recall(reference, families)
    attacks = np.isin(families, ATTACK_FAMILIES)
    for t in np.unique(scores[attacks])[::-1]:
        if mean_recall(scores >= t, families) >= goal:
            return float(t)
    raise SystemExit("no threshold reaches the reference's recall")


def operating_threshold(hard_scores: np.ndarray, target: float = 0.05) -> float:
    """The lowest threshold that flags at most `target` of `hard_scores` (scores at or above it are flagged)."""
    ranked = np.sort(np.asarray(hard_scores, dtype=float))[::-1]
    allowed = int(np.floor(target * len(ranked) + 1e-9))
    if allowed >= len(ranked):
        return float(np.nextafter(0.0, 1.0))
    return float(np.nextafter(ranked[allowed], np.inf))


def layers(directory: Path) -> tuple[TextModel, TextModel]:
    return load_model(directory), load_model(directory, WINDOW_MODEL)


def main(argv: Sequence[str] = ()) -> None:
    out, sets_dir = arguments(argv)
    whole, window = layers(out)
    if not all(isinstance(m.meta.get("stranger_sets"), list) for m in (whole, window)):
        raise SystemExit(f"the models in {out} do not record the sets they learnt: the combiner cannot tell whether "
                         "they saw its sets")
    seen = sorted(set(COMBINER_SETS) & {*whole.meta["stranger_sets"], *window.meta["stranger_sets"]})
    if seen:  # the models are surer of texts they learnt than they will be in use: the weights would be wrong
        raise SystemExit(f"the models in {out} learnt {', '.join(seen)}: the combiner learns only sets they never saw")
    detector = InjectionDetector(whole, float(whole.meta["threshold"]), window_model=window)
    sets, noisy, copies = [], [], []
    for name in COMBINER_SETS:
        examples = set_examples(sets_dir, name)
        extra = padded(examples)
        found, evidences = detector.evidence_many([e.text for e in [*examples, *extra]])
        sets.append((evidences, np.array([e.label for e in [*examples, *extra]]),
                     np.array([e.family for e in [*examples, *extra]])))
        noisy.append(np.array([d.flagged for d in found]))
        copies.append(np.arange(len(found)) >= len(examples))
    oof = out_of_fold_scores(sets)
    families, reference, is_copy = (np.concatenate(x) for x in ([f for _, _, f in sets], noisy, copies))
    threshold = matched_recall_threshold(oof[~is_copy], families[~is_copy], reference[~is_copy])
    combiner = replace(fit_combiner([e for ev, _, _ in sets for e in ev], np.concatenate([y for _, y, _ in sets])),
                       threshold=threshold)
    operating = operating_examples(sets_dir)
    g = combiner.probabilities(gather(detector, operating))
    g_families = np.array([e.family for e in operating])

    def rates(flags: np.ndarray, fam: np.ndarray) -> dict[str, float]:
        return {f: round(float(np.mean(flags[fam == f])), 4) for f in sorted(set(fam.tolist()))}

    meta = {**combiner.meta, "sets": {name: int(load_set(sets_dir, name).SEED) for name in COMBINER_SETS},
            **{f"set_{k}": v for k, v in STRANGER_SIZES.items()}, "padded_share": PAD_SHARE, "padded_seed": PAD_SEED,
            "threshold_rule": "out-of-fold mean recall at least the noisy-OR's", "rules_learnt": len(combiner.rules),
            "out_of_fold_rates": rates(oof[~is_copy] >= threshold, families[~is_copy]),
            "noisy_or_rates": rates(reference[~is_copy], families[~is_copy]),
            "out_of_fold_padded_recall": round(float(np.mean(oof[is_copy] >= threshold)), 4),
            "noisy_or_padded_recall": round(float(np.mean(reference[is_copy])), 4),
            "check_set": OPERATING_SET, "check_rates": rates(g >= threshold, g_families)}
    path = replace(combiner, meta=meta).save(out)
    print(f"wrote {path}: threshold {threshold:.4f}, {len(combiner.rules)} rules")
    for key in ("out_of_fold_rates", "noisy_or_rates", "out_of_fold_padded_recall", "noisy_or_padded_recall",
                "check_rates"):
        print(f"  {key}: {meta[key]}")


if __name__ == "__main__":
    main(sys.argv[1:])
