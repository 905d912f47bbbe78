"""Parameters shared by the privacy checks and mitigations, declared once."""

from __future__ import annotations

from modelward.core.params import Param

REFERENCE_MODELS = Param("reference_models", int, 16, "reference models trained for LiRA, RMIA and the shadow "
                         "attack (0: threshold attacks only); more models, stronger attacks", minimum=0)
KNOWN_FRACTION = Param("known_fraction", float, 0.5, "share of members and of non-members the simulated attacker "
                       "is given (the rest are scored)", minimum=0.0, maximum=0.9)
EPOCHS = Param("epochs", int, 100, "epochs of the torch reference models' training (set to the audited model's "
               "own recipe when you know it)", minimum=1)
BATCH_SIZE = Param("batch_size", int, 64, "mini-batch of the torch reference models' training", minimum=1)
LR = Param("lr", float, 1e-3, "Adam learning rate of the torch reference models' training", minimum=1e-8)
WEIGHT_DECAY = Param("weight_decay", float, 0.0, "weight decay of the torch reference models' training",
                     minimum=0.0)
TIME_BUDGET = Param("time_budget", float, 300.0, "seconds of reference-model training before the attacks run on "
                    "the models trained so far", unit="s", minimum=1.0)
MAX_ROWS = Param("max_rows", int, 2000, "members and non-members used at most (a random sample of each beyond)",
                 minimum=4)
BOOTSTRAP = Param("bootstrap", int, 200, "bootstrap resamples of the 95% intervals", minimum=0)
IMPACT = Param("impact", int, 3, "impact (1-5) of disclosing that a record was in the training set, for the "
               "severity rubric: 4-5 for sensitive cohorts (patients), lower for public data", minimum=1, maximum=5)
RECIPE = (EPOCHS, BATCH_SIZE, LR, WEIGHT_DECAY)
