"""The fairness check: a gap that is there is a finding, a random grouping is not; intersections."""

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import AssessContext, Dataset
from modelward.core.findings import Severity
from modelward.explain import generate as G
from modelward.explain.fairness.check import FairnessCheck
from modelward.testing import plugin_contract_errors


@pytest.fixture(scope="module")
def biased():
    task = G.biased(0, n=4000)
    model = SklearnAdapter(HistGradientBoostingClassifier(max_iter=60, random_state=0).fit(task.X, task.y))
    return task, model


def _ctx(task, model, attributes):
    return AssessContext(model, Dataset(task.X_test, task.y_test, task.feature_names, "label", "test.csv",
                                        attributes=attributes))


def test_the_check_meets_the_contract():
    assert plugin_contract_errors(FairnessCheck) == []


def test_a_biased_model_is_flagged_with_its_interval(biased):
    task, model = biased
    sex = np.where(task.sensitive_test == 1, "F", "M")
    (finding,) = FairnessCheck(n_boot=200, n_perm=200).run(_ctx(task, model, {"sex": sex}))
    m = finding.evidence.measurements
    assert finding.severity >= Severity.MEDIUM and "demographic parity" in finding.title
    assert m["dp_interval_low"] > 0 and m["dp_p_value"] < 0.05
    assert m["selection_rate[M]"] > m["selection_rate[F]"]


def test_a_random_grouping_is_measured_but_not_flagged(biased):
    task, model = biased
    noise = np.random.default_rng(0).choice(["a", "b"], len(task.y_test))
    (finding,) = FairnessCheck(n_boot=200, n_perm=200).run(_ctx(task, model, {"noise": noise}))
    assert finding.severity == Severity.INFO and finding.mitigations == ()


def test_several_attributes_are_also_measured_together_and_small_groups_left_out(biased):
    task, model = biased
    sex = np.where(task.sensitive_test == 1, "F", "M")
    age = np.where(task.X_test[:, 3] > np.median(task.X_test[:, 3]), "old", "young").astype(object)
    age[:5] = "unknown"  # a group too small to measure
    findings = FairnessCheck(n_boot=100, n_perm=100).run(_ctx(task, model, {"sex": sex, "age": age}))
    columns = [f.location.column for f in findings]
    assert columns == ["sex", "age", "sex x age"]
    assert findings[1].evidence.measurements["groups_left_out"] == "unknown"
    assert any(k.startswith("selection_rate[sex=F & age=old]") for k in findings[2].evidence.measurements)
