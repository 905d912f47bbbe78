"""The Dask switch: a Dask DataFrame, sketched partition by partition on a local cluster of worker
processes, gives the same per-column answer as the table read on one machine."""

import numpy as np
import pytest

from modelward.monitor.drift import compare
from modelward.monitor.result import DriftSettings, Verdict

from .conftest import normal_columns

pytestmark = pytest.mark.slow  # a local cluster of worker processes takes seconds to start

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c, \
            distributed.Client(c) as client:
        yield client


def _frames(rng):
    ref = pd.DataFrame(normal_columns(rng, 6000))
    cur = pd.DataFrame(normal_columns(rng, 6000, shift=0.2, probs=(0.4, 0.4, 0.2)))
    cur.loc[:40, "x2"] = np.nan
    return ref, cur


def test_a_dask_frame_on_a_local_cluster_gives_the_single_machine_answer(cluster):
    ref, cur = _frames(np.random.default_rng(0))
    settings = DriftSettings(sample_rows=1000)
    here = compare(ref, cur, settings=settings)
    there = compare(dd.from_pandas(ref, npartitions=5), dd.from_pandas(cur, npartitions=3), settings=settings)
    assert [(c.name, c.verdict, c.p_value) for c in there.columns] == \
        [(c.name, c.verdict, c.p_value) for c in here.columns]
    assert (there.n_ref, there.n_cur) == (6000, 6000)
    verdicts = {c.name: c.verdict for c in there.columns}
    assert verdicts["x0"] == verdicts["c"] == verdicts["x2"] == Verdict.DRIFT
    assert there.multivariate is not None and there.multivariate.n_ref == 1000


def test_empty_partitions_are_skipped_and_an_empty_frame_is_an_error(cluster):
    from modelward.core.errors import DataError

    ref, cur = _frames(np.random.default_rng(1))
    with_empty = dd.from_pandas(cur, npartitions=4)
    with_empty = with_empty[with_empty["x1"] < 10]  # keeps all rows; some partitions may be empty below
    result = compare(dd.from_pandas(ref, npartitions=2), with_empty, settings=DriftSettings(multivariate=False))
    assert result.n_cur == 6000
    empty = dd.from_pandas(cur.iloc[:0], npartitions=1)
    with pytest.raises(DataError, match="no data rows"):
        compare(dd.from_pandas(ref, npartitions=2), empty, settings=DriftSettings(multivariate=False))
