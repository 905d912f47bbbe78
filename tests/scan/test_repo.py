import json

import numpy as np
from safetensors.numpy import save_file

from modelward.core.findings import Severity
from modelward.scan.api import scan_file
from modelward.scan.base import FileScan
from modelward.scan.limits import Limits
from modelward.scan.repo import scan_repo


class RecordingScanner:
    """A small fake dispatcher: safetensors files get the real scanner, the rest are skipped."""

    def __init__(self):
        self.calls = []

    def __call__(self, path):
        self.calls.append(path.name)
        if path.suffix == ".safetensors":
            return scan_file(path, Limits())
        return FileScan(str(path), "other", skipped="not a model format")


def make_repo(root):
    root.mkdir()
    save_file({"w": np.zeros((2, 2), dtype=np.float32)}, root / "model.safetensors")
    (root / "config.json").write_text(
        json.dumps(
            {
                "model_type": "tiny",
                "auto_map": {
                    "AutoConfig": "configuration_tiny.TinyConfig",
                    "AutoModelForCausalLM": "modeling_tiny.TinyForCausalLM",
                    "AutoModel": "other-org/shared-code--modeling_shared.SharedModel",
                },
            }
        )
    )
    (root / "tokenizer_config.json").write_text(
        json.dumps({"auto_map": {"AutoTokenizer": ["tokenization_tiny.TinyTokenizer", None]}})
    )
    (root / "configuration_tiny.py").write_text("class TinyConfig:\n    pass\n")
    (root / "modeling_tiny.py").write_text(
        "import os\nfrom .helpers_tiny import act\n\nclass TinyForCausalLM:\n    def f(self):\n"
        "        os.system('id')\n"
    )
    (root / "helpers_tiny.py").write_text("def act(x):\n    return eval(x)\n")
    (root / "train.py").write_text("print('training script')\n")
    (root / "README.md").write_text("# tiny\n")
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    return root


def by_name(scans):
    return {s.path.rsplit("/", 1)[-1]: s for s in scans}


def test_remote_code_is_high_and_names_class_and_file(tmp_path):
    root = make_repo(tmp_path / "repo")
    (root / "escape").symlink_to("/etc/passwd")
    fake = RecordingScanner()
    scans = by_name(scan_repo(root, fake))
    titles = [f.title for f in scans["config.json"].findings]
    assert all(f.severity == Severity.HIGH for f in scans["config.json"].findings) and len(titles) == 3
    assert any("TinyForCausalLM" in t and "modeling_tiny.py" in t for t in titles)
    assert any("another repository, other-org/shared-code" in t for t in titles)
    assert "tokenization_tiny.py (not in the repository" in scans["tokenizer_config.json"].findings[0].title
    helper = scans["helpers_tiny.py"].findings[0]
    assert helper.severity == Severity.HIGH and "imported by modeling_tiny.py" in helper.title
    assert helper.evidence.measurements["risky_calls"] == "eval"
    assert scans["modeling_tiny.py"].findings[0].evidence.measurements["risky_imports"] == "os"
    assert [f.severity for f in scans["train.py"].findings] == [Severity.LOW]
    assert scans["escape"].findings[0].check_id == "scan.repo.symlink-escape"
    assert scans[".git"].skipped == "version-control metadata"
    assert "escape" not in fake.calls and "HEAD" not in fake.calls
    # every regular file went through the dispatcher exactly once
    assert sorted(fake.calls) == sorted(p.name for p in root.iterdir() if p.is_file() and not p.is_symlink())


def test_plain_repository_has_no_serious_findings(tmp_path):
    root = tmp_path / "plain"
    root.mkdir()
    save_file({"w": np.ones(3, dtype=np.float32)}, root / "model.safetensors")
    (root / "config.json").write_text(json.dumps({"model_type": "bert", "hidden_size": 8}))
    scans = scan_repo(root, RecordingScanner())
    assert len(scans) == 2
    assert not [f for s in scans for f in s.findings if f.severity >= Severity.MEDIUM]


def test_file_limit_and_bad_root(tmp_path):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(5):
        (root / f"f{i}.bin").write_bytes(b"x")
    scans = scan_repo(root, RecordingScanner(), Limits(max_archive_members=3))
    assert sum(1 for s in scans if s.skipped and "max_archive_members" in s.skipped) == 2
    bad = scan_repo(tmp_path / "absent", RecordingScanner())
    assert len(bad) == 1 and "not a directory" in bad[0].error


def test_scanner_crash_becomes_an_error_entry(tmp_path):
    root = tmp_path / "r"
    root.mkdir()
    (root / "a.bin").write_bytes(b"x")

    def broken(path):
        raise RuntimeError("boom")

    [fs] = scan_repo(root, broken)
    assert fs.error is not None and "boom" in fs.error and "a.bin" in fs.error
