"""Set the detector's operating point on a stranger's set: move the biases of both shipped models (whole-text
and window) by one amount, the largest that keeps the full detector's flags on set G's hard negatives
(`OPERATING_SET`, by an author who never saw the detector, never trained on) at `TARGET_HARD_FPR` or below.
Run after `train` and `train_window` (and before `train_combiner`), from the repository root:
`python -m modelward.llm.injection.train_operating_point [DIR]`.

Why: the threshold is set at 1% of set A's hard negatives out of fold, texts whose templates the model has
learnt; the more strangers' sets the models learn, the surer they are of those, the higher that threshold
climbs and the fewer attacks of unseen sets it flags (2026-12-03, nine strangers' sets: threshold 0.768 ->
0.809, indirect recall on two unseen sets 0.84 -> 0.74 and 0.75 -> 0.70). An equal move of both biases
shifts the model's best logit over every view by that amount, so it is exact to compute from one scoring.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import numpy as np

from modelward.llm.injection.corpus import generate
from modelward.llm.injection.detector import RULE_GATE, WINDOW_MODEL, InjectionDetector, rule_parts
from modelward.llm.injection.model import TextModel, load_model
from modelward.llm.injection.train import SELF_TEST, arguments, load_set
from modelward.llm.injection.train_window import SELF_TEST_WINDOWS, Parts

OPERATING_SET = "corpus_g"
# 3.5% since round 10 (4% in round 9, 5% before). Round 9 chose 4% on a development training that left out AI-AL,
# read on AI-AL (bench/llm/README.md): at 5% mean recall 0.991 and 14.9% of hard negatives flagged, at 4% 0.987 and
# 12.4%. Round 10 (English rules confirmed by the models, `detector.RULE_GATE`) chose 3.5% on the spent sets AM-AP
# and AX-AZ: mean recall 0.991 and 4.1% of their hard negatives flagged, against 0.994 / 4.8% at 4% and 0.987 / 3.8%
# at 3% (one set-family cell under 0.95).
TARGET_HARD_FPR = 0.035
SHIFT_STEP = 0.05
MAX_SHIFT = 2.0


def _logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-15, 1 - 1e-15)
    return np.asarray(np.log(q / (1 - q)))


def flags_at(rule: np.ndarray, model: np.ndarray, signal: np.ndarray, shift: float, threshold: float,
             gated: np.ndarray | None = None, confirmation: np.ndarray | None = None) -> np.ndarray:
    """What the detector flags with both model biases moved by `shift` (`train_window.Parts` with the model's
    best probability as its logit and no separate decoded view). `rule`: the rule weight that counts whatever
    the models say; `gated`: the one that counts only where the models' `confirmation` (`Detection.confirmation`,
    `model` where not given), moved, reaches `RULE_GATE`."""
    logit = _logit(model)
    if gated is not None:
        seen = logit if confirmation is None else _logit(np.maximum(confirmation, model))
        moved = 1.0 / (1.0 + np.exp(-np.clip(seen + shift, -40, 40)))
        rule = np.maximum(rule, np.where(moved >= RULE_GATE, gated, 0.0))
    out: np.ndarray = Parts(rule, signal, np.zeros_like(logit), logit).scores(shift) >= threshold
    return out


def operating_shift(whole: TextModel, window: TextModel, texts: Sequence[str], families: Sequence[str],
                    target: float = TARGET_HARD_FPR) -> dict[str, Any]:
    """The largest move (steps of `SHIFT_STEP` within +-`MAX_SHIFT`) that flags at most `target` of the hard
    negatives among `texts`, and the rates per family it gives there; an error where no move does."""
    threshold = float(whole.meta["threshold"])
    found = InjectionDetector(whole, threshold, window_model=window).score_many(list(texts))
    model, signal, confirmation = (np.array([getattr(d, k) for d in found])
                                   for k in ("model_score", "signal_score", "confirmation"))
    rule, gated = np.array([rule_parts(d.rules) for d in found]).reshape(-1, 2).T
    fam = np.asarray(families)
    shift = None
    hard = fam == "hard"
    for candidate in np.arange(MAX_SHIFT, -MAX_SHIFT - SHIFT_STEP / 2, -SHIFT_STEP):
        if flags_at(rule, model, signal, float(candidate), threshold, gated, confirmation)[hard].mean() <= target:
            shift = float(candidate)
            break
    if shift is None:
        lowest = flags_at(rule, model, signal, -MAX_SHIFT, threshold, gated, confirmation)[fam == "hard"].mean()
        raise SystemExit(f"no bias move within +-{MAX_SHIFT} flags at most {target:.1%} of the hard negatives "
                         f"(at -{MAX_SHIFT}: {lowest:.1%}; rules and signals flag some alone)")
    flagged = flags_at(rule, model, signal, shift, threshold, gated, confirmation)
    return {"operating_shift": round(shift, 4), "operating_target_hard_fpr": target,
            "operating_rates": {f: round(float(flagged[fam == f].mean()), 4) for f in sorted(set(fam.tolist()))}}


def _unshifted(model: TextModel) -> TextModel:
    """`model` with an earlier run's move taken back, so that running this again does not move it twice."""
    return model.with_bias(model.bias - float(model.meta.get("operating_shift", 0.0)), model.meta)


def main(argv: Sequence[str] = ()) -> None:
    out, sets_dir = arguments(argv)
    whole, window = (_unshifted(load_model(out, name=name)) for name in ("model", WINDOW_MODEL))
    module = load_set(sets_dir, OPERATING_SET)
    examples = generate(module.TEMPLATES, module.SEED, per_family=module.PER_FAMILY, benign=module.BENIGN,
                        hard=module.HARD)
    found = operating_shift(whole, window, [e.text for e in examples], [e.family for e in examples])
    meta = {**found, "operating_set": OPERATING_SET, "operating_seed": module.SEED}
    shift = found["operating_shift"]
    whole.with_bias(whole.bias + shift, {**whole.meta, **meta}).save(out, SELF_TEST)
    window.with_bias(window.bias + shift, {**window.meta, **meta}).save(out, SELF_TEST_WINDOWS, name=WINDOW_MODEL)
    print(f"moved both biases by {shift:+.2f} in {out}: {found}")


if __name__ == "__main__":
    main(sys.argv[1:])
