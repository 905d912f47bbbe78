"""Proxies of a sensitive attribute: planted ones found with their AUC, noise features not."""

import numpy as np

from modelward.explain import generate as G
from modelward.explain.audits.proxies import audit_proxies


def test_planted_proxies_are_found_and_nothing_else():
    task = G.with_sensitive(G.tabular(0, n=1500), 0, n_proxies=3)
    audit = audit_proxies(task.X, task.sensitive, task.feature_names)
    assert {p.feature for p in audit.proxies} == set(task.proxies)
    assert audit.joint_auc >= audit.best_auc - 0.02 and audit.best_auc > 0.9
    assert [p.auc for p in audit.proxies] == sorted((p.auc for p in audit.proxies), reverse=True)


def test_no_proxy_without_one():
    task = G.tabular(1, n=1500)
    groups = np.random.default_rng(0).integers(0, 2, len(task.y))
    audit = audit_proxies(task.X, groups, task.feature_names)
    assert audit.proxies == () and audit.joint_auc < 0.6
