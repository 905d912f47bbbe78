"""`data.backdoor` as a check on the backdoored MLP."""

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import AssessContext, Dataset
from modelward.core.findings import Severity
from modelward.data.poison.check import BackdoorCheck


def test_reports_rows_target_and_trigger_pixels(backdoored):
    X, y, _, model = backdoored
    names = tuple(f"pixel{i}" for i in range(64))
    ctx = AssessContext(SklearnAdapter(model), Dataset(X, y, names, "digit", "digits"))
    assert BackdoorCheck().applies(ctx)
    (f,) = BackdoorCheck().run(ctx)
    assert f.severity == Severity.CRITICAL and f.evidence.measurements["target"] == "0"
    assert "pixel55" in f.description and "pixel63" in f.description
