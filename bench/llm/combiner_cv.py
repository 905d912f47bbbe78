"""The combiner out of fold, as `train_combiner` sets its threshold: each of its sets (`COMBINER_SETS`, with
their padded copies) scored by a combiner learnt on the others, at the threshold where its mean recall matches
the noisy-OR's (the shipped rule) and at the one that flags `--target` of their hard negatives; beside it the
noisy-OR of the same layers (the detector without a combiner).
Per set and pooled: recall per family, ordinary prompts and hard negatives flagged, and the recall of the padded
copies (direct attacks inside a long ordinary prompt). Development figures: these sets are the combiner's data.

    .venv/bin/python bench/llm/combiner_cv.py [--c 0.3] [--target 0.1] [--sets corpus_p,...] [--per-set]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from modelward.llm.injection.corpus import ATTACK_FAMILIES  # noqa: E402
from modelward.llm.injection.detector import InjectionDetector  # noqa: E402
from modelward.llm.injection.model import SHIPPED  # noqa: E402
from modelward.llm.injection.train_combiner import (  # noqa: E402
    COMBINER_SETS,
    REGULARISATION,
    layers,
    matched_recall_threshold,
    operating_threshold,
    out_of_fold_scores,
    padded,
    set_examples,
)


def _line(tag: str, flags: np.ndarray, fam: np.ndarray, is_padded: np.ndarray) -> str:
    plain = ~is_padded
    rec = [float(np.mean(flags[plain & (fam == f)])) for f in ATTACK_FAMILIES]
    return (f"{tag:12s} mean recall {np.mean(rec):.3f} by family " + " ".join(f"{x:.3f}" for x in rec)
            + f" | ordinary {np.mean(flags[fam == 'benign']):.3f} hard {np.mean(flags[fam == 'hard']):.3f}"
            f" | padded attacks {np.mean(flags[is_padded]):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--c", type=float, default=REGULARISATION)
    ap.add_argument("--target", type=float, default=0.10)
    ap.add_argument("--sets", default=",".join(COMBINER_SETS))
    ap.add_argument("--per-set", action="store_true")
    args = ap.parse_args()
    whole, window = layers(SHIPPED)
    detector = InjectionDetector(whole, float(whole.meta["threshold"]), window_model=window)
    names = [s for s in args.sets.split(",") if (HERE / f"{s}.py").exists()]
    sets, noisy, pads = [], [], []
    for name in names:
        examples = set_examples(HERE, name)
        copies = padded(examples)
        found, ev = detector.evidence_many([e.text for e in [*examples, *copies]])
        sets.append((ev, np.array([e.label for e in [*examples, *copies]]),
                     np.array([e.family for e in [*examples, *copies]])))
        noisy.append(np.array([d.flagged for d in found]))
        pads.append(np.arange(len(ev)) >= len(examples))
    oof = out_of_fold_scores(sets, args.c)
    fam, is_padded, reference = np.concatenate([f for _, _, f in sets]), np.concatenate(pads), np.concatenate(noisy)
    threshold = matched_recall_threshold(oof[~is_padded], fam[~is_padded], reference[~is_padded])
    at_target = operating_threshold(oof[~is_padded & (fam == "hard")], args.target)
    print(f"sets: {', '.join(names)}; C {args.c:g}; threshold {threshold:.4f} (recall matched to the noisy-OR's), "
          f"{at_target:.4f} (out-of-fold hard negatives {args.target:.0%})")
    print(_line("noisy-OR", reference, fam, is_padded))
    print(_line("combiner", oof >= threshold, fam, is_padded))
    print(_line(f"at {args.target:.0%}", oof >= at_target, fam, is_padded))
    if args.per_set:
        start = 0
        for name, (ev, _, f), n, p in zip(names, sets, noisy, pads, strict=True):
            part = slice(start, start + len(ev))
            print(_line(f"  {name}", n, f, p))
            print(_line("    combiner", oof[part] >= threshold, f, p))
            start += len(ev)


if __name__ == "__main__":
    main()
