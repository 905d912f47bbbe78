import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper
from scanfmt_helpers import checks, scan_with, serious

from modelward.core.findings import Severity
from modelward.scan.formats import onnx as ox
from modelward.scan.limits import Limits

LIMITS = Limits()


def small_model(nodes=None, initializers=(), functions=(), opsets=None):
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [2])
    w = numpy_helper.from_array(np.ones(2, dtype=np.float32), "w")
    graph = helper.make_graph(nodes or [helper.make_node("Add", ["x", "w"], ["y"])], "g", [x], [y], [w, *initializers])
    return helper.make_model(graph, functions=list(functions), opset_imports=opsets or [helper.make_opsetid("", 17)])


def external_tensor(name, location):
    t = TensorProto(name=name, data_type=TensorProto.FLOAT, dims=[2], data_location=TensorProto.EXTERNAL)
    for key, value in (("location", location), ("offset", "0"), ("length", "8")):
        t.external_data.add(key=key, value=value)
    return t


def test_benign_model_with_external_data_is_clean(tmp_path):
    model = small_model(initializers=[numpy_helper.from_array(np.ones(4096, dtype=np.float32), "big")])
    p = tmp_path / "m.onnx"
    onnx.save_model(model, p, save_as_external_data=True, location="weights.bin", size_threshold=0)
    fs = scan_with(ox, p, LIMITS)
    assert fs.error is None and checks(fs) == {}


def test_sklearn_converted_model_is_clean(tmp_path):
    from skl2onnx import to_onnx
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression

    X, y = load_iris(return_X_y=True)
    model = to_onnx(LogisticRegression(max_iter=500).fit(X, y), X[:1].astype(np.float32))
    p = tmp_path / "iris.onnx"
    p.write_bytes(model.SerializeToString())
    fs = scan_with(ox, p, LIMITS)
    assert fs.error is None and serious(fs) == []


@pytest.mark.parametrize("location", ["../../../../etc/passwd", "/etc/passwd", "sub/../../secret", "C:\\Windows\\x"])
def test_external_data_escaping_the_directory_is_high(tmp_path, location):
    p = tmp_path / "m.onnx"
    p.write_bytes(small_model(initializers=[external_tensor("leak", location)]).SerializeToString())
    fs = scan_with(ox, p, LIMITS)
    assert checks(fs) == {"scan.onnx.external-data-path": Severity.HIGH}
    assert fs.findings[0].location.member == "leak"


def test_external_data_through_a_symlink_is_high(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.bin").write_bytes(b"\0" * 8)
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "data").symlink_to(outside)
    p = model_dir / "m.onnx"
    p.write_bytes(small_model(initializers=[external_tensor("w2", "data/secret.bin")]).SerializeToString())
    fs = scan_with(ox, p, LIMITS)
    assert checks(fs) == {"scan.onnx.external-data-path": Severity.HIGH}
    assert "symlink" in fs.findings[0].evidence.measurements["reason"]


def test_missing_external_file_is_low(tmp_path):
    p = tmp_path / "m.onnx"
    p.write_bytes(small_model(initializers=[external_tensor("w2", "absent.bin")]).SerializeToString())
    assert checks(scan_with(ox, p, LIMITS)) == {"scan.onnx.external-data-missing": Severity.LOW}


def test_custom_domain_is_medium_also_inside_subgraphs(tmp_path):
    body = helper.make_graph(
        [helper.make_node("Evil", ["x"], ["z"], domain="com.attacker")],
        "then",
        [],
        [helper.make_tensor_value_info("z", TensorProto.FLOAT, [2])],
    )
    cond = numpy_helper.from_array(np.array(True), "c")
    nodes = [
        helper.make_node("Add", ["x", "w"], ["t"]),
        helper.make_node("If", ["c"], ["y"], then_branch=body, else_branch=body),
    ]
    p = tmp_path / "m.onnx"
    p.write_bytes(small_model(nodes, initializers=[cond]).SerializeToString())
    fs = scan_with(ox, p, LIMITS)
    assert checks(fs) == {"scan.onnx.custom-op-domain": Severity.MEDIUM}
    assert fs.findings[0].location.member == "com.attacker" and "Evil" in fs.findings[0].description


def test_model_local_functions_are_not_custom_ops(tmp_path):
    fn = helper.make_function(
        "local.fns",
        "AddTwice",
        ["a", "b"],
        ["c"],
        [helper.make_node("Add", ["a", "b"], ["t"]), helper.make_node("Add", ["t", "b"], ["c"])],
        [helper.make_opsetid("", 17)],
    )
    nodes = [helper.make_node("AddTwice", ["x", "w"], ["y"], domain="local.fns")]
    opsets = [helper.make_opsetid("", 17), helper.make_opsetid("local.fns", 1)]
    p = tmp_path / "m.onnx"
    p.write_bytes(small_model(nodes, functions=[fn], opsets=opsets).SerializeToString())
    fs = scan_with(ox, p, LIMITS)
    assert fs.error is None and checks(fs) == {}


@pytest.mark.parametrize(
    "content", [b"", b"\x00" * 16, b"not a protobuf at all", None], ids=["empty", "zeros", "text", "truncated"]
)
def test_bad_files_are_errors(tmp_path, content):
    p = tmp_path / "m.onnx"
    if content is None:
        content = small_model().SerializeToString()[:-7]
    p.write_bytes(content)
    fs = scan_with(ox, p, LIMITS)
    assert fs.error is not None and str(p) in fs.error and fs.findings == ()


def test_deep_subgraph_nesting_hits_the_limit(tmp_path):
    out = helper.make_tensor_value_info("z", TensorProto.FLOAT, [2])
    g = helper.make_graph([helper.make_node("Identity", ["x"], ["z"])], "leaf", [], [out])
    for _ in range(6):
        g = helper.make_graph([helper.make_node("If", ["c"], ["z"], then_branch=g, else_branch=g)], "n", [], [out])
    p = tmp_path / "m.onnx"
    model = helper.make_model(g)
    p.write_bytes(model.SerializeToString())
    assert checks(scan_with(ox, p, Limits(max_nesting_depth=4))) == {"scan.onnx.limit": Severity.HIGH}
