"""load_dataset on CSV, Parquet and NPZ files the tests write, and every documented error."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_iris

from modelward.core.data import CategoryEncoding, load_dataset
from modelward.core.errors import DataError, MissingExtraError


def _write_csv(path: Path, header: list[str], rows: list[list[object]], delimiter: str = ",") -> Path:
    with path.open("w", newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture(scope="module")
def cancer():
    return load_breast_cancer()


def test_csv_round_trips_a_numeric_table(tmp_path, cancer) -> None:
    names = [str(n) for n in cancer.feature_names]
    rows = [[*map(repr, x.tolist()), int(t)] for x, t in zip(cancer.data, cancer.target, strict=True)]
    path = _write_csv(tmp_path / "cancer.csv", [*names, "diagnosis"], rows)
    ds = load_dataset(path, target="diagnosis")
    np.testing.assert_array_equal(ds.X, cancer.data)
    np.testing.assert_array_equal(ds.y, cancer.target)
    assert ds.y.dtype == np.int64
    assert ds.feature_names == tuple(names) and ds.target == "diagnosis"
    assert ds.source == str(path) and len(ds) == 569 and ds.encodings == ()


def test_feature_selection_and_order(tmp_path, cancer) -> None:
    names = [str(n) for n in cancer.feature_names]
    rows = [[*x.tolist(), t] for x, t in zip(cancer.data[:20], cancer.target[:20], strict=True)]
    path = _write_csv(tmp_path / "c.csv", [*names, "y"], rows)
    ds = load_dataset(path, "y", features=[names[3], names[0]])
    np.testing.assert_allclose(ds.X, cancer.data[:20][:, [3, 0]])
    with pytest.raises(DataError, match=r"no feature column 'nope'; available columns: \['mean radius'"):
        load_dataset(path, "y", features=["nope"])
    with pytest.raises(DataError, match=r"also listed as a feature"):
        load_dataset(path, "y", features=["y"])


def test_strings_become_codes_and_string_targets_stay(tmp_path) -> None:
    iris = load_iris()
    colour = np.array(["red", "green", "blue"])[np.arange(150) % 3]
    rows = [[*x.tolist(), c, iris.target_names[t]] for x, c, t in zip(iris.data, colour, iris.target, strict=True)]
    rows[4][1] = ""  # a missing numeric value
    rows[7][4] = "NA"  # a missing category
    path = _write_csv(tmp_path / "iris.csv", ["sl", "sw", "pl", "pw", "colour", "species"], rows)
    ds = load_dataset(path, "species")
    assert list(np.unique(ds.y)) == ["setosa", "versicolor", "virginica"]
    enc = ds.encodings[0]
    assert enc == CategoryEncoding("colour", ("blue", "green", "red"))
    codes = ds.X[:, 4]
    assert np.isnan(codes[7]) and np.isnan(ds.X[4, 1])
    keep = ~np.isnan(codes)
    np.testing.assert_array_equal(enc.decode(codes[keep]), colour[keep])
    np.testing.assert_array_equal(enc.encode(colour[keep].tolist()), codes[keep])
    with pytest.raises(DataError, match=r"unknown category 'purple'"):
        enc.encode(["purple"])


def test_semicolon_and_tab_separated(tmp_path) -> None:
    rows = [[1.5, "a", 0], [2.5, "b", 1], [3.5, "a", 1]]
    for name, sep in (("d.csv", ";"), ("d.tsv", "\t")):
        ds = load_dataset(_write_csv(tmp_path / name, ["v", "k", "t"], rows, sep), "t")
        np.testing.assert_array_equal(ds.X, [[1.5, 0], [2.5, 1], [3.5, 0]])


def test_parquet(tmp_path, cancer) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    n = 40
    table = pa.table(
        {
            "radius": cancer.data[:n, 0],
            "count": pa.array([None if i == 3 else i for i in range(n)], type=pa.int32()),
            "flag": pa.array([i % 2 == 0 for i in range(n)]),
            "site": pa.array(["lung" if i % 3 else "skin" for i in range(n)]).dictionary_encode(),
            "label": pa.array(["malignant" if t == 0 else "benign" for t in cancer.target[:n]]),
        }
    )
    path = tmp_path / "cancer.parquet"
    pq.write_table(table, path)
    ds = load_dataset(path, "label")
    assert ds.feature_names == ("radius", "count", "flag", "site")
    np.testing.assert_array_equal(ds.X[:, 0], cancer.data[:n, 0])
    assert np.isnan(ds.X[3, 1]) and ds.X[5, 1] == 5
    np.testing.assert_array_equal(ds.X[:, 2], [float(i % 2 == 0) for i in range(n)])
    assert ds.encodings == (CategoryEncoding("site", ("lung", "skin")),)
    assert ds.X[0, 3] == 1.0 and ds.X[1, 3] == 0.0
    assert set(ds.y) == {"malignant", "benign"}

    nested = tmp_path / "nested.parquet"
    pq.write_table(pa.table({"v": [[1, 2], [3]], "t": [0, 1]}), nested)
    with pytest.raises(DataError, match=r"column 'v' has type list"):
        load_dataset(nested, "t")
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1" + b"\x00" * 50)
    with pytest.raises(DataError, match=r"broken.parquet: unreadable as Parquet"):
        load_dataset(broken, "t")


def test_parquet_without_pyarrow_names_the_extra(tmp_path, monkeypatch) -> None:
    path = tmp_path / "d.parquet"
    path.write_bytes(b"PAR1" + b"\x00" * 10)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(MissingExtraError, match=r"modelward\[data\]"):
        load_dataset(path, "t")


def test_npz_x_y_and_columns(tmp_path, cancer) -> None:
    path = tmp_path / "xy.npz"
    np.savez(path, X=cancer.data, y=cancer.target, feature_names=cancer.feature_names)
    ds = load_dataset(path, "y")
    np.testing.assert_array_equal(ds.X, cancer.data)
    np.testing.assert_array_equal(ds.y, cancer.target)
    assert ds.feature_names[0] == "mean radius"

    cols = tmp_path / "cols.npz"
    np.savez(cols, a=np.arange(5.0), b=np.array(["x", "y", "x", "z", "y"]), label=np.array(list("PNPNP")))
    ds = load_dataset(cols, "label")
    np.testing.assert_array_equal(ds.X, [[0, 0], [1, 1], [2, 0], [3, 2], [4, 1]])
    assert list(ds.y) == list("PNPNP")

    ragged = tmp_path / "ragged.npz"
    np.savez(ragged, a=np.arange(5.0), label=np.arange(4))
    with pytest.raises(DataError, match=r"different lengths"):
        load_dataset(ragged, "label")


def test_npz_with_pickled_objects_is_refused(tmp_path) -> None:
    path = tmp_path / "objects.npz"
    np.savez(path, a=np.array([{"k": 1}, None], dtype=object), t=np.arange(2))
    with pytest.raises(DataError, match=r"pickled object arrays, which are never loaded"):
        load_dataset(path, "t")
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 30)
    with pytest.raises(DataError, match=r"broken.npz: unreadable as NPZ"):
        load_dataset(broken, "t")


def test_file_errors(tmp_path) -> None:
    with pytest.raises(DataError, match=r"no such file"):
        load_dataset(tmp_path / "missing.csv", "t")
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(DataError, match=r"empty.csv: empty file"):
        load_dataset(tmp_path / "empty.csv", "t")
    (tmp_path / "header.csv").write_text("a,t\n")
    with pytest.raises(DataError, match=r"no data rows"):
        load_dataset(tmp_path / "header.csv", "t")
    (tmp_path / "binary.csv").write_bytes(b"\xff\xfe\x00\x81garbage")
    with pytest.raises(DataError, match=r"binary.csv: .*unreadable as CSV"):
        load_dataset(tmp_path / "binary.csv", "t")
    (tmp_path / "dup.csv").write_text("a,a,t\n1,2,3\n")
    with pytest.raises(DataError, match=r"column 'a' appears twice"):
        load_dataset(tmp_path / "dup.csv", "t")


def test_content_errors_name_file_and_column(tmp_path) -> None:
    path = _write_csv(tmp_path / "d.csv", ["a", "b", "t"], [[1, 2, 0], [3, 4, 1]])
    with pytest.raises(DataError, match=r"d.csv: no target column 'label'; available columns: \['a', 'b', 't'\]"):
        load_dataset(path, "label")
    (tmp_path / "ragged.csv").write_text("a,b,t\n1,2,0\n3,4\n")
    with pytest.raises(DataError, match=r"ragged.csv: line 3 has 2 fields, the header has 3"):
        load_dataset(tmp_path / "ragged.csv", "t")
    (tmp_path / "nan.csv").write_text("a,t\n1,0\n2,\n3,nan\n")
    with pytest.raises(DataError, match=r"target 't' is missing .* in 2 rows, first at data row 2"):
        load_dataset(tmp_path / "nan.csv", "t")
    ids = _write_csv(tmp_path / "ids.csv", ["id", "t"], [[f"user-{i}", i % 2] for i in range(30)])
    with pytest.raises(DataError, match=r"column 'id' is text with 30 distinct values .* features="):
        load_dataset(ids, "t", max_categories=20)


def test_a_file_read_beside_another_takes_its_category_codes(tmp_path):
    from modelward.core.data import as_dataset, load_dataset

    train = tmp_path / "train.csv"
    train.write_text("colour,size,label\nred,1,0\ngreen,2,1\nblue,3,0\n")
    test = tmp_path / "test.csv"
    test.write_text("colour,size,label\nred,1,0\ngreen,2,1\n")  # no 'blue': on its own, 'red' would be 1, not 2
    alone = load_dataset(test, "label")
    reference = load_dataset(train, "label")
    beside = as_dataset(test, "label", like=reference)
    assert alone.X[:, 0].tolist() == [1.0, 0.0]
    assert beside.X[:, 0].tolist() == [2.0, 1.0]  # blue=0, green=1, red=2 as in the training file
    odd = tmp_path / "odd.csv"
    odd.write_text("colour,size,label\npurple,1,0\n")
    with pytest.raises(DataError, match="column 'colour' has categories the other file does not have: 'purple'"):
        as_dataset(odd, "label", like=reference)
