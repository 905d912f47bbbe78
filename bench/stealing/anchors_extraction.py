"""ART's extraction attacks on the same victim CNN, pool and budgets; run inside bench/.venv-privacy.
argv[1]: a JSON job written by extraction.py. Prints one JSON object: per attack and budget, the
stolen copy's predicted classes on the test rows."""

from __future__ import annotations

import json
import sys
import time
import warnings

import numpy as np

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import cnn, digits_split

warnings.filterwarnings("ignore")


def main() -> None:
    import art
    import torch
    from art.attacks.extraction import CopycatCNN, KnockoffNets
    from art.estimators.classification import PyTorchClassifier

    with open(sys.argv[1]) as fh:
        job = json.load(fh)
    torch.set_num_threads(1)
    _, _, X_pool, y_pool, X_test, _ = digits_split(job["seed"])
    X_pool, X_test = X_pool.astype(np.float32), X_test.astype(np.float32)
    victim_net = cnn()
    victim_net.load_state_dict(torch.load(job["weights"], weights_only=True))
    victim = PyTorchClassifier(victim_net.eval(), loss=torch.nn.CrossEntropyLoss(), input_shape=(64,), nb_classes=10,
                               clip_values=(0.0, 1.0))
    out: dict[str, object] = {"art": art.__version__, "predictions": {}, "seconds": {}}
    for budget in job["budgets"]:
        attacks = {
            "KnockoffNets random (probabilities)": lambda b: KnockoffNets(
                victim, batch_size_fit=16, batch_size_query=64, nb_epochs=job["epochs"], nb_stolen=b,
                sampling_strategy="random", use_probability=True),
            "KnockoffNets random (labels)": lambda b: KnockoffNets(
                victim, batch_size_fit=16, batch_size_query=64, nb_epochs=job["epochs"], nb_stolen=b,
                sampling_strategy="random", use_probability=False),
            "KnockoffNets adaptive (probabilities)": lambda b: KnockoffNets(
                victim, batch_size_fit=16, batch_size_query=64, nb_epochs=job["epochs"], nb_stolen=b,
                sampling_strategy="adaptive", reward="all", use_probability=True),
            "CopycatCNN (labels)": lambda b: CopycatCNN(
                victim, batch_size_fit=16, batch_size_query=64, nb_epochs=job["epochs"], nb_stolen=b,
                use_probability=False),
        }
        for name, make in attacks.items():
            torch.manual_seed(job["seed"])
            np.random.seed(job["seed"])
            thief = PyTorchClassifier(cnn(), loss=torch.nn.CrossEntropyLoss(),
                                      optimizer=None, input_shape=(64,), nb_classes=10, clip_values=(0.0, 1.0))
            thief._optimizer = torch.optim.Adam(thief.model.parameters(), lr=1e-3)
            t = time.perf_counter()
            attack = make(budget)
            if "adaptive" in name:
                stolen = attack.extract(X_pool, y=np.eye(10)[y_pool], thieved_classifier=thief)  # needs true labels
            else:
                stolen = attack.extract(X_pool, thieved_classifier=thief)
            key = f"{name} @ {budget}"
            out["predictions"][key] = stolen.predict(X_test).argmax(axis=1).tolist()
            out["seconds"][key] = time.perf_counter() - t
    print(json.dumps(out))


if __name__ == "__main__":
    main()
