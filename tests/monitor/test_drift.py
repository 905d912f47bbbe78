"""The batch comparison on files: the same answer from Parquet and CSV, schema problems as findings,
bad input as clear errors, joint drift the columns cannot see, and a model's predictions and accuracy."""

import numpy as np
import pytest

from modelward.core.errors import DataError, MissingExtraError
from modelward.monitor.drift import compare
from modelward.monitor.result import DriftSettings, Verdict

from .conftest import normal_columns

FAST = DriftSettings(sample_rows=2000)


def _by_name(result):
    return {c.name: c for c in result.columns}


def test_parquet_and_csv_give_the_same_verdicts(write_table):
    rng = np.random.default_rng(0)
    ref, cur = normal_columns(rng, 5000), normal_columns(rng, 5000, shift=0.3)
    settings = DriftSettings(multivariate=False, chunk_rows=700)
    verdicts = []
    for fmt in ("parquet", "csv"):
        result = compare(write_table(f"ref_{fmt}", ref, fmt), write_table(f"cur_{fmt}", cur, fmt), settings=settings)
        verdicts.append({c.name: (c.verdict, round(c.p_value, 12)) for c in result.columns})
        assert result.n_ref == result.n_cur == 5000
    assert verdicts[0] == verdicts[1]
    assert verdicts[0]["x0"][0] == Verdict.DRIFT and verdicts[0]["x1"][0] == Verdict.NO_DRIFT


def test_schema_problems_are_named(write_table):
    pa = pytest.importorskip("pyarrow")
    rng = np.random.default_rng(1)
    when = pa.array(np.arange(500), pa.timestamp("s"))
    ref = normal_columns(rng, 500) | {"gone": rng.normal(size=500), "when": when}
    cur = normal_columns(rng, 500) | {"fresh": rng.normal(size=500), "when": when}
    cur["x1"] = rng.choice(["p", "q"], 500)  # numbers became text
    result = compare(write_table("ref", ref), write_table("cur", cur), settings=FAST)
    problems = {(i.column, i.problem) for i in result.schema}
    assert problems == {("gone", "missing"), ("fresh", "new"), ("x1", "changed kind"), ("when", "unsupported")}
    assert {c.name for c in result.columns} == {"x0", "x2", "x3", "x4", "c"}


def test_an_empty_current_column_is_compared_as_all_missing(write_table):
    rng = np.random.default_rng(2)
    ref = normal_columns(rng, 400)
    cur = normal_columns(rng, 400)
    cur["x2"] = [None] * 400  # an all-null column: no type at all
    col = _by_name(compare(write_table("ref", ref, "csv"), write_table("cur", cur, "csv"), settings=FAST))["x2"]
    assert col.verdict == Verdict.DRIFT and col.measures["missing_cur"] == 1.0


def test_a_current_table_without_rows_is_an_error(write_table):
    rng = np.random.default_rng(3)
    ref = write_table("ref", normal_columns(rng, 100))
    cur = write_table("cur", {k: v[:0] for k, v in normal_columns(rng, 100).items()})
    with pytest.raises(DataError, match="no data rows"):
        compare(ref, cur, settings=FAST)


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"PAR1 not really parquet", "unreadable as Parquet"),
    (b"a,b\n1,2,3,4\n", "unreadable as CSV"),
    (b"\x00\x01\x02binary", "NUL bytes"),
])
def test_unreadable_files_are_clear_errors(tmp_path, write_table, content, message):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    ref = write_table("ref", normal_columns(np.random.default_rng(4), 100))
    with pytest.raises(DataError, match=message):
        compare(ref, bad, settings=FAST)


def test_text_in_a_numeric_csv_column_is_a_changed_kind_or_an_error_naming_the_problem(
        tmp_path, write_table, monkeypatch):
    import modelward.monitor.source as source

    ref = write_table("ref", {"x": np.arange(300.0)}, "csv")
    cur = tmp_path / "cur.csv"
    cur.write_text("\n".join(["x", *(str(float(i)) for i in range(20_000)), "oops"]) + "\n")
    result = compare(ref, cur, settings=DriftSettings(multivariate=False))  # one block: the column is text
    assert [(i.column, i.problem) for i in result.schema] == [("x", "changed kind")]
    monkeypatch.setattr(source, "CSV_BLOCK_BYTES", 1 << 14)  # types come from the first block only
    with pytest.raises(DataError, match="part-way through"):
        compare(ref, cur, settings=DriftSettings(multivariate=False))


def test_a_missing_file_and_an_unknown_column_are_errors(tmp_path, write_table):
    ref = write_table("ref", normal_columns(np.random.default_rng(5), 100))
    with pytest.raises(DataError, match="no such file"):
        compare(ref, tmp_path / "nope.parquet")
    with pytest.raises(DataError, match="no column 'label'"):
        compare(ref, ref, target="label")


def test_duplicate_csv_header_is_refused(tmp_path, write_table):
    ref = write_table("ref", normal_columns(np.random.default_rng(6), 100))
    cur = tmp_path / "dup.csv"
    cur.write_text("x0,x0\n1,2\n")
    with pytest.raises(DataError, match="appears twice"):
        compare(ref, cur)


