"""Evasion defences: adversarial training, preprocessing (with BPDA/EOT evaluation), defensive
distillation, ensembles, detection, certification by randomised smoothing, and `harden`.

Submodules are imported on use; torch is needed only by the defences that train torch models.
"""
