"""Micro-batching: concurrent calls share one model call; each gets its own rows; errors reach everyone."""

from __future__ import annotations

import asyncio
import threading

import numpy as np
import pytest
from tests.gateway.conftest import rows

from modelward.gateway.batching import MicroBatcher


class Slow:
    """predict_proba that takes a while and records the batch sizes it saw."""

    def __init__(self, fail: bool = False) -> None:
        self.sizes: list[int] = []
        self.fail = fail
        self.gate = threading.Event()

    def __call__(self, X):
        self.gate.wait(1.0)
        self.sizes.append(len(X))
        if self.fail:
            raise RuntimeError("model broke")
        return np.column_stack([X[:, 0], 1 - X[:, 0]])


def test_a_burst_is_answered_by_few_calls_each_with_its_own_rows():
    model = Slow()
    batcher = MicroBatcher(model, max_rows=50)

    async def burst():
        calls = [batcher(np.full((i % 3 + 1, 2), i / 100)) for i in range(30)]
        asyncio.get_running_loop().call_later(0.05, model.gate.set)
        return await asyncio.gather(*calls)

    answers = asyncio.run(burst())
    for i, a in enumerate(answers):
        assert a.shape == (i % 3 + 1, 2) and np.allclose(a[:, 0], i / 100)
    assert sum(model.sizes) == sum(i % 3 + 1 for i in range(30))
    assert len(model.sizes) <= 4 and max(model.sizes) <= 50  # the first alone, the rest in batches


def test_a_lone_call_runs_at_once():
    model = Slow()
    model.gate.set()
    out = asyncio.run(MicroBatcher(model)(np.zeros((1, 2))))
    assert out.shape == (1, 2) and model.sizes == [1]


def test_an_error_reaches_every_caller_of_the_batch():
    model = Slow(fail=True)
    model.gate.set()
    batcher = MicroBatcher(model)

    async def burst():
        return await asyncio.gather(*[batcher(np.zeros((1, 2))) for _ in range(5)], return_exceptions=True)

    assert all(isinstance(r, RuntimeError) for r in asyncio.run(burst()))


def test_the_gateway_batches_models_off_the_fast_path(serve):
    s = serve(fast_path=False, inline_ms=0)
    model = s.gateway.models.get("cancer")
    assert model.fast is None and not model.inline and model.batcher is not None
    r = s.infer(rows(3))
    assert r.status_code == 200
    expected = model.adapter.predict_proba(rows(3)).argmax(axis=1).tolist()
    assert r.json()["outputs"][0]["data"] == expected


@pytest.mark.parametrize("flag", [False])
def test_batching_can_be_turned_off(serve, flag):
    assert serve(fast_path=False, batching=flag, inline_ms=0).gateway.models.get("cancer").batcher is None


def test_a_fast_enough_model_runs_inline(serve):
    model = serve(fast_path=False, inline_ms=1000).gateway.models.get("cancer")
    assert model.inline and model.batcher is None
