"""Opacus and diffprivlib on the same data and recipes; run inside bench/.venv-privacy.
argv[1]: a JSON job written by dp.py. Prints one JSON object."""

from __future__ import annotations

import json
import sys
import time
import warnings

import numpy as np

warnings.filterwarnings("ignore")


def accountants(job: dict) -> dict:
    from opacus.accountants import PRVAccountant, RDPAccountant

    out = {}
    for q, sigma, steps in job["grid"]:
        rdp, prv = RDPAccountant(), PRVAccountant()
        rdp.history = [(sigma, q, steps)]
        prv.history = [(sigma, q, steps)]
        out[f"{q},{sigma},{steps}"] = {"rdp": rdp.get_epsilon(job["delta"]), "prv": prv.get_epsilon(job["delta"])}
    return out


def opacus_digits(job: dict) -> dict:
    import torch
    from opacus import PrivacyEngine
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    torch.set_num_threads(1)
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)
    out = {}
    for name, r in job["recipes"].items():
        for eps in job["epsilons"]:
            accs, spent, secs = [], [], []
            for seed in job["seeds"]:
                torch.manual_seed(seed)
                net = torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.Tanh(), torch.nn.Linear(32, 10))
                opt = (torch.optim.Adam(net.parameters(), lr=r["lr"]) if r["optimizer"] == "adam"
                       else torch.optim.SGD(net.parameters(), lr=r["lr"], momentum=0.9))
                data = torch.utils.data.TensorDataset(torch.tensor(X_tr, dtype=torch.float32), torch.tensor(y_tr))
                loader = torch.utils.data.DataLoader(data, batch_size=r["batch_size"])
                engine = PrivacyEngine(accountant="rdp")
                t = time.perf_counter()
                net, opt, loader = engine.make_private_with_epsilon(
                    module=net, optimizer=opt, data_loader=loader, epochs=r["epochs"], target_epsilon=eps,
                    target_delta=job["delta"], max_grad_norm=r["max_grad_norm"], poisson_sampling=True)
                for _ in range(r["epochs"]):
                    for xb, yb in loader:
                        if len(xb) == 0:
                            continue
                        opt.zero_grad()
                        torch.nn.functional.cross_entropy(net(xb), yb).backward()
                        opt.step()
                secs.append(time.perf_counter() - t)
                with torch.no_grad():
                    accs.append(float((net(torch.tensor(X_te, dtype=torch.float32)).argmax(1).numpy() == y_te).mean()))
                spent.append(engine.get_epsilon(job["delta"]))
            out[f"{name} eps={eps}"] = {"accuracy": float(np.mean(accs)), "epsilon": float(np.mean(spent)),
                                        "seconds": float(np.mean(secs))}
    return out


def diffprivlib_cancer(job: dict) -> dict:
    from diffprivlib.models import GaussianNB, LogisticRegression
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import train_test_split

    X, y = load_breast_cancer(return_X_y=True)
    out = {}
    for eps in job["epsilons_linear"]:
        lr, nb = [], []
        for seed in job["seeds_linear"]:
            X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=seed, stratify=y)
            lr.append(LogisticRegression(epsilon=eps, random_state=seed).fit(X_tr, y_tr).score(X_te, y_te))
            nb.append(GaussianNB(epsilon=eps, random_state=seed).fit(X_tr, y_tr).score(X_te, y_te))
        out[f"eps={eps}"] = {"logistic_regression": float(np.mean(lr)), "gaussian_nb": float(np.mean(nb))}
    return out


def main() -> None:
    import diffprivlib
    import opacus

    with open(sys.argv[1]) as fh:
        job = json.load(fh)
    print(json.dumps({"opacus": opacus.__version__, "diffprivlib": diffprivlib.__version__,
                      "accountants": accountants(job), "digits": opacus_digits(job),
                      "cancer": diffprivlib_cancer(job)}))


if __name__ == "__main__":
    main()
