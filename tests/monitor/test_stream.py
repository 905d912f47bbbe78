"""The streaming detector: calibrated false alarms, fast detection, bounded state, any batch size."""

import numpy as np
import pytest

from modelward.core.errors import ConfigError, DataError
from modelward.monitor.stream import StreamingDetector, StreamSettings, cusum_threshold, siegmund_arl


def _rows(rng, n, shift=0.0, scale=1.0):
    return np.column_stack([rng.normal(shift, scale, n), rng.lognormal(size=n), rng.poisson(3, n).astype(float)])


@pytest.fixture(scope="module")
def reference():
    return _rows(np.random.default_rng(0), 40_000)


def test_the_threshold_gives_the_asked_run_length():
    for target in (100, 1e4, 1e7):
        h = cusum_threshold(target, 0.5)
        assert siegmund_arl(h, 0.5) == pytest.approx(target, rel=1e-6)
    assert cusum_threshold(1e4, 0.5) > cusum_threshold(1e2, 0.5)


def test_false_alarms_are_no_more_frequent_than_the_target(reference):
    rng = np.random.default_rng(1)
    det = StreamingDetector.fit(reference, settings=StreamSettings(window=100, target_arl=50))
    windows_with_alarm = set()
    for _ in range(60):
        for alarm in det.update(_rows(rng, 100 * 50)):
            windows_with_alarm.add(alarm.window)
    assert det.state.windows == 3000
    assert det.state.windows / max(1, len(windows_with_alarm)) >= 50 * 0.8  # Bonferroni: conservative


def test_a_small_persistent_shift_is_found_within_a_few_windows(reference):
    rng = np.random.default_rng(2)
    det = StreamingDetector.fit(reference, settings=StreamSettings(window=500))
    for _ in range(20):
        assert det.update(_rows(rng, 500)) == []  # no alarm on clean traffic (target 20,000 windows)
    raised = []
    for _ in range(15):
        raised = det.update(_rows(rng, 500, shift=0.15))
        if raised:
            break
    assert raised and raised[0].column == "x0" and raised[0].statistic == "location+"
    assert det.drifting


def test_a_scale_change_fires_the_shape_statistic(reference):
    rng = np.random.default_rng(3)
    det = StreamingDetector.fit(reference, settings=StreamSettings(window=500))
    raised = []
    for _ in range(30):
        raised = det.update(_rows(rng, 500, scale=1.5))
        if raised:
            break
    assert raised and raised[0].statistic == "shape"


def test_missing_values_where_the_reference_had_none_fire_at_once(reference):
    rng = np.random.default_rng(4)
    det = StreamingDetector.fit(reference, settings=StreamSettings(window=200))
    rows = _rows(rng, 200)
    rows[:20, 1] = np.nan
    assert [(a.column, a.statistic) for a in det.update(rows)] == [("x1", "missing")]


def test_batch_size_does_not_change_the_result(reference):
    rng = np.random.default_rng(5)
    rows = _rows(rng, 3000, shift=0.3)
    whole = StreamingDetector.fit(reference, settings=StreamSettings(window=250))
    one_by_one = StreamingDetector.fit(reference, settings=StreamSettings(window=250))
    a = whole.update(rows)
    b = [alarm for row in rows for alarm in one_by_one.update(row)]
    assert a == b and np.allclose(whole.state.cusum, one_by_one.state.cusum)


def test_state_does_not_grow_with_traffic(reference):
    rng = np.random.default_rng(6)
    det = StreamingDetector.fit(reference, settings=StreamSettings(window=100))
    sizes = [det.state.counts.nbytes + det.state.cusum.nbytes]
    for _ in range(50):
        det.update(_rows(rng, 1000, shift=1.0))  # alarms on every window
    assert det.state.counts.nbytes + det.state.cusum.nbytes == sizes[0]
    assert len(det.state.alarms) <= 100


def test_a_small_reference_shrinks_the_window_and_a_tiny_one_is_refused():
    rng = np.random.default_rng(7)
    assert StreamingDetector.fit(_rows(rng, 1600)).window == 100
    with pytest.raises(ConfigError, match="at least 160"):
        StreamingDetector.fit(_rows(rng, 100))


def test_rows_of_the_wrong_width_are_refused(reference):
    det = StreamingDetector.fit(reference)
    with pytest.raises(DataError, match="3 columns"):
        det.update(np.zeros((2, 4)))


@pytest.mark.parametrize("bad", [{"window": 5}, {"groups": 1}, {"target_arl": 1}, {"k": 0}])
def test_settings_are_validated(bad):
    with pytest.raises(ConfigError):
        StreamSettings(**bad)
