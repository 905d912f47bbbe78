import pytest
from scanfmt_helpers import checks, scan_with, serious
from scanfmt_pbwriter import function, node, saved_model

from modelward.core.findings import Severity
from modelward.scan.formats import savedmodel as sm
from modelward.scan.limits import Limits

LIMITS = Limits()

BENIGN_NODES = [
    node("x", "Placeholder"),
    node("dense/MatMul", "MatMul"),
    node("save/SaveV2", "SaveV2"),
    node("save/RestoreV2", "RestoreV2"),
    node("saver_filename", "Placeholder"),
    node("StatefulPartitionedCall_1", "StatefulPartitionedCall"),
    node("print", "PrintV2", output_stream="stderr"),
]
BENIGN_FUNCTIONS = [
    function("__inference__traced_save_123", node("SaveV2", "SaveV2"), node("Merge", "MergeV2Checkpoints")),
    function("__inference__traced_restore_456", node("RestoreV2", "RestoreV2")),
    function("__inference_call_789", node("MatMul", "MatMul"), node("Relu", "Relu")),
]


def write(tmp_path, data: bytes):
    d = tmp_path / "sm"
    d.mkdir()
    (d / "saved_model.pb").write_bytes(data)
    return d


def test_standard_graph_with_saver_is_clean(tmp_path):
    fs = scan_with(sm, write(tmp_path, saved_model(BENIGN_NODES, BENIGN_FUNCTIONS)), LIMITS)
    assert fs.error is None and serious(fs) == [], fs.findings


@pytest.mark.parametrize(
    ("extra_node", "in_function", "check", "severity"),
    [
        (node("r", "ReadFile"), False, "scan.savedmodel.file-op", Severity.HIGH),
        (node("w", "WriteFile"), True, "scan.savedmodel.file-op", Severity.HIGH),
        (node("p", "PyFunc"), True, "scan.savedmodel.python-op", Severity.HIGH),
        (node("e", "EagerPyFunc"), False, "scan.savedmodel.python-op", Severity.HIGH),
        (node("m", "MatchingFiles"), False, "scan.savedmodel.file-op", Severity.MEDIUM),
        (node("evil/SaveV2", "SaveV2"), False, "scan.savedmodel.checkpoint-op", Severity.HIGH),
        (node("RestoreV2", "RestoreV2"), True, "scan.savedmodel.checkpoint-op", Severity.MEDIUM),
        (node("pr", "PrintV2", output_stream="file:///home/u/.bashrc"), True, "scan.savedmodel.file-op", Severity.HIGH),
    ],
    ids=[
        "ReadFile",
        "WriteFile-in-function",
        "PyFunc",
        "EagerPyFunc",
        "MatchingFiles",
        "SaveV2-outside-saver",
        "RestoreV2-in-call-function",
        "PrintV2-to-file",
    ],
)
def test_risky_ops_are_flagged(tmp_path, extra_node, in_function, check, severity):
    funcs = [*BENIGN_FUNCTIONS, function("__inference_call_999", extra_node)] if in_function else BENIGN_FUNCTIONS
    nodes = BENIGN_NODES if in_function else [*BENIGN_NODES, extra_node]
    fs = scan_with(sm, write(tmp_path, saved_model(nodes, funcs)), LIMITS)
    assert checks(fs) == {check: severity}, fs.findings
    f = fs.findings[0]
    assert ("function __inference_call_999" in f.location.member) == in_function


def test_pbtxt_is_read_by_token(tmp_path):
    d = tmp_path / "sm"
    d.mkdir()
    (d / "saved_model.pbtxt").write_text(
        'meta_graphs { graph_def { node { name: "x" op: "Placeholder" } node { name: "r" op: "ReadFile" }\n'
        'library { function { signature { name: "__inference__traced_save_1" } node_def { name: "s" op: "SaveV2" } }'
        " } } }"
    )
    assert checks(scan_with(sm, d, LIMITS)) == {"scan.savedmodel.file-op": Severity.HIGH}


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x12\xff\x01abc", "claims"), (b"\x08\x01", "no graph nodes"), (b"\x0f", "wire type")],
    ids=["empty", "truncated", "no-meta-graph", "garbage"],
)
def test_bad_files_are_errors(tmp_path, content, reason):
    fs = scan_with(sm, write(tmp_path, content), LIMITS)
    assert fs.error is not None and reason in fs.error, fs


def test_directory_without_saved_model_is_skipped(tmp_path):
    from modelward.scan.api import scan_file

    fs = scan_file(tmp_path)
    assert fs.skipped is not None and "saved_model.pb" in fs.skipped


def test_node_count_limit_is_a_finding(tmp_path):
    fs = scan_with(sm, write(tmp_path, saved_model(BENIGN_NODES, BENIGN_FUNCTIONS)), Limits(max_graph_nodes=3))
    assert checks(fs) == {"scan.savedmodel.limit": Severity.HIGH}


def test_pbtxt_starting_with_a_comment_and_newline_is_read_as_text(tmp_path):
    d = tmp_path / "sm"
    d.mkdir()
    (d / "saved_model.pbtxt").write_text('\n# exported\nmeta_graphs {\n  graph_def {\n    node {\n'
                                         '      name: "r"\n      op: "ReadFile"\n    }\n  }\n}\n')
    assert checks(scan_with(sm, d, LIMITS)) == {"scan.savedmodel.file-op": Severity.HIGH}
