"""ART's membership attacks on the same target and the same attacker knowledge; run inside
bench/.venv-privacy. argv[1]: a JSON file written by membership.py (state dict path, row indices).
Prints one JSON object: per attack, the membership scores of the target rows."""

from __future__ import annotations

import json
import sys
import time
import warnings

import numpy as np

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import digits_split, mlp

warnings.filterwarnings("ignore")


def _member_column(p: np.ndarray) -> np.ndarray:
    p = np.asarray(p, dtype=float)
    if p.ndim == 1:
        return p
    return p[:, 1] if p.shape[1] == 2 else p[:, 0]


def main() -> None:
    import art
    import torch
    from art.attacks.inference.membership_inference import (
        MembershipInferenceBlackBox,
        MembershipInferenceBlackBoxRuleBased,
    )
    from art.estimators.classification import PyTorchClassifier

    with open(sys.argv[1]) as fh:
        job = json.load(fh)
    torch.set_num_threads(1)
    Xm, ym, Xn, yn = digits_split(job["seed"])
    X = np.vstack([Xm, Xn]).astype(np.float32)
    y = np.r_[ym, yn]
    net = mlp()
    net.load_state_dict(torch.load(job["weights"], weights_only=True))
    net.eval()
    clf = PyTorchClassifier(net, loss=torch.nn.CrossEntropyLoss(), input_shape=(64,), nb_classes=10,
                            clip_values=(0.0, 1.0))
    km, kn, T = (np.asarray(job[k]) for k in ("known_members", "known_nonmembers", "targets"))
    out: dict[str, object] = {"art": art.__version__, "scores": {}, "seconds": {}}
    for kind in ("nn", "rf", "gb", "lr"):
        for inp in ("prediction", "loss"):
            t = time.perf_counter()
            attack = MembershipInferenceBlackBox(clf, attack_model_type=kind, input_type=inp)
            attack.fit(X[km], y[km], X[kn], y[kn])
            s = _member_column(attack.infer(X[T], y[T], probabilities=True))
            out["scores"][f"black-box {kind} on {inp}"] = s.tolist()
            out["seconds"][f"black-box {kind} on {inp}"] = time.perf_counter() - t
    t = time.perf_counter()
    rule = MembershipInferenceBlackBoxRuleBased(clf)
    out["scores"]["rule-based (correct = member)"] = _member_column(rule.infer(X[T], y[T], probabilities=True)).tolist()
    out["seconds"]["rule-based (correct = member)"] = time.perf_counter() - t
    print(json.dumps(out))


if __name__ == "__main__":
    main()
