"""Files made by the real libraries must produce no finding at or above medium."""

from __future__ import annotations

import io
import pickle
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from sklearn.datasets import load_iris
from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

from modelward.core.findings import Severity
from modelward.scan.api import scan_file
from modelward.scan.limits import Limits

ESTIMATORS: dict[str, Callable[[], object]] = {
    "logreg": lambda: LogisticRegression(max_iter=300),
    "forest": lambda: RandomForestClassifier(n_estimators=5, random_state=0),
    "gboost": lambda: GradientBoostingClassifier(n_estimators=5, random_state=0),
    "histgb": lambda: HistGradientBoostingClassifier(max_iter=5, random_state=0),
    "pipeline": lambda: Pipeline([("scale", StandardScaler()), ("svc", SVC())]),
}


@pytest.fixture(scope="module")
def fitted() -> dict[str, object]:
    X, y = load_iris(return_X_y=True)
    return {name: make().fit(X, y) for name, make in ESTIMATORS.items()}  # type: ignore[attr-defined]


def assert_clean(path: Path, fmt: str | None = None) -> None:
    result = scan_file(path, Limits())
    assert result.error is None and result.skipped is None, (result.error, result.skipped)
    bad = [(f.severity.value, f.title) for f in result.findings if f.severity >= Severity.MEDIUM]
    assert not bad, bad
    if fmt:
        assert result.format == fmt


@pytest.mark.parametrize("name", list(ESTIMATORS))
@pytest.mark.parametrize("how", ["pickle2", "pickle5", "joblib", "joblib-zlib", "joblib-xz"])
def test_sklearn(tmp_path: Path, fitted: dict[str, object], name: str, how: str) -> None:
    import joblib

    path = tmp_path / f"{name}.bin"
    if how.startswith("pickle"):
        path.write_bytes(pickle.dumps(fitted[name], protocol=int(how[-1])))
    elif how == "joblib":
        joblib.dump(fitted[name], path)
    else:
        joblib.dump(fitted[name], path, compress=(how.split("-")[1], 3))
    assert_clean(path)


@pytest.mark.parametrize("algorithm,metric", [("kd_tree", "minkowski"), ("ball_tree", "haversine")])
def test_nearest_neighbours_trees(tmp_path: Path, algorithm: str, metric: str) -> None:
    # The trees and distance metrics pickle through Cython helpers (`newObj`) that the allowlist names.
    from sklearn.neighbors import KNeighborsClassifier

    X, y = load_iris(return_X_y=True)
    model = KNeighborsClassifier(algorithm=algorithm, metric=metric).fit(X[:, :2], y)
    path = tmp_path / "knn.pkl"
    path.write_bytes(pickle.dumps(model, protocol=5))
    data = path.read_bytes()
    assert b"newObj" in data and b"_dist_metrics" in data  # the helpers really are in the file
    assert_clean(path)


