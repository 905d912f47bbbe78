"""Differential privacy: an RDP accountant, DP-SGD for torch models, DP logistic regression and naive
Bayes for scikit-learn users, and the mitigations that apply them with a before/after audit."""
