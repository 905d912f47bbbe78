"""Extraction detection on simulated client streams: three guards, benign clients and extraction attacks.

Victim: the digits CNN of extraction.py; the guards are fitted on its 898 training rows (the reference).
Benign traffic: 24 clients x 500 queries (12,000 queries), natural digits the victim never trained on,
drawn with replacement (clients repeat queries) and with Dirichlet(0.5) preferences over the classes
(clients ask about what they need), in requests of 1-5 rows. Attacks (recorded queries of
modelward.stealing.extraction, sent in requests of 10 rows): synthetic Jacobian-augmented queries from
10 seed digits, natural-data extraction with active learning, natural-data extraction at random.
Printed: benign clients flagged (false alarms) and, per attack, the queries sent when first flagged.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from common import SEED, digits_split, train_cnn  # noqa: E402

GUARDS = ("stealing.prada", "stealing.query-distribution", "stealing.coverage", "stealing.answer-spread")


def _record(victim, pool, eval_X, budget, **kw):  # type: ignore[no-untyped-def]
    from modelward.core.adapters.callable import CallableAdapter
    from modelward.stealing.extraction import extract

    log: list[np.ndarray] = []

    def answer(Z: np.ndarray) -> np.ndarray:
        log.append(np.array(Z))
        return victim.predict_proba(Z)

    extract(CallableAdapter(answer, classes=victim.classes), pool, eval_X, [budget], **kw)
    return np.vstack(log[1:])  # the first call is the victim's own answers on the evaluation rows


def _run(guard, victim, client: str, rows: np.ndarray, sizes: np.ndarray) -> int | None:  # type: ignore[no-untyped-def]
    from modelward.core.guards import Action, GuardRequest, GuardResponse

    sent = 0
    for size in sizes:
        batch = rows[sent:sent + size]
        if not len(batch):
            break
        request = GuardRequest(client, rows=batch)
        sent += len(batch)
        decision = guard.filter(GuardResponse(request, victim.predict_proba(batch), tuple(range(10))))
        if decision.action != Action.ALLOW:
            return sent
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=24)
    parser.add_argument("--queries", type=int, default=500, help="queries per benign client")
    args = parser.parse_args()

    import torch

    from modelward.core.adapters.torch import TorchAdapter
    from modelward.core.context import Dataset
    from modelward.core.plugins import build_guard

    torch.set_num_threads(1)
    X_tr, y_tr, X_pool, y_pool, X_te, y_te = digits_split(SEED)
    victim = TorchAdapter(train_cnn(X_tr, y_tr), classes=np.arange(10), device="cpu", name="digits-cnn")
    reference = Dataset(X_tr, y_tr, tuple(f"pixel{i}" for i in range(64)))
    rng = np.random.default_rng(SEED)
    natural, labels = np.vstack([X_pool, X_te]), np.r_[y_pool, y_te]
    benign = []
    for _ in range(args.clients):
        prefs = rng.dirichlet(np.full(10, 0.5))
        w = prefs[labels] / prefs[labels].sum()
        benign.append((natural[rng.choice(len(natural), args.queries, p=w)], rng.integers(1, 6, args.queries)))
    t = time.perf_counter()
    attacks = {
        "synthetic (Jacobian-augmented, 10 seeds)": _record(victim, X_pool, X_te[:50], 500, source="synthetic"),
        "natural, active learning": _record(victim, X_pool, X_te[:50], len(X_pool)),
        "natural, random": _record(victim, X_pool, X_te[:50], len(X_pool), strategy="random"),
    }
    print(f"benign: {args.clients} clients x {args.queries} queries; "
          f"attacks recorded in {time.perf_counter() - t:.0f} s")
    for gid in GUARDS:
        t = time.perf_counter()
        guard = build_guard(gid, {}, victim, reference)
        fit = time.perf_counter() - t
        t = time.perf_counter()
        flagged = [c for c, (rows, sizes) in enumerate(benign) if _run(guard, victim, f"benign-{c}", rows, sizes)]
        benign_s = time.perf_counter() - t
        results = []
        for name, rows in attacks.items():
            at = _run(guard, victim, f"attacker-{name}", rows, np.full(len(rows), 10))
            results.append(f"{name}: {'flagged at ' + str(at) if at else 'not flagged'} (of {len(rows)})")
        print(f"{gid}: fitted in {fit:.1f} s; benign clients flagged {len(flagged)} of {len(benign)} "
              f"({sum(len(r) for r, _ in benign)} queries, {benign_s:.1f} s)")
        for line in results:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
