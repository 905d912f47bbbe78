"""Group fairness: metrics by group with bootstrap intervals and permutation tests, mitigations
(reweighing, a reductions-style constrained fit, group-specific thresholds on a group-aware recalibrated
score) measured before and after, and the Bayes bounds of what any classifier can reach under a
constraint (`bounds`)."""
