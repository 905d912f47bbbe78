"""The plugin contract, published so third parties can test their own plugins with it.

    from modelward.testing import plugin_contract_errors
    assert plugin_contract_errors(MyCheck()) == []
"""

from __future__ import annotations

import json
from typing import Any

from modelward.core.context import AssessContext, Dataset
from modelward.core.findings import Finding
from modelward.core.plugins import Check, Guard, Mitigation


def reference_context(seed: int = 0) -> AssessContext:
    """A small real assessment context: logistic regression on breast cancer, held-out rows."""
    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from modelward.core.adapters.sklearn import SklearnAdapter
    from modelward.core.adapters.spec import InputSpec

    data = load_breast_cancer()
    X_tr, X_te, y_tr, y_te = train_test_split(data.data, data.target, test_size=0.3, random_state=seed)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X_tr, y_tr)
    names = tuple(str(n) for n in data.feature_names)
    adapter = SklearnAdapter(model, input_spec=InputSpec.infer(X_te, names))
    return AssessContext(adapter, Dataset(X_te, y_te, names, "target", "breast_cancer"), seed=seed)


def plugin_contract_errors(plugin: Any, ctx: AssessContext | None = None) -> list[str]:
    """Everything wrong with a plugin against the contract; an empty list means it conforms."""
    from modelward.core.taxonomy import load_taxonomy

    errors: list[str] = []
    for attr in ("id", "threat", "title"):
        if not isinstance(getattr(plugin, attr, None), str) or not getattr(plugin, attr):
            errors.append(f"missing or empty string attribute {attr!r}")
    if errors:
        return errors
    if plugin.threat not in load_taxonomy().threat_ids:
        errors.append(f"threat {plugin.threat!r} is not in the taxonomy")
    if not (type(plugin).__doc__ or "").strip():
        errors.append("class has no docstring saying what it measures or does")
    if not isinstance(plugin, (Check, Mitigation, Guard)):
        errors.append("is not a Check, Mitigation or Guard")
    if isinstance(plugin, Check):
        ctx = ctx or reference_context()
        if plugin.applies(ctx):
            findings = plugin.run(ctx)
            if not isinstance(findings, list) or not all(isinstance(f, Finding) for f in findings):
                errors.append("run() must return a list of Finding")
                return errors
            for f in findings:
                if f.check_id != plugin.id:
                    errors.append(f"finding {f.title!r} names check {f.check_id!r}, not {plugin.id!r}")
                if f.threat not in load_taxonomy().threat_ids:
                    errors.append(f"finding {f.title!r} names unknown threat {f.threat!r}")
                unknown = set(f.mitigations) - set(load_taxonomy().mitigations)
                if unknown:
                    errors.append(f"finding {f.title!r} names unknown mitigations {sorted(unknown)}")
                if Finding.from_dict(json.loads(json.dumps(f.to_dict()))) != f:
                    errors.append(f"finding {f.title!r} does not round-trip through JSON")
    return errors
