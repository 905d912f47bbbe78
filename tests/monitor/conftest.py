import pytest


@pytest.fixture
def write_table(tmp_path):
    """Write columns to a Parquet or CSV file in tmp_path; return its path."""
    pa = pytest.importorskip("pyarrow")

    def write(name, columns, fmt="parquet"):
        path = tmp_path / f"{name}.{fmt}"
        table = pa.table({k: (pa.array(v) if not isinstance(v, pa.Array) else v) for k, v in columns.items()})
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(table, path)
        else:
            import pyarrow.csv as pcsv

            pcsv.write_csv(table, path)
        return path

    return write


def normal_columns(rng, n, d=5, shift=None, categories=("a", "b", "c"), probs=(0.5, 0.3, 0.2)):
    """d numeric columns x0.. (x0 shifted by `shift` sd) and one categorical column c."""
    cols = {f"x{i}": rng.normal(size=n) for i in range(d)}
    if shift:
        cols["x0"] = cols["x0"] + shift
    cols["c"] = rng.choice(list(categories), size=n, p=list(probs))
    return cols
