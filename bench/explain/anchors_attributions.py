"""The anchors of bench/explain/attributions.py, run in bench/.venv-explain (shap 0.51, lime 0.2):

    bench/.venv-explain/bin/python bench/explain/anchors_attributions.py IN_DIR OUT_DIR

IN_DIR holds models.pkl (the fitted models, written by attributions.py, which trusts them) and data.npz;
OUT_DIR gets shap_values.npz and anchors.json (timings, top-5 sets of KernelExplainer and LIME per seed).
"""

from __future__ import annotations

import json
import pickle
import sys
import time
import warnings
from pathlib import Path

import numpy as np

warnings.filterwarnings("ignore")


def _best_of(fn, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def _as3(values, n: int) -> np.ndarray:
    v = np.asarray(values)
    if v.ndim == 2:
        return v[:, :, None]
    if v.shape[0] != n:  # (outputs, n, d)
        v = np.moveaxis(v, 0, -1)
    return v


def main() -> None:
    import lime.lime_tabular
    import shap

    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    with open(src / "models.pkl", "rb") as fh:  # written by attributions.py in this run
        models = pickle.load(fh)
    data = np.load(src / "data.npz")
    X, X_rows = data["X"], data["rows"]
    cfg = json.loads((src / "config.json").read_text())
    result: dict[str, object] = {"shap": shap.__version__, "lime": "0.2.0.1", "tree": {}}
    arrays: dict[str, np.ndarray] = {}
    for name, model in models.items():
        ex = shap.TreeExplainer(model, feature_perturbation="tree_path_dependent")
        values = _as3(ex.shap_values(X_rows, check_additivity=False), len(X_rows))
        arrays[f"tree/{name}"] = values
        seconds = _best_of(lambda ex=ex: ex.shap_values(X_rows, check_additivity=False))
        entry = {"ms_per_row": 1000 * seconds / len(X_rows), "engine": "shap default"}
        if name in ("xgboost", "lightgbm"):  # shap hands these to the library's own TreeSHAP; also run shap's
            ex.model.model_type = "internal"
            try:
                own = _as3(ex.shap_values(X_rows, check_additivity=False), len(X_rows))
                arrays[f"tree-cext/{name}"] = own
            except Exception as exc:  # reported, not fatal
                entry["cext_error"] = f"{type(exc).__name__}: {exc}"
        result["tree"][name] = entry  # type: ignore[index]
    gbm = models["sklearn-gbm"]
    background = data["background"]
    explained = data["explained"]
    k = cfg["k"]

    def f(Z):
        return gbm.predict_proba(Z)[:, 1]

    kernel_tops, kernel_times = [], []
    kernel_values = []
    for seed in range(cfg["seeds"]):
        np.random.seed(seed)
        ex = shap.KernelExplainer(f, background)
        t = time.perf_counter()
        v = np.asarray(ex.shap_values(explained, silent=True))
        kernel_times.append(time.perf_counter() - t)
        kernel_values.append(v)
        kernel_tops.append(np.argsort(-np.abs(v), axis=1)[:, :k].tolist())
    arrays["kernel"] = np.stack(kernel_values)
    exact = shap.TreeExplainer(gbm, data=background, feature_perturbation="interventional",
                               model_output="probability")
    arrays["interventional"] = _as3(exact.shap_values(explained, check_additivity=False), len(explained))
    lime_tops, lime_times = [], []
    for seed in range(cfg["seeds"]):
        ex = lime.lime_tabular.LimeTabularExplainer(X, mode="classification", random_state=seed,
                                                    discretize_continuous=True)
        t = time.perf_counter()
        tops = []
        for row in explained:
            exp = ex.explain_instance(row, gbm.predict_proba, num_features=k, labels=(1,))
            tops.append([int(i) for i, _ in exp.as_map()[1]])
        lime_times.append(time.perf_counter() - t)
        lime_tops.append(tops)
    n = len(explained)
    result["kernel"] = {"ms_per_row": 1000 * float(np.median(kernel_times)) / n, "tops": kernel_tops,
                        "background": "the same 10 points, equal weights", "nsamples": "auto (2 d + 2048)"}
    result["lime"] = {"ms_per_row": 1000 * float(np.median(lime_times)) / n, "tops": lime_tops,
                      "num_samples": 5000}
    np.savez(out / "shap_values.npz", **arrays)
    (out / "anchors.json").write_text(json.dumps(result))


if __name__ == "__main__":
    main()
