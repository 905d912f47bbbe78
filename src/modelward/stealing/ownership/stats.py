"""The one test behind every ownership claim: how likely is it that a model that is not a copy agrees
with the secret labels this often?"""

from __future__ import annotations

from scipy.stats import binom


def agreement_p_value(matches: int, n: int, null_rate: float) -> float:
    """P(Binomial(n, null_rate) >= matches): the chance an independent model agrees this often or more."""
    if n <= 0:
        return 1.0
    rate = min(max(null_rate, 1e-12), 1 - 1e-12)
    return float(binom.sf(matches - 1, n, rate))