def test_a_joint_shift_invisible_to_every_column_is_caught(write_table):
    rng = np.random.default_rng(7)
    n = 4000
    z = rng.normal(size=(n, 2))
    ref = {"a": z[:, 0], "b": 0.9 * z[:, 0] + np.sqrt(1 - 0.81) * z[:, 1]}  # correlated
    z2 = rng.normal(size=(n, 2))
    cur = {"a": z2[:, 0], "b": -0.9 * z2[:, 0] + np.sqrt(1 - 0.81) * z2[:, 1]}  # anti-correlated, same marginals
    result = compare(write_table("ref", ref), write_table("cur", cur), settings=FAST)
    assert all(c.verdict == Verdict.NO_DRIFT for c in result.columns)
    assert result.multivariate.verdict == Verdict.DRIFT and result.multivariate.auc > 0.8


def test_no_joint_drift_between_samples_of_one_distribution(write_table):
    rng = np.random.default_rng(8)
    result = compare(write_table("ref", normal_columns(rng, 3000)), write_table("cur", normal_columns(rng, 3000)),
                     settings=FAST)
    assert result.multivariate.verdict == Verdict.NO_DRIFT


def _fitted_model(rng):
    from sklearn.linear_model import LogisticRegression

    from modelward.core.adapters.sklearn import SklearnAdapter

    X = rng.normal(size=(3000, 3))
    y = (X[:, 0] + 0.5 * X[:, 1] > 0).astype(int)
    return SklearnAdapter(LogisticRegression().fit(X, y))


def test_prediction_drift_and_accuracy_decay_with_a_model(write_table):
    rng = np.random.default_rng(9)
    model = _fitted_model(rng)

    def table(n, shift, flip):
        X = rng.normal(size=(n, 3))
        X[:, 0] += shift
        y = (X[:, 0] + 0.5 * X[:, 1] > 0).astype(int)
        y = np.where(rng.uniform(size=n) < flip, 1 - y, y)
        return {"f0": X[:, 0], "f1": X[:, 1], "f2": X[:, 2], "label": y}

    result = compare(write_table("ref", table(4000, 0.0, 0.02)), write_table("cur", table(4000, 0.8, 0.2)),
                     model=model, target="label", settings=FAST)
    preds = {c.name: c for c in result.predictions}
    assert preds["predicted class"].verdict == Verdict.DRIFT and preds["P(1)"].verdict == Verdict.DRIFT
    perf = result.performance
    assert perf.verdict == Verdict.DRIFT and perf.change < -0.1
    assert perf.change_ci[0] < perf.change < perf.change_ci[1] < 0
    assert _by_name(result)["label"].role == "target"


def test_a_model_that_cannot_score_the_table_is_not_verified(write_table):
    rng = np.random.default_rng(10)
    model = _fitted_model(rng)  # 3 inputs; the tables have 5 numeric columns and a categorical one
    tables = [write_table(n, normal_columns(rng, 300)) for n in ("ref", "cur")]
    result = compare(*tables, model=model, settings=FAST)
    (pred,) = result.predictions
    assert pred.verdict == Verdict.NOT_VERIFIED and "could not score" in pred.note


def test_in_memory_datasets_work_without_files():
    from modelward.core.context import Dataset

    rng = np.random.default_rng(11)
    X = rng.normal(size=(2000, 3))
    ref = Dataset(X[:1000], np.zeros(1000), ("a", "b", "c"))
    cur = Dataset(X[1000:] + np.array([0.5, 0, 0]), np.zeros(1000), ("a", "b", "c"))
    verdicts = {c.name: c.verdict for c in compare(ref, cur, settings=FAST).columns}
    assert verdicts == {"a": Verdict.DRIFT, "b": Verdict.NO_DRIFT, "c": Verdict.NO_DRIFT, "target": Verdict.NO_DRIFT}


def test_reading_files_without_pyarrow_names_the_extra(monkeypatch, tmp_path):
    import modelward.monitor.source as source

    def missing(*a, **k):
        raise MissingExtraError("pyarrow", "data", "Reading Parquet and CSV files")

    monkeypatch.setattr(source, "require", missing)
    path = tmp_path / "t.csv"
    path.write_text("a\n1\n")
    with pytest.raises(MissingExtraError, match=r"modelward\[data\]"):
        compare(path, path)


def test_a_numeric_column_tested_as_categories_matches_across_storage_types(write_table):
    rng = np.random.default_rng(12)
    codes = rng.integers(0, 4, 3000)
    ref = write_table("ref", {"zone": codes.astype(np.int64), "x": rng.normal(size=3000)})
    cur = write_table("cur", {"zone": rng.integers(0, 4, 3000).astype(float), "x": rng.normal(size=3000)})
    col = _by_name(compare(ref, cur, categorical=["zone"], settings=FAST))["zone"]
    assert col.kind == "categorical" and col.verdict == Verdict.NO_DRIFT and col.unseen == ()
