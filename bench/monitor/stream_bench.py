"""Streaming detector benchmark: memory for 1M rows, mean time to a false alarm, detection delay.

    python bench/monitor/stream_bench.py [--long-rows 10000000]

- memory: the detector fitted on 200,000 reference rows x 25 columns, then 1,000,000 rows streamed in
  batches of 100 rows; peak memory traced while streaming (tracemalloc follows numpy's allocations)
  and the detector's state size (the rows are made before tracing starts);
- false alarms: (a) calibration at small targets (window 100 rows, target 50 and 200 windows): measured
  mean windows between false alarms against the target; (b) the default settings (window 1000 rows,
  target 20,000 windows) over `--long-rows` rows of unshifted traffic in batches of 100 rows: alarms,
  and the 95% lower bound of the mean time to a false alarm (rule of three when there are none);
- delay: windows (of 1000 rows) from the start of a shift to the alarm, at the default settings.

Columns: 5 families (normal, log-normal, uniform, Poisson counts, a bimodal mix), 25 in all.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

import numpy as np

from modelward.monitor.stream import StreamingDetector, StreamSettings

D = 25


def traffic(rng: np.random.Generator, n: int, shift: tuple[int, str, float] | None = None) -> np.ndarray:
    cols = []
    for j in range(D):
        kind = j % 5
        if kind == 0:
            x = rng.normal(size=n)
        elif kind == 1:
            x = rng.lognormal(0.0, 0.8, size=n)
        elif kind == 2:
            x = rng.uniform(-3, 5, size=n)
        elif kind == 3:
            x = rng.poisson(4.0, size=n).astype(float)
        else:
            x = np.where(rng.uniform(size=n) < 0.3, rng.normal(-2, 0.5, n), rng.normal(1.5, 1.0, n))
        cols.append(x)
    X = np.column_stack(cols)
    if shift is not None:
        col, how, size = shift
        if how == "mean":
            X[:, col] += size * X[:, col].std()
        elif how == "scale":
            X[:, col] = X[:, col].mean() + (X[:, col] - X[:, col].mean()) * size
        else:  # far-away mixture of share `size`
            far = rng.uniform(size=n) < size
            X[far, col] = rng.normal(8.0, 1.0, int(far.sum()))
    return X


def memory(rng: np.random.Generator) -> None:
    det = StreamingDetector.fit(traffic(rng, 200_000))
    state = sum(a.nbytes for a in (det.state.counts, det.state.location, det.state.missing, det.state.cusum))
    rows = traffic(rng, 1_000_000)  # made before tracing starts: the data itself is not what is measured
    tracemalloc.start()
    start = time.perf_counter()
    for i in range(10_000):
        det.update(rows[i * 100:(i + 1) * 100])
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"memory: 1,000,000 rows x {D} columns in 10,000 batches of 100: peak traced {peak / 2**20:.2f} MB "
          f"while streaming; detector state {state / 1024:.1f} KB; {elapsed:.1f} s "
          f"({elapsed / 10_000 * 1e3:.2f} ms per batch); windows {det.state.windows}, alarms {len(det.state.alarms)}")


def false_alarm_windows(det: StreamingDetector, rng: np.random.Generator, rows: int, batch: int) -> set[int]:
    alarmed: set[int] = set()
    chunk = batch * 500
    for _ in range(rows // chunk):
        for alarm in det.update(traffic(rng, chunk)):
            alarmed.add(alarm.window)
    return alarmed


def calibration(rng: np.random.Generator, windows: int) -> None:
    reference = traffic(rng, 200_000)
    for target in (50, 200):
        det = StreamingDetector.fit(reference, settings=StreamSettings(window=100, target_arl=target))
        alarms = false_alarm_windows(det, rng, windows * 100, 100)
        mtfa = det.state.windows / max(1, len(alarms))
        print(f"calibration: target {target} windows of 100 rows: {len(alarms)} false alarms in {det.state.windows} "
              f"windows, mean {mtfa:.0f} windows between them ({mtfa / target:.2f} x target)")


def defaults(rng: np.random.Generator, rows: int) -> None:
    det = StreamingDetector.fit(traffic(rng, 200_000))
    start = time.perf_counter()
    alarms = false_alarm_windows(det, rng, rows, 100)
    batches = det.state.rows_seen // 100
    bound = batches / 3 if not alarms else batches / len(alarms)
    what = "95% lower bound (rule of three)" if not alarms else "estimate"
    print(f"defaults (window {det.window} rows, target 20,000 windows): {len(alarms)} false alarm(s) in "
          f"{det.state.rows_seen:,} rows = {det.state.windows:,} windows = {batches:,} batches of 100; mean time to a "
          f"false alarm {what}: {bound:,.0f} batches ({time.perf_counter() - start:.0f} s)")


def delays(rng: np.random.Generator) -> None:
    reference = traffic(rng, 200_000)
    for shift in ((0, "mean", 0.05), (0, "mean", 0.10), (0, "mean", 0.25), (0, "scale", 1.2), (0, "mix", 0.01)):
        found = []
        for _ in range(5):
            det = StreamingDetector.fit(reference)
            for window in range(1, 201):
                if det.update(traffic(rng, 1000, shift)):
                    found.append(window)
                    break
            else:
                found.append(None)
        print(f"delay: {shift[1]} {shift[2]}: windows of 1000 rows to the alarm over 5 runs: {found}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--long-rows", type=int, default=10_000_000)
    parser.add_argument("--calibration-windows", type=int, default=20_000)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    memory(rng)
    calibration(rng, args.calibration_windows)
    defaults(rng, args.long_rows)
    delays(rng)


if __name__ == "__main__":
    main()
