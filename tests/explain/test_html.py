"""The explanation section inside the report page."""

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import RandomForestClassifier

from modelward import __version__
from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.core.context import Dataset
from modelward.core.report import Metadata, Report
from modelward.explain.explanation import explain
from modelward.explain.html import explanation_html


def test_the_page_carries_the_plots_rules_and_trust_without_script():
    d = load_breast_cancer()
    names = tuple(map(str, d.feature_names))
    names = ("<b>" + names[0], *names[1:])  # a hostile feature name
    data = Dataset(d.data, d.target, names, "target", "bc.csv")
    model = SklearnAdapter(RandomForestClassifier(n_estimators=10, random_state=0).fit(d.data, d.target))
    e = explain(model, data, np.arange(3), sample=60, max_rules=5)
    page = explanation_html(Report(Metadata(__version__, "explain")), e)
    assert 'id="explain"' in page and "Surrogate rules" in page and "Stability" in page
    assert page.count('class="explain-plot"') == 1 + 3 + 3  # beeswarm, 3 dependence plots, 3 rows
    assert "<script" not in page and "<b>mean radius" not in page
