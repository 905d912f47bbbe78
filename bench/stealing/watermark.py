"""Proof of ownership on the digits CNN: trigger-set watermark (marked model, a copy fine-tuned on 10 %
of the data, 10 independently trained CNNs), fingerprints (boundary points, and conferrable points
selected with 3 of the independent CNNs as references; a copy extracted with 250 queries against 3
other CNNs as chance and the last 4 as would-be false matches) and DAWN API watermarking (a copy
extracted through the guard)."""

from __future__ import annotations

import copy
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from common import SEED, cnn, digits_split, train_cnn  # noqa: E402


def main() -> int:
    import torch

    from modelward.core.adapters.callable import CallableAdapter
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.core.guards import GuardRequest, GuardResponse
    from modelward.core.plugins import build_guard
    from modelward.stealing._torch import train
    from modelward.stealing.extraction import extract
    from modelward.stealing.ownership.fingerprint import (
        boundary_fingerprint,
        compare,
        conferrable_fingerprint,
        null_rate,
    )
    from modelward.stealing.ownership.trigger import TriggerSet, embed, verify

    torch.set_num_threads(1)
    X_tr, y_tr, X_pool, y_pool, X_te, y_te = digits_split(SEED)

    def wrap(net):  # type: ignore[no-untyped-def]
        return TorchAdapter(net, classes=np.arange(10), device="cpu")

    plain = wrap(train_cnn(X_tr, y_tr))
    triggers = TriggerSet.from_key("bench-owner-key", 100, np.zeros(64), np.ones(64), 10)
    torch.manual_seed(SEED)
    t = time.perf_counter()
    marked_net = embed(cnn(), X_tr, y_tr, triggers, epochs=60, trigger_weight=0.5, seed=SEED)
    marked = wrap(marked_net)
    print(f"trigger-set watermark (100 triggers, embedded in {time.perf_counter() - t:.0f} s):")
    print(f"  test accuracy: unmarked {np.mean(plain.predict(X_te) == y_te):.3f}, marked "
          f"{np.mean(marked.predict(X_te) == y_te):.3f}")
    v = verify(marked, triggers)
    print(f"  marked model: trigger accuracy {v.accuracy:.2f}, p = {v.p_value:.1e}")
    n10 = len(X_tr) // 10
    for epochs in (20, 50):
        thief = train(copy.deepcopy(marked_net), X_pool[:n10], y_pool[:n10], epochs=epochs, seed=1)
        v = verify(wrap(thief), triggers)
        print(f"  fine-tuned on {n10} rows (10%), {epochs} epochs: trigger accuracy {v.accuracy:.2f}, "
              f"p = {v.p_value:.1e}")
    independents = [wrap(train_cnn(X_tr, y_tr, seed=100 + i)) for i in range(10)]
    verdicts = [verify(m, triggers) for m in independents]
    print(f"  10 independent CNNs: trigger accuracy {min(x.accuracy for x in verdicts):.2f}-"
          f"{max(x.accuracy for x in verdicts):.2f}, smallest p = {min(x.p_value for x in verdicts):.2g}, "
          f"false matches at p < 1e-6: {sum(x.claims() for x in verdicts)}")
    stolen = extract(plain, X_pool, X_te, [250], seed=SEED)
    copy_model = CallableAdapter(stolen.copy.proba, classes=np.arange(10), name="copy")  # type: ignore[union-attr]
    selectors, controls, suspects = independents[:3], independents[3:6], independents[6:]
    for name, fp in (("boundary", boundary_fingerprint(plain, X_te, 200, seed=SEED)),
                     ("conferrable", conferrable_fingerprint(plain, X_tr, y_tr, 200, references=selectors,
                                                             seed=SEED))):
        null = null_rate(fp, controls)
        v = compare(copy_model, fp, null)
        others = [compare(m, fp, null) for m in suspects]
        print(f"{name} fingerprint (200 points; chance = the highest agreement of 3 control CNNs, {null:.2f}):")
        print(f"  copy extracted with 250 queries (fidelity {stolen.figures[0].fidelity:.3f}): agreement "
              f"{v.accuracy:.2f}, p = {v.p_value:.1e}")
        print(f"  4 other independent CNNs: agreement {min(o.accuracy for o in others):.2f}-"
              f"{max(o.accuracy for o in others):.2f}, false matches at p < 1e-6: {sum(o.claims() for o in others)}")
    for rate in (0.01, 0.05):
        guard = build_guard("stealing.dawn", {"key": "bench-dawn-key", "rate": rate})

        def through_gateway(Z, guard=guard):  # type: ignore[no-untyped-def]
            response = GuardResponse(GuardRequest("thief", rows=Z), plain.predict_proba(Z), tuple(range(10)))
            decision = guard.filter(response)
            return decision.outputs if decision.outputs is not None else plain.predict_proba(Z)

        served = CallableAdapter(through_gateway, classes=np.arange(10), name="gateway")
        stolen = extract(served, X_pool, X_te, [500], seed=SEED)
        evidence = guard.evidence("thief")
        copy_model = CallableAdapter(stolen.copy.proba, classes=np.arange(10))  # type: ignore[union-attr]
        v = verify(copy_model, evidence)
        ind = [verify(m, evidence) for m in independents]
        print(f"DAWN at rate {rate:g}: {len(evidence.labels)} watermarked answers in 500 queries; the extracted copy "
              f"(fidelity {stolen.figures[0].fidelity:.3f}) repeats {v.matches} of them, p = {v.p_value:.1e}; "
              f"independent CNNs repeat at most {max(i.matches for i in ind)}, false matches "
              f"{sum(i.claims() for i in ind)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
