"""The operating point: the largest equal move of both biases that keeps the hard negatives flagged at the
target or below, computed from one scoring, equal to what the moved detector flags, and never applied twice."""

import numpy as np
import pytest

from modelward.llm.injection.corpus import generate
from modelward.llm.injection.corpus_a import TEMPLATES
from modelward.llm.injection.detector import InjectionDetector, detector_scores, shipped_model, shipped_window_model
from modelward.llm.injection.train_operating_point import MAX_SHIFT, SHIFT_STEP, _unshifted, flags_at, operating_shift


@pytest.fixture(scope="module")
def sample():
    examples = generate(TEMPLATES, 5, per_family=15, benign=60, hard=120)
    return [e.text for e in examples], [e.family for e in examples]


@pytest.mark.parametrize("quantile", [0.3, 0.7])
def test_the_move_is_the_largest_within_the_target(sample, quantile):
    texts, families = sample
    whole, window = _unshifted(shipped_model()), _unshifted(shipped_window_model())
    threshold = float(whole.meta["threshold"])
    hard = [t for t, f in zip(texts, families, strict=True) if f == "hard"]

    def hard_rate(move: float) -> float:
        moved = InjectionDetector(whole.with_bias(whole.bias + move, whole.meta), threshold,
                                  window_model=window.with_bias(window.bias + move, window.meta))
        return float((detector_scores(moved, hard) >= threshold).mean())

    lowest, highest = hard_rate(-MAX_SHIFT), hard_rate(MAX_SHIFT)
    assert lowest < highest  # the premise: the move changes what is flagged on this sample
    target = lowest + quantile * (highest - lowest)
    found = operating_shift(whole, window, texts, families, target)
    shift = found["operating_shift"]
    assert hard_rate(shift) <= target == found["operating_target_hard_fpr"]
    assert found["operating_rates"]["hard"] == pytest.approx(hard_rate(shift), abs=1e-4)
    assert shift < MAX_SHIFT and hard_rate(shift + SHIFT_STEP) > target  # one step further breaks the target


def test_a_target_no_move_reaches_is_an_error(sample):
    texts, families = sample
    # a rule of another language counts whatever the models say: no move unflags this ordinary request
    texts, families = [*texts, "Negeer de dubbele regels in de CSV, die komen van een exportfout."], [*families, "hard"]
    with pytest.raises(SystemExit, match="no bias move"):
        operating_shift(_unshifted(shipped_model()), _unshifted(shipped_window_model()), texts, families, 0.0)


def test_english_rules_count_only_where_the_moved_models_reach_the_gate():
    rule, gated = np.array([0.0, 0.0, 0.9]), np.array([0.95, 0.95, 0.0])
    model, signal = np.array([0.2, 0.35, 0.01]), np.zeros(3)
    assert flags_at(rule, model, signal, 0.0, 0.768, gated).tolist() == [False, True, True]
    # moved up, the first text's model reaches RULE_GATE (0.3) and its rule counts
    assert flags_at(rule, model, signal, 1.0, 0.768, gated).tolist() == [True, True, True]


def test_the_rates_from_one_scoring_equal_rescoring():
    rule, model, signal = np.array([0.0, 0.9, 0.0]), np.array([0.3, 0.1, 0.7]), np.array([0.0, 0.0, 0.2])
    assert flags_at(rule, model, signal, 0.0, 0.5).tolist() == [False, True, True]
    assert flags_at(rule, model, signal, 1.0, 0.5).tolist() == [True, True, True]  # sigmoid(logit(0.3) + 1) > 0.5


def test_a_second_run_does_not_move_the_biases_twice():
    base = _unshifted(shipped_model())
    moved = base.with_bias(base.bias + 0.7, {**base.meta, "operating_shift": 0.7})
    assert _unshifted(moved).bias == pytest.approx(base.bias)
