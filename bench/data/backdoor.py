"""Backdoor benchmark: a small CNN on scikit-learn's digits (8x8, scaled to [0, 1]); 10% of the training
rows get a 2x2 trigger in the bottom-right corner (pixels set to 1) and the label 0. Detection
precision/recall/F1 of modelward's detector and of the two baselines (re-implemented, and ART's
ActivationDefence and SpectralSignatureDefense run in bench/.venv-data on the same model and rows); then
attack success rate (triggered test rows of other classes classified 0) and clean accuracy before and
after `sanitize` (flagged rows removed, the same recipe retrained).

    .venv/bin/python bench/data/backdoor.py [--seeds 3] [--no-anchors]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
VENV = HERE.parent / ".venv-data" / "bin" / "python"
TARGET, TRIGGER = 0, (54, 55, 62, 63)  # row-major 8x8: rows 6-7, columns 6-7


def data(seed: int) -> tuple[np.ndarray, ...]:
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    X, y = load_digits(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(X / 16.0, y, test_size=0.3, random_state=seed, stratify=y)
    rng = np.random.default_rng(seed)
    candidates = np.flatnonzero(ytr != TARGET)
    poison = np.sort(rng.choice(candidates, int(0.10 * len(ytr)), replace=False))
    Xp, yp = Xtr.copy(), ytr.copy()
    Xp[np.ix_(poison, TRIGGER)] = 1.0
    yp[poison] = TARGET
    return Xp, yp, poison, Xte, yte


def cnn(X: np.ndarray, y: np.ndarray, seed: int, epochs: int = 40):  # type: ignore[no-untyped-def]
    """conv 16, conv 32, max-pool, linear 64, linear 10; Adam lr 1e-3, batch 64."""
    import torch

    torch.manual_seed(seed)
    net = torch.nn.Sequential(
        torch.nn.Unflatten(1, (1, 8, 8)),
        torch.nn.Conv2d(1, 16, 3, padding=1), torch.nn.ReLU(),
        torch.nn.Conv2d(16, 32, 3, padding=1), torch.nn.ReLU(),
        torch.nn.MaxPool2d(2), torch.nn.Flatten(),
        torch.nn.Linear(32 * 16, 64), torch.nn.ReLU(),
        torch.nn.Linear(64, 10),
    )
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    Xt, Yt = torch.tensor(X, dtype=torch.float32), torch.tensor(y, dtype=torch.long)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        perm = torch.randperm(len(Xt), generator=g)
        for i in range(0, len(Xt), 64):
            idx = perm[i:i + 64]
            opt.zero_grad()
            torch.nn.functional.cross_entropy(net(Xt[idx]), Yt[idx]).backward()
            opt.step()
    return net.eval()


def attack(net, Xte: np.ndarray, yte: np.ndarray) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    import torch

    with torch.no_grad():
        clean = net(torch.tensor(Xte, dtype=torch.float32)).argmax(1).numpy()
        others = yte != TARGET
        Xt = Xte[others].copy()
        Xt[:, list(TRIGGER)] = 1.0
        triggered = net(torch.tensor(Xt, dtype=torch.float32)).argmax(1).numpy()
    return float((triggered == TARGET).mean()), float((clean == yte).mean())


def prf(found: np.ndarray, truth: np.ndarray, n: int) -> tuple[float, float, float]:
    f, t = np.zeros(n, bool), np.zeros(n, bool)
    f[found], t[truth] = True, True
    tp = int((f & t).sum())
    p, r = tp / max(int(f.sum()), 1), tp / max(int(t.sum()), 1)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


ART_SCRIPT = r'''
import json, sys, numpy as np, torch
sys.path.insert(0, sys.argv[2])
from backdoor import cnn
from art.estimators.classification import PyTorchClassifier
from art.defences.detector.poison import ActivationDefence, SpectralSignatureDefense
d = np.load(sys.argv[1])
X, y, seed = d["X"].astype(np.float32), d["y"], int(d["seed"])
net = cnn(X, y, seed, epochs=0); net.load_state_dict(torch.load(sys.argv[1] + ".pt", weights_only=True)); net.eval()
clf = PyTorchClassifier(net, loss=torch.nn.CrossEntropyLoss(), input_shape=(64,), nb_classes=10, clip_values=(0., 1.))
Y = np.eye(10)[y]
out = {}
ac = ActivationDefence(clf, X, Y)
_, clean = ac.detect_poison(nb_clusters=2, nb_dims=10, reduce="PCA")
out["art_activation"] = [i for i, c in enumerate(clean) if c == 0]
ss = SpectralSignatureDefense(clf, X, Y, batch_size=128, eps_multiplier=1.5, expected_pp_poison=0.10)
_, clean = ss.detect_poison()
out["art_spectral"] = [i for i, c in enumerate(clean) if c == 0]
print(json.dumps(out))
'''


def main() -> None:
    import torch

    sys.path.insert(0, str(HERE.parents[1] / "src"))
    from modelward.core.adapters.torch import TorchAdapter
    from modelward.data.poison import detect_poison
    from modelward.data.poison.baselines import activation_clustering, spectral_signatures
    from modelward.data.poison.representations import representations

    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--no-anchors", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(1)
    rows: dict[str, list[tuple[float, ...]]] = {}
    for seed in range(args.seeds):
        X, y, poison, Xte, yte = data(seed)
        net = cnn(X, y, seed)
        asr, acc = attack(net, Xte, yte)
        rows.setdefault("undefended model", []).append((asr, acc))
        adapter = TorchAdapter(net, classes=np.arange(10), device="cpu")
        R = representations(adapter, X)
        t = time.perf_counter()
        ours = detect_poison(R, X, y, seed=seed)
        seconds = time.perf_counter() - t
        found = {"modelward detect_poison": ours.rows,
                 "activation clustering (re-implemented)": activation_clustering(R, y, seed=seed),
                 "spectral signatures (re-implemented)": spectral_signatures(R, y, eps=0.10)}
        if not args.no_anchors and VENV.exists():
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "d.npz"
                np.savez(path, X=X, y=y, seed=seed)
                torch.save(net.state_dict(), str(path) + ".pt")
                script = Path(tmp) / "art_run.py"
                script.write_text(ART_SCRIPT)
                run = subprocess.run([str(VENV), str(script), str(path), str(HERE)], capture_output=True, text=True,
                                     check=True)
                art = json.loads(run.stdout.strip().splitlines()[-1])
            found["ART ActivationDefence"] = np.array(art["art_activation"], dtype=int)
            found["ART SpectralSignatureDefense"] = np.array(art["art_spectral"], dtype=int)
        for name, f in found.items():
            rows.setdefault(name, []).append(prf(f, poison, len(y)))
        keep = np.ones(len(y), bool)
        keep[ours.rows] = False
        asr2, acc2 = attack(cnn(X[keep], y[keep], seed), Xte, yte)
        rows.setdefault("after sanitize (flagged rows removed, retrained)", []).append((asr2, acc2))
        print(f"seed {seed}: target found {ours.target!r}, trigger pixels {ours.trigger[:4]}, "
              f"detection {seconds:.1f} s", file=sys.stderr)
    print(f"digits CNN, 2x2 corner trigger on 10% of the training rows relabelled {TARGET}; mean of "
          f"{args.seeds} seeds")
    print(f"{'detector':<50}{'precision':>10}{'recall':>8}{'F1':>7}")
    for name, values in rows.items():
        if len(values[0]) == 3:
            p, r, f = np.mean(values, axis=0)
            print(f"{name:<50}{p:>10.3f}{r:>8.3f}{f:>7.3f}")
    print(f"{'model':<50}{'attack success':>16}{'clean accuracy':>16}")
    for name in ("undefended model", "after sanitize (flagged rows removed, retrained)"):
        a, c = np.mean(rows[name], axis=0)
        print(f"{name:<50}{a:>16.3f}{c:>16.3f}")


if __name__ == "__main__":
    main()
