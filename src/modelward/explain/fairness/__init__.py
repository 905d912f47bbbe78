"""Group fairness: metrics by group with bootstrap intervals and permutation tests, and mitigations
(reweighing, a reductions-style constrained fit, group-specific thresholds) measured before and after."""
