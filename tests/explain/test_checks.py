"""The registered checks: the contract, and findings that name the leak, the trigger and the proxies."""

import json

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import AssessContext, Dataset
from modelward.core.errors import ConfigError
from modelward.core.findings import Finding, Severity
from modelward.explain import generate as G
from modelward.explain.checks import LeakCheck, ProxyCheck, TriggerCheck
from modelward.testing import plugin_contract_errors


def _ctx(task, attributes=None):
    model = SklearnAdapter(HistGradientBoostingClassifier(max_iter=60, random_state=0).fit(task.X, task.y))
    return AssessContext(model, Dataset(task.X, task.y, task.feature_names, "label", "task.csv",
                                        attributes=attributes or {}))


@pytest.mark.parametrize("check", [LeakCheck, TriggerCheck, ProxyCheck], ids=lambda c: c.id)
def test_the_check_meets_the_contract(check):
    assert plugin_contract_errors(check) == []


def test_a_leak_is_a_finding_on_its_column():
    task = G.with_leak(G.tabular(0, n=1200), 0, "id-order")
    (finding,) = LeakCheck(rows=100).run(_ctx(task))
    assert finding.location.column == "record_id" and finding.severity >= Severity.HIGH
    assert finding.mitigations == ("leak-free-features",)
    assert finding.evidence.measurements["probe_auc"] > 0.99
    assert Finding.from_dict(json.loads(json.dumps(finding.to_dict()))) == finding


def test_a_clean_table_gets_one_measured_all_clear():
    (finding,) = LeakCheck(rows=50).run(_ctx(G.tabular(1, n=800)))
    assert finding.severity == Severity.INFO and finding.evidence.likelihood == 1


def test_a_trigger_is_a_finding_with_its_rows():
    task = G.with_backdoor(G.tabular(0, n=1200), 0, share=0.05)
    (finding,) = TriggerCheck().run(_ctx(task))
    m = finding.evidence.measurements
    assert finding.location.column == task.trigger_features[0]
    assert m["target_class"] == str(task.target_class) and m["flip_rate"] > 0.8
    listed = {int(r) for r in str(m["suspected_row_ids"]).split()}
    assert listed >= set(np.flatnonzero(task.poisoned)[:20].tolist())
    assert finding.severity == Severity.CRITICAL


def test_proxies_of_an_attribute_given_beside_the_features():
    task = G.with_sensitive(G.tabular(2, n=1200), 2, n_proxies=2)
    ctx = _ctx(task, {"sex": np.where(task.sensitive == 1, "F", "M")})
    (finding,) = ProxyCheck(rows=30, budget=16).run(ctx)
    assert finding.threat == "bias" and finding.location.column == "sex"
    assert {k for k in finding.evidence.measurements if k.startswith("auc[")} == {f"auc[{p}]" for p in task.proxies}


def test_proxies_need_an_attribute_and_a_wrong_name_is_an_error():
    task = G.tabular(3, n=300)
    assert not ProxyCheck().applies(_ctx(task))
    with pytest.raises(ConfigError, match="neither a column"):
        ProxyCheck(sensitive="age").applies(_ctx(task))


def test_image_rows_that_do_not_fit_the_shape_are_an_error():
    task = G.tabular(4, n=200, n_features=10)
    with pytest.raises(ConfigError, match="image_shape"):
        TriggerCheck(patch=3, image_shape="4x4").run(_ctx(task))


def test_scaffolding_is_an_output_integrity_finding():
    from modelward.core.adapters.callable import CallableAdapter
    from modelward.explain.checks import ScaffoldCheck

    assert plugin_contract_errors(ScaffoldCheck) == []
    task = G.with_sensitive(G.tabular(2, n=800, n_features=8), 2, n_proxies=0, in_features=True)
    s = task.feature_names.index("sensitive")
    predict_proba, _ = G.scaffolded(task.X, s, 0 if s else 1, seed=2)
    model = CallableAdapter(predict_proba, classes=[0, 1], name="scaffold")
    ctx = AssessContext(model, Dataset(task.X, task.y, task.feature_names, "label", "task.csv"))
    (finding,) = ScaffoldCheck().run(ctx)
    assert finding.threat == "output-integrity" and finding.severity >= Severity.HIGH
    assert finding.mitigations == ("model-validation",) and finding.evidence.measurements["gap"] > 0.3
    (clear,) = ScaffoldCheck().run(_ctx(task))
    assert clear.severity == Severity.INFO
