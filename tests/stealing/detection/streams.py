"""Simulated client streams for the detection tests."""

import numpy as np

from modelward.core.guards import GuardRequest, GuardResponse


def send(guard, model, client, rows, batch=5):
    """Send `rows` as requests of `batch`; the number of queries sent when first flagged, or None."""
    for start in range(0, len(rows), batch):
        chunk = rows[start:start + batch]
        request = GuardRequest(client, rows=chunk)
        decision = guard.filter(GuardResponse(request, model.predict_proba(chunk), tuple(range(10))))
        if decision.action != "allow":
            return start + len(chunk), decision
    return None, None


def benign_clients(rows, labels, n_clients, n_queries, seed=0):
    """Natural rows with repeats and Dirichlet(0.5) preferences over the classes, one table per client."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n_clients):
        prefs = rng.dirichlet(np.full(10, 0.5))
        w = prefs[labels] / prefs[labels].sum()
        out.append(rows[rng.choice(len(rows), n_queries, p=w)])
    return out
