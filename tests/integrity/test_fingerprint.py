import json

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.adapters.spec import InputSpec
from modelward.integrity.errors import IntegrityError
from modelward.integrity.fingerprint import (
    Fingerprint,
    against,
    compare_models,
    fingerprint_model,
    rebuild_rows,
)

X, Y = load_breast_cancer(return_X_y=True)


def adapter(C=1.0, flip=None):
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=2000)).fit(X, Y)
    if flip is not None:
        model[-1].coef_[0, flip] *= -3
    return SklearnAdapter(model, input_spec=InputSpec.infer(X))


def test_the_same_model_after_conversion_to_onnx_matches_its_fingerprint():
    pytest.importorskip("skl2onnx")
    from skl2onnx import to_onnx

    from modelward.core.adapters.onnx import OnnxAdapter

    est = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(X, Y)
    onx = to_onnx(est, X[:1].astype(np.float32), options={id(est.steps[-1][1]): {"zipmap": False}})
    converted = OnnxAdapter(onx.SerializeToString())
    fp = fingerprint_model(SklearnAdapter(est, input_spec=InputSpec.infer(X)), X)
    change = against(fp, converted, X)
    assert change.matched, change.describe()
    assert 0 < change.max_abs_proba < 1e-5  # float32 rounding: bytes differ, behaviour does not


def test_a_tampered_coefficient_is_measured_as_a_behaviour_change():
    change = compare_models(adapter(), adapter(flip=22), X)
    assert not change.matched and change.agreement < 1.0 and change.changed_rows
    assert "behaviour changed" in change.describe()


def test_synthetic_probes_are_rebuilt_from_the_fingerprint_alone():
    fp = fingerprint_model(adapter(), None, n=64, seed=3)
    assert fp.probe.kind == "synthetic" and fp.probe.n == 64
    rows = rebuild_rows(fp.probe)
    assert rows.shape == (64, 30)
    again = Fingerprint.from_dict(json.loads(json.dumps(fp.to_dict())))
    assert again.digest == fp.digest
    assert against(again, adapter()).matched


def test_probe_data_must_be_the_same_data():
    fp = fingerprint_model(adapter(), X, n=50)
    with pytest.raises(IntegrityError, match="probe data differs"):
        against(fp, adapter(), X[:-1])
    with pytest.raises(IntegrityError, match="give the same data"):
        against(fp, adapter())


def test_malformed_fingerprints_are_refused():
    fp = fingerprint_model(adapter(), X, n=20).to_dict()
    fp["labels"] = fp["labels"][:5]
    with pytest.raises(IntegrityError, match="5 answers for a probe of 20 rows"):
        Fingerprint.from_dict(fp)
    with pytest.raises(IntegrityError, match="malformed"):
        Fingerprint.from_dict({"probe": {}})
