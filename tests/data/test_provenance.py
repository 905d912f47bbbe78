"""Manifests and diffs of two versions of a table the test writes: added, removed, relabelled rows and
poisoning-like additions."""

import json

import pytest

from modelward.core.errors import DataError
from modelward.data.provenance import diff, diff_findings, manifest


def _write(path, rows):
    path.write_text("a,b,label\n" + "".join(f"{a},{b},{c}\n" for a, b, c in rows))
    return path


def test_manifest_is_stable_and_written_atomically(tmp_path):
    rows = [(i, i * 2, i % 3) for i in range(50)]
    m1 = manifest(_write(tmp_path / "v1.csv", rows), "label")
    m2 = manifest(_write(tmp_path / "copy.csv", rows), "label")
    assert m1.rows == m2.rows and m1.sha256 == m2.sha256 and len(m1.rows) == 50 and m1.labels[:3] == ("0", "1", "2")
    doc = json.loads(m1.write(tmp_path / "m.json").read_text())
    assert doc["format"] == "modelward.data-manifest" and len(doc["rows"]) == 50


def test_diff_finds_additions_removals_flips_and_a_targeted_flood(tmp_path):
    old = [(i, i * 2, i % 3) for i in range(100)]
    new = [r for r in old if r[0] not in (5, 6)]  # two removed
    new = [(a, b, 0 if a in (10, 11, 12) and c != 0 else c) for a, b, c in new]  # relabelled
    new += [(1000 + i, 7, 0) for i in range(20)]  # a flood into class 0
    new += [(20, 40, 1 if 20 % 3 != 1 else 2)]  # a copy of row 20 with another label
    d = diff(manifest(_write(tmp_path / "old.csv", old), "label"), manifest(_write(tmp_path / "new.csv", new), "label"))
    assert len(d.removed) == 2 and len(d.added) == 21
    assert sorted(o for _, o, _ in d.relabelled) == ["1", "2"] and len(d.relabelled) == 2
    titles = [f.title for f in diff_findings(d)]
    assert titles[0] == "21 rows added, 2 removed, 2 relabelled"
    assert any("changed label" in t for t in titles)
    assert any("copy existing inputs" in t for t in titles)
    assert any("20 of 21 added rows are labelled '0'" in t for t in titles)


def test_versions_of_different_tables_are_refused(tmp_path):
    a = manifest(_write(tmp_path / "a.csv", [(1, 2, 0)]), "label")
    (tmp_path / "b.csv").write_text("x,label\n1,0\n")
    with pytest.raises(DataError, match="feature columns differ"):
        diff(a, manifest(tmp_path / "b.csv", "label"))
