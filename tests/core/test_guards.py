"""The guard contract's data: requests validated, decisions combined worst-first, client state bounded."""

import numpy as np
import pytest

from modelward.core.errors import DataError
from modelward.core.guards import Action, ClientTable, Decision, GuardRequest, GuardResponse, combine


def test_request_rows_are_validated_once():
    request = GuardRequest("c1", rows=[1.0, 2.0])
    assert request.rows.shape == (1, 2) and request.n_rows == 1
    assert GuardRequest("c1", text="hi").n_rows == 0
    for bad, message in (([[1.0, float("nan")]], "NaN"), ([[[1.0]]], "2-D"), ([[1.0, float("inf")]], "NaN")):
        with pytest.raises(DataError, match=message):
            GuardRequest("c1", rows=bad)
    response = GuardResponse(request, [[0.2, 0.8]])
    assert response.outputs.dtype == float


def test_combine_keeps_the_worst_action_every_reason_and_the_last_outputs():
    new = np.array([[0.5, 0.5]])
    decisions = [Decision.allow("a"), Decision.flag("odd", "b", rows=(0,)),
                 Decision.flag("withheld", "c", rows=(2,), outputs=new), Decision.block("flood", "d", rows=(1,))]
    worst = combine(decisions)
    assert worst.action == Action.BLOCK and not worst.allowed
    assert worst.reason == "b: odd; c: withheld; d: flood" and worst.rows == (0, 1, 2)
    assert worst.outputs is new
    assert combine([]).action == Action.ALLOW


def test_client_table_is_bounded_and_counts_evictions():
    table = ClientTable(list, max_clients=3)
    for i in range(10):  # a flood of fresh client ids
        table.get(f"client-{i}").append(i)
    assert len(table) == 3 and table.evicted == 7
    table.get("client-7")  # recently seen clients stay
    table.get("new")
    assert "client-7" in table and "client-8" not in table
    assert table.get("client-7") == [7]


def test_a_saved_guard_document_is_checked_before_use(tmp_path):
    import json

    from modelward.core.guards import read_guard_doc

    path = tmp_path / "guard.json"
    path.write_text(json.dumps({"guard": "x.g", "format_version": 1, "params": {}}))
    assert read_guard_doc(path, "x.g", 1)["params"] == {}
    for doc, message in (({"guard": "y.g", "format_version": 1}, "field 'guard' must be 'x.g', got 'y.g'"),
                         ({"guard": "x.g", "format_version": 2}, "format_version 2"), ([1, 2], "got 'list'")):
        path.write_text(json.dumps(doc))
        with pytest.raises(DataError, match=message):
            read_guard_doc(path, "x.g", 1)
    path.write_text("{" * 10)
    with pytest.raises(DataError, match="JSON expected"):
        read_guard_doc(path, "x.g", 1)
    path.write_text(" " * 200)
    with pytest.raises(DataError, match="larger than 100 bytes"):
        read_guard_doc(path, "x.g", 1, max_bytes=100)
    with pytest.raises(DataError, match="cannot read"):
        read_guard_doc(tmp_path / "missing.json", "x.g", 1)
