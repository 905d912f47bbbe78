"""End-to-end demo: train small models on data scikit-learn ships, assess them, write the reports.

Run with `make demo`; everything lands in demo-output/.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.datasets import load_breast_cancer, load_digits
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def modelward(*args: str) -> int:
    """Run the real CLI, as a user would."""
    cmd = [sys.executable, "-m", "modelward", *args]
    print("$ modelward " + " ".join(args), flush=True)
    return subprocess.run(cmd, check=False).returncode


def tabular(out: Path) -> Path:
    """A gradient-boosting classifier on breast cancer, saved as joblib, assessed from the CLI."""
    import joblib

    data = load_breast_cancer(as_frame=True)
    frame = data.frame.rename(columns=lambda c: c.replace(" ", "_"))
    train, test = train_test_split(frame, test_size=0.3, random_state=0, stratify=frame["target"])
    model = GradientBoostingClassifier(n_estimators=60, random_state=0)
    model.fit(train.drop(columns="target"), train["target"])
    model_path = out / "models" / "breast_cancer_gb.joblib"
    data_path = out / "data" / "breast_cancer_test.csv"
    model_path.parent.mkdir(parents=True, exist_ok=True)
    data_path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, model_path)
    test.to_csv(data_path, index=False)
    rc = modelward("assess", "--model", str(model_path), "--data", str(data_path), "--target", "target",
                   "--out", str(out / "breast-cancer"), "--fail-on", "critical")
    if rc not in (0, 1):
        raise SystemExit(f"assess failed with exit code {rc}")
    return out / "breast-cancer" / "assess.json"


def digits_mlp(out: Path) -> tuple[Path, tuple[object, ...]] | None:
    """A PyTorch MLP on digits, assessed through the Python API (skipped without torch)."""
    try:
        import torch
    except ImportError:
        print("torch is not installed: skipping the PyTorch part (pip install 'modelward[torch]')")
        return None
    import modelward
    from modelward.core.output import write_reports

    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=540, random_state=0, stratify=y)
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 128),
                              torch.nn.ReLU(), torch.nn.Linear(128, 10))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    xt, yt = torch.tensor(X_train, dtype=torch.float32), torch.tensor(y_train)
    for _ in range(30):
        for idx in torch.randperm(len(xt)).split(64):
            opt.zero_grad()
            torch.nn.functional.cross_entropy(net(xt[idx]), yt[idx]).backward()
            opt.step()
    torch.save(net.state_dict(), out / "models" / "digits_mlp_state.pt")
    from modelward.core.adapters.torch import TorchAdapter

    adapter = TorchAdapter(net, classes=np.arange(10))
    adapter.input_spec = adapter.input_spec.__class__.infer(X_test).with_bounds(0.0, 1.0)
    report = modelward.assess(adapter, (X_test, y_test), name="digits-mlp")
    written = write_reports(report, ("json", "sarif", "html"), out / "digits-mlp", stem="assess")
    for path in written:
        print(f"wrote {path}")
    return out / "digits-mlp" / "assess.json", (adapter, X_train, y_train, X_test, y_test)


def harden_mlp(out: Path, adapter: object, X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray,
               y_test: np.ndarray) -> Path:
    """Fix what assess found: fast adversarial training of the MLP, measured before/after on the same rows."""
    import modelward
    from modelward.core.output import write_reports
    from modelward.core.report import Metadata, Report

    hardened = modelward.harden(adapter, (X_train, y_train), "fast-adversarial-training", holdout=(X_test, y_test),
                                params={"eps": 0.1, "epochs": 40, "eval_rows": 200})
    print(hardened.applied.summary)
    report = Report(Metadata(modelward.__version__, "harden --mitigation " + hardened.mitigation_id,
                             subject="digits-mlp"), applied=(hardened.applied,))
    for path in write_reports(report, ("json", "html"), out / "digits-mlp", stem="harden"):
        print(f"wrote {path}")
    return out / "digits-mlp" / "harden.json"


def scan(out: Path) -> Path:
    """Scan the demo's model files plus a hostile "downloaded" one, built here from raw opcodes, never loaded."""
    hostile = out / "models" / "downloaded_model.pkl"
    hostile.write_bytes(b"cos\nsystem\n(S'echo this would run on load'\ntR.")  # protocol-0 os.system call
    rc = modelward("scan", str(out / "models"), "--out", str(out / "scan"), "--format", "json,sarif,html",
                   "--fail-on", "critical")
    if rc not in (0, 1):
        raise SystemExit(f"scan failed with exit code {rc}")
    return out / "scan" / "scan.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("demo-output"))
    args = parser.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    start = time.perf_counter()
    step("1. Breast-cancer gradient boosting: modelward assess (CLI)")
    reports = [tabular(out)]
    step("2. Digits PyTorch MLP: modelward.assess (Python API)")
    mlp = digits_mlp(out)
    if mlp:
        reports.append(mlp[0])
        step("3. Fix it: modelward.harden with fast adversarial training, before/after on the same rows")
        reports.append(harden_mlp(out, *mlp[1]))
    step("4. Supply chain: modelward scan (the saved models and a hostile download)")
    reports.append(scan(out))
    step("5. One risk register for the review: modelward report")
    modelward("report", *map(str, reports), "--out", str(out / "risk-register"), "--subject", "demo models",
              "--fail-on", "critical")
    print(f"\nDone in {time.perf_counter() - start:.0f} s. Open {out / 'risk-register' / 'risk-register.html'}")


if __name__ == "__main__":
    main()
