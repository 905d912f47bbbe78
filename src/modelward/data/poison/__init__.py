"""Backdoor and poison detection from a model's representations of its training rows: activation
clustering and spectral signatures (the published baselines), and `detect_poison`, which finds the class
whose representations split into two separated clusters and tells the poisoned one by whether its rows'
inputs agree with their label."""

from modelward.data.poison.detect import PoisonReport, detect_poison

__all__ = ["PoisonReport", "detect_poison"]