def test_torch_state_dict_full_module_legacy_and_torchscript(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    net = torch.nn.Sequential(torch.nn.Conv2d(1, 2, 3), torch.nn.BatchNorm2d(2), torch.nn.ReLU(),
                              torch.nn.Flatten(), torch.nn.Linear(8, 3), torch.nn.LayerNorm(3),
                              torch.nn.Dropout(0.1))
    torch.save(net.state_dict(), tmp_path / "sd.pt")
    torch.save(net, tmp_path / "full.pt")
    torch.save(net.state_dict(), tmp_path / "legacy.pt", _use_new_zipfile_serialization=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.jit.save(torch.jit.script(net), tmp_path / "ts.pt")
    assert_clean(tmp_path / "sd.pt", "torch-zip")
    assert_clean(tmp_path / "full.pt", "torch-zip")
    assert_clean(tmp_path / "legacy.pt", "torch-legacy")
    assert_clean(tmp_path / "ts.pt", "torchscript")


def test_numpy_files(tmp_path: Path) -> None:
    np.save(tmp_path / "a.npy", np.arange(10.0))
    np.savez(tmp_path / "b.npz", x=np.ones((2, 2)), y=np.array(["a", "b"]))
    np.savez_compressed(tmp_path / "c.npz", x=np.ones(100))
    obj = np.empty(2, dtype=object)
    obj[:] = [{"a": 1}, [1, 2]]
    np.save(tmp_path / "o.npy", obj, allow_pickle=True)
    for name in ("a.npy", "b.npz", "c.npz", "o.npy"):
        assert_clean(tmp_path / name)


def test_pandas_dataframe_pickle(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"], "c": pd.Categorical(["u", "v"])})
    buf = io.BytesIO()
    pickle.dump(df, buf, protocol=5)
    (tmp_path / "df.pkl").write_bytes(buf.getvalue())
    assert_clean(tmp_path / "df.pkl")


def test_xgboost_and_lightgbm(tmp_path: Path) -> None:
    import joblib

    xgboost = pytest.importorskip("xgboost")
    lightgbm = pytest.importorskip("lightgbm")
    X, y = load_iris(return_X_y=True)
    models = {"xgb": xgboost.XGBClassifier(n_estimators=3, max_depth=2).fit(X, y),
              "lgb": lightgbm.LGBMClassifier(n_estimators=3, verbose=-1).fit(X, y)}
    for name, model in models.items():
        joblib.dump(model, tmp_path / f"{name}.joblib")
        joblib.dump(model, tmp_path / f"{name}.joblib.xz", compress=("xz", 3))
        (tmp_path / f"{name}.pkl").write_bytes(pickle.dumps(model, protocol=5))
        for suffix in (".joblib", ".joblib.xz", ".pkl"):
            assert_clean(tmp_path / f"{name}{suffix}")
    models["xgb"].save_model(tmp_path / "xgb.json")  # native formats: data, not code
    models["lgb"].booster_.save_model(str(tmp_path / "lgb.txt"))
    for native in ("xgb.json", "lgb.txt"):
        result = scan_file(tmp_path / native, Limits())
        assert result.skipped and not result.findings


def test_pipeline_with_column_transformer_and_custom_looking_classes(tmp_path: Path) -> None:
    import joblib
    from benign_classes import ClippedScaler, Vocabulary, log1p_clip
    from sklearn.compose import ColumnTransformer
    from sklearn.preprocessing import FunctionTransformer, OneHotEncoder

    pd = pytest.importorskip("pandas")
    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"age": rng.integers(18, 80, 60), "income": rng.lognormal(10, 1, 60),
                          "city": rng.choice(["a", "b", "c"], 60)})
    y = (frame["age"] > 40).astype(int)
    columns = ColumnTransformer([
        ("num", Pipeline([("log", FunctionTransformer(log1p_clip)), ("clip", ClippedScaler())]), ["age", "income"]),
        ("ufunc", FunctionTransformer(np.log1p), ["income"]),
        ("cat", OneHotEncoder(handle_unknown="ignore"), ["city"]),
    ])
    model = Pipeline([("columns", columns), ("clf", LogisticRegression(max_iter=500))]).fit(frame, y)
    model.vocabulary_ = Vocabulary(["a", "b", "c"])
    joblib.dump(model, tmp_path / "pipe.joblib")
    (tmp_path / "pipe.pkl").write_bytes(pickle.dumps(model, protocol=2))  # copyreg._reconstructor
    for name in ("pipe.joblib", "pipe.pkl"):
        result = scan_file(tmp_path / name, Limits())
        users = {f.evidence.measurements.get("global") for f in result.findings}
        assert {"benign_classes.ClippedScaler", "benign_classes.log1p_clip"} <= users  # listed, low
        assert_clean(tmp_path / name)


def test_full_torch_model_with_functional_activations(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        net = torch.nn.Sequential(torch.nn.TransformerEncoder(torch.nn.TransformerEncoderLayer(8, 2, 16), 2),
                                  torch.nn.GELU(), torch.nn.Linear(8, 2))
    torch.save(net, tmp_path / "full.pt")
    torch.save({"model": net, "epoch": 3, "optimizer": torch.optim.AdamW(net.parameters()).state_dict()},
               tmp_path / "checkpoint.pt")
    assert_clean(tmp_path / "full.pt", "torch-zip")
    assert_clean(tmp_path / "checkpoint.pt", "torch-zip")
