"""Adversarial-input detection on the digits MLP, and its guard."""

import numpy as np
import pytest

from modelward.core.errors import ConfigError
from modelward.robustness.attacks._pgd import pgd
from modelward.robustness.defences.detection import AdversarialDetector


@pytest.fixture(scope="module")
def fitted(torch_mlp, digits):
    Xtr, _, ytr, _ = digits
    return AdversarialDetector(torch_mlp).fit(Xtr[:800], ytr[:800], eps=0.1, seed=0)


@pytest.fixture(scope="module")
def adversarial(torch_mlp, digits):
    _, Xte, _, yte = digits
    res = pgd(torch_mlp, Xte[:200], yte[:200], 0.1, steps=20, seed=3)
    return Xte[:200], res.x_adv[res.success & res.clean_correct]


def test_detector_separates_clean_from_pgd_rows(fitted, adversarial):
    clean, adv = adversarial
    m = fitted.evaluate(clean, adv)
    assert len(adv) > 30
    assert m.auc > 0.95
    assert m.tpr_at_fpr > 0.7
    assert m.fpr < 0.2  # threshold set on clean rows at 5% FPR transfers to unseen clean rows
    assert len(fitted.feature_names) == fitted.features(clean[:3]).shape[1]
    assert any(n.startswith("mahalanobis:layer") for n in fitted.feature_names)


def test_unfitted_detector_is_a_clear_error(fitted):
    with pytest.raises(ConfigError, match="not fitted"):
        AdversarialDetector(fitted.model).score(np.zeros((1, 64)))


# ---- save / load --------------------------------------------------------------------------------------


@pytest.fixture()
def saved(fitted, tmp_path):
    written = fitted.save(tmp_path / "det")
    return tmp_path / "det", written


def test_save_and_load_give_identical_scores(fitted, adversarial, saved):
    clean, adv = adversarial
    path, written = saved
    assert sorted(p.name for p in written) == ["detector.json", "detector.safetensors"]
    assert sorted(p.name for p in path.iterdir()) == ["detector.json", "detector.safetensors"]  # no temp files
    loaded = AdversarialDetector.load(path, fitted.model)
    rows = np.vstack([clean[:50], adv[:50]])
    np.testing.assert_array_equal(loaded.score(rows), fitted.score(rows))
    assert loaded.threshold == fitted.threshold
    assert loaded.feature_names == fitted.feature_names
    assert [s.label for s in loaded.squeezers] == [s.label for s in fitted.squeezers]
    assert AdversarialDetector.load(path / "detector.json", fitted.model).threshold == fitted.threshold
    assert b"pickle" not in (path / "detector.json").read_bytes()


def test_detector_for_another_model_is_refused(fitted, saved, digits):
    from modelward.robustness.defences._torch import train_plain
    from modelward.robustness.defences.detection import DetectorModelMismatchError

    from .conftest import make_net, wrap

    Xtr, _, ytr, _ = digits
    other = wrap(train_plain(make_net(seed=1), Xtr[:300], ytr[:300], epochs=2))
    with pytest.raises(DetectorModelMismatchError, match="different model"):
        AdversarialDetector.load(saved[0], other)


def test_tampered_or_broken_files_are_refused(fitted, saved):
    import json

    from modelward.robustness.defences.detection import DetectorFileError

    path, _ = saved
    arrays, meta = path / "detector.safetensors", path / "detector.json"
    good_arrays, good_meta = arrays.read_bytes(), meta.read_text()

    blob = bytearray(good_arrays)
    blob[-9] ^= 0x01  # one bit of one reference row
    arrays.write_bytes(bytes(blob))
    with pytest.raises(DetectorFileError, match="SHA-256 differs"):
        AdversarialDetector.load(path, fitted.model)
    arrays.write_bytes(good_arrays)

    doc = json.loads(good_meta)
    doc["threshold"] = doc["threshold"] + 100.0  # a hand edit that would let everything through
    meta.write_text(json.dumps(doc))
    with pytest.raises(DetectorFileError, match="body_sha256"):
        AdversarialDetector.load(path, fitted.model)

    meta.write_text(good_meta[: len(good_meta) // 2])
    with pytest.raises(DetectorFileError, match="JSON expected"):
        AdversarialDetector.load(path, fitted.model)
    meta.write_text(json.dumps({**doc, "format_version": 99}))
    with pytest.raises(DetectorFileError, match="format version 99"):
        AdversarialDetector.load(path, fitted.model)
    meta.unlink()
    with pytest.raises(DetectorFileError, match="cannot read"):
        AdversarialDetector.load(path, fitted.model)
    with pytest.raises(ConfigError, match="not fitted"):
        AdversarialDetector(fitted.model).save(path)


# ---- unlabelled traffic and calibration ------------------------------------------------------------------


def test_fit_without_labels_uses_the_models_predictions(torch_mlp, digits, adversarial):
    """A gateway sees unlabelled traffic: fit(X) alone takes the model's answers as the classes."""
    from modelward.core.errors import DataError

    Xtr, _, _, _ = digits
    unlabelled = AdversarialDetector(torch_mlp, reference_rows=300).fit(Xtr[:400], eps=0.1, seed=0)
    predicted = np.asarray(torch_mlp.predict_proba(Xtr[:400])).argmax(1)
    clean, adv = adversarial
    assert unlabelled.evaluate(clean, adv).auc > 0.95
    with pytest.raises(DataError, match="one class index per row"):
        AdversarialDetector(torch_mlp).fit(Xtr[:400], predicted[:10])
    with pytest.raises(DataError, match="label_indices"):
        AdversarialDetector(torch_mlp).fit(Xtr[:400], predicted + 5)


def test_calibrate_sets_the_threshold_on_held_out_clean_rows(fitted, digits):
    import copy

    from modelward.core.errors import DataError

    _, Xte, _, _ = digits
    det = copy.copy(fitted)
    det.calibrate(Xte[:300])
    assert det.flag(Xte[:300]).mean() == pytest.approx(14 / 300)  # the 286th smallest of 300 scores: 14 above
    assert det.flag(Xte[300:]).mean() < 0.1
    assert det.threshold != fitted.threshold
    with pytest.raises(DataError, match="at least 20"):
        det.calibrate(Xte[:5])
