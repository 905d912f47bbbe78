"""`data.pii` on real tables: a CSV the test writes, read by the core loader."""

import numpy as np

from modelward.core.context import AssessContext
from modelward.core.data import load_dataset
from modelward.core.findings import Severity
from modelward.data.pii.check import PiiCheck
from modelward.testing import reference_context


def test_finds_pii_columns_of_a_csv(tmp_path):
    path = tmp_path / "people.csv"
    rows = ["email,phone,age,label"] + [f"u{i}@example.com,(415) 555-{1000 + i:04d},{20 + i},{i % 2}"
                                         for i in range(30)]
    path.write_text("\n".join(rows) + "\n")
    data = load_dataset(path, "label")
    ctx = AssessContext(reference_context().model, data)
    findings = PiiCheck(sample=50).run(ctx)
    by_column = {f.location.column: f for f in findings}
    assert set(by_column) == {"email", "phone"}
    assert by_column["email"].severity == Severity.HIGH  # likelihood 4 x impact 4
    assert "u1@example.com" not in str(by_column["email"].to_dict())


def test_numeric_data_without_pii_says_what_was_checked():
    ctx = reference_context()
    (f,) = PiiCheck(sample=20).run(ctx)
    assert f.severity == Severity.INFO and f.evidence.measurements["columns"] == ctx.data.X.shape[1]
    assert np.isfinite(f.evidence.measurements["cells_sampled"])
