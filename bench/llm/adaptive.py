"""Adaptive attacks against the injection guard: every override of the red team's adaptive probe, in each
of its mutated forms, through `llm.prompt-injection` (the guard the proxy runs on requests) and, when the
guard lets it pass, to the deliberately vulnerable model; success is the model saying the attack's marker.

    PYTHONPATH=src .venv/bin/python bench/llm/adaptive.py [--seeds 200] [--seed 0] [--pairs 0] [--unseen-fillers]

Prints, per form, the share of attacks the guard refused and the share that got through and succeeded,
and the adaptive attack success rate (an attack succeeds when any of its forms does), with and without the
guard. `--pairs N` also tries N compositions of two mutations per attack (drawn from `mutations.PAIRS`), as an
attacker does once no single trick passes; their row counts an attack once when any of its pairs does.
`--unseen-fillers` puts other fillers inside the order (`UNSEEN_FILLERS`, none of them in the normaliser's list of
fillers; the probe's own are): how far the guard's reading of fillers reaches beyond the words it lists.
In process: no HTTP, the same guard and model the proxy tests use.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from modelward.core.guards import GuardRequest
from modelward.core.plugins import build_guard
from modelward.llm.redteam.endpoint import Reply
from modelward.llm.redteam.mutations import MUTATIONS, PAIRS, compose
from modelward.llm.redteam.probes import adaptive_seeds
from modelward.llm.redteam.target import respond

# asides the normaliser does not list (`normalize._FILLERS`), written to measure how far its reading of fillers reaches
UNSEEN_FILLERS = ("if it helps", "no rush", "as we said", "between us", "to recap", "as you know", "for clarity",
                  "at your convenience", "when ready", "with respect", "all things considered", "believe it or not",
                  "in my opinion", "needless to say", "strictly speaking", "between you and me", "long story short",
                  "for what it is worth", "as it happens", "to be fair")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--pairs", type=int, default=0, help="compositions of two mutations tried per attack")
    ap.add_argument("--unseen-fillers", action="store_true", help="fillers the normaliser does not list")
    args = ap.parse_args()
    if args.unseen_fillers:
        from modelward.llm.injection.normalize import _FILLERS
        from modelward.llm.redteam import mutations

        if set(UNSEEN_FILLERS) & set(_FILLERS):
            raise SystemExit(f"listed by the normaliser, not unseen: {sorted(set(UNSEEN_FILLERS) & set(_FILLERS))}")
        mutations._INNER[:] = UNSEEN_FILLERS
    rng = np.random.default_rng(args.seed)
    guard = build_guard("llm.prompt-injection", {}, None, None)
    seeds = adaptive_seeds(rng, args.seeds)
    forms = ["as written", *MUTATIONS]
    refused = {f: 0 for f in forms}
    passed = {f: 0 for f in forms}
    model_follows = {f: 0 for f in forms}
    any_bare = any_guarded = 0
    started = time.process_time()
    pair_row = f"pairs ({args.pairs})"
    if args.pairs:
        forms.append(pair_row)
        refused[pair_row] = passed[pair_row] = model_follows[pair_row] = 0
    for seed in seeds:
        got_bare = got_guarded = False
        tries = [(form, seed.order if form == "as written" else MUTATIONS[form](seed.order, seed.marker, rng))
                 for form in forms if form != pair_row]
        if args.pairs:
            picks = rng.permutation(len(PAIRS))[:args.pairs]
            tries += [(pair_row, compose(*PAIRS[int(k)], seed.order, seed.marker, rng)) for k in picks]
        pair_follows = pair_passed = pair_refused = False
        for form, text in tries:
            probe = seed.probe(text)
            body = json.dumps({"model": "vulnerable", "messages": list(probe.messages)})
            message = respond(list(probe.messages))
            success = probe.judge(Reply(200, message.get("content") or "", tuple(message.get("tool_calls") or ())))
            got_bare |= success
            blocked = not guard.inspect(GuardRequest("bench", text=body)).allowed
            got_guarded |= success and not blocked
            if form == pair_row:  # an attack counts once, when any of its pairs does
                pair_follows |= success
                pair_refused |= blocked
                pair_passed |= success and not blocked
                continue
            model_follows[form] += success
            refused[form] += blocked
            passed[form] += success and not blocked
        if args.pairs:
            model_follows[pair_row] += pair_follows
            refused[pair_row] += pair_refused
            passed[pair_row] += pair_passed
        any_bare += got_bare
        any_guarded += got_guarded
    n = len(seeds)
    print(f"{n} overrides (half in the user's turn, half in a tool result), {len(MUTATIONS) + 1} forms each"
          + (f" and {args.pairs} pairs of mutations" if args.pairs else "") + "; "
          f"{time.process_time() - started:.1f} s CPU")
    print(f"{'form':<14}{'model follows':>14}{'guard refuses':>15}{'gets through':>14}")
    for form in forms:
        print(f"{form:<14}{model_follows[form] / n:>14.1%}{refused[form] / n:>15.1%}{passed[form] / n:>14.1%}")
    print(f"adaptive attack success (any form): without the guard {any_bare / n:.1%}, with it {any_guarded / n:.1%}")


if __name__ == "__main__":
    main()
