"""Who knows what: the audit's split and the reference models' training sets."""

import numpy as np
import pytest

from modelward.core.errors import ConfigError
from modelward.privacy.membership.design import make_design


def test_paired_design_puts_each_target_in_half_the_models_and_keeps_the_training_size():
    d = make_design(100, 100, 0.5, 8, np.random.default_rng(0))
    assert len(d.known_members) == 50 and len(d.known_nonmembers) == 50
    assert set(d.targets).isdisjoint(d.known_members) and set(d.targets).isdisjoint(d.known_nonmembers)
    assert (d.target_in.sum(axis=0) == 4).all()
    for subset, row in zip(d.subsets, d.target_in, strict=True):
        assert len(subset) == 100  # as many rows as the audited model trained on
        assert set(d.known_members) <= set(subset)
        assert set(subset).isdisjoint(d.known_nonmembers)
        np.testing.assert_array_equal(np.sort(subset[50:]), np.sort(d.targets[row]))


def test_unbalanced_design_draws_subsets_of_the_right_size():
    d = make_design(60, 200, 0.0, 4, np.random.default_rng(1))
    assert len(d.targets) == 260 and d.target_is_member.sum() == 60
    assert all(len(s) == 60 for s in d.subsets)


@pytest.mark.parametrize("args", [(100, 100, 1.0, 4), (1, 100, 0.5, 4), (10, 10, 0.5, -1)])
def test_bad_designs_are_refused(args):
    with pytest.raises(ConfigError):
        make_design(*args, rng=np.random.default_rng(0))
