import numpy as np
import pytest

from modelward.llm.injection.combiner import Evidence
from modelward.llm.injection.corpus import generate
from modelward.llm.injection.corpus_docs import TEMPLATES
from modelward.llm.injection.train_combiner import (
    fit_combiner,
    matched_recall_threshold,
    mean_recall,
    operating_threshold,
    out_of_fold_scores,
    padded,
)


def test_operating_threshold_flags_at_most_the_target():
    rng = np.random.default_rng(0)
    for n, target in ((1000, 0.05), (37, 0.1), (200, 0.0)):
        scores = rng.random(n)
        scores[:5] = 0.5  # ties
        t = operating_threshold(scores, target)
        assert np.mean(scores >= t) <= target
        lower = np.sort(scores)[np.sort(scores) < t]
        if lower.size:  # the next lower score flags more than the target
            assert np.mean(scores >= lower[-1]) > target


def test_padded_copies_hide_direct_attacks_in_ordinary_documents():
    examples = generate(TEMPLATES, 6, per_family=50, benign=600, hard=50)
    copies = padded(examples, seed=1, share=1.0)
    direct = [e for e in examples if e.label == 1 and e.family != "indirect"]
    documents = {e.text for e in examples if e.family == "benign" and len(e.text) > 300}
    assert len(copies) == len(direct)
    for e, copy in zip(direct, copies, strict=True):
        assert copy.label == 1 and copy.family == e.family and e.text in copy.text
        assert len(copy.text) > len(e.text) + 300
        rest = copy.text.replace(e.text, "", 1).replace("\n\n", "\n").strip("\n. ")
        assert any(rest.replace("\n", "") in d.replace("\n", "") or rest[:50] in d for d in documents)
    assert padded(examples, seed=1, share=1.0) == copies  # deterministic
    assert padded([e for e in examples if e.family != "benign"], share=1.0) == []  # no document, no copies


def _evidence_set(rng, n, shift):
    """Attacks have a higher model probability and a rule; negatives a lower one (shifted per set)."""
    ev, y, fam = [], [], []
    for i in range(n):
        attack = i % 2 == 0
        p = float(np.clip(rng.normal(0.7 if attack else 0.3 + shift, 0.15), 0.001, 0.999))
        rules = (("override.x", "override", 0.9),) if attack and rng.random() < 0.6 else ()
        ev.append(Evidence(rules, 0.0, p, 0.0, 0.0))
        y.append(int(attack))
        fam.append("override" if attack else "hard")
    return ev, np.array(y), np.array(fam)


def test_out_of_fold_scores_and_the_matched_recall_threshold():
    rng = np.random.default_rng(3)
    sets = [_evidence_set(rng, 400, shift) for shift in (0.0, 0.05, -0.05, 0.1)]
    oof = out_of_fold_scores(sets, c=1.0)
    families = np.concatenate([f for _, _, f in sets])
    assert np.mean(oof[families == "override"] >= 0.5) > 0.8 and np.mean(oof[families == "hard"] >= 0.5) < 0.2
    reference = rng.random(len(oof)) < 0.9  # a reference that finds about 90% of everything
    t = matched_recall_threshold(oof, families, reference)
    assert mean_recall(oof >= t, families) >= mean_recall(reference, families)
    higher = np.unique(oof[families == "override"])
    higher = higher[higher > t]
    assert not higher.size or mean_recall(oof >= higher[0], families) < mean_recall(reference, families)
    combiner = fit_combiner([e for ev, _, _ in sets for e in ev], np.concatenate([y for _, y, _ in sets]), 1.0)
    assert combiner.rules == ("override.x",)
    assert combiner.weights[0] > 0  # the model's probability raises the score


def test_the_shipped_combiner_learnt_only_sets_the_shipped_models_never_saw():
    from modelward.llm.injection.detector import WINDOW_MODEL, shipped_combiner
    from modelward.llm.injection.model import load_model

    learnt = {*load_model().meta["stranger_sets"], *load_model(name=WINDOW_MODEL).meta["stranger_sets"]}
    combiner_sets = set(shipped_combiner().meta["sets"])
    assert combiner_sets and not combiner_sets & learnt


def test_the_combiner_refuses_models_that_learnt_its_sets(tmp_path):
    from modelward.llm.injection import train_combiner
    from modelward.llm.injection.detector import WINDOW_MODEL
    from modelward.llm.injection.model import load_model
    from modelward.llm.injection.train import SELF_TEST
    from modelward.llm.injection.train_window import SELF_TEST_WINDOWS

    whole, window = load_model(), load_model(name=WINDOW_MODEL)
    whole.with_bias(whole.bias, {**whole.meta, "stranger_sets": [train_combiner.COMBINER_SETS[0]]}).save(tmp_path,
                                                                                                       SELF_TEST)
    window.save(tmp_path, SELF_TEST_WINDOWS, name=WINDOW_MODEL)
    with pytest.raises(SystemExit, match=f"learnt .*{train_combiner.COMBINER_SETS[0]}"):
        train_combiner.main([str(tmp_path)])
    unrecorded = {k: v for k, v in whole.meta.items() if k != "stranger_sets"}
    whole.with_bias(whole.bias, unrecorded).save(tmp_path, SELF_TEST)
    with pytest.raises(SystemExit, match="do not record the sets they learnt"):
        train_combiner.main([str(tmp_path)])
