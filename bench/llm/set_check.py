"""The checks every template set written for the injection bench passes (`corpus_aa.py` and those written after
it), and the counts it prints: templates per family, languages, share not in English, share over 300 characters.
A set runs them as a script: `.venv/bin/python bench/llm/corpus_<x>.py` (runs no detector).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from modelward.llm.injection.corpus import ATTACK_FAMILIES, ENCODERS, TemplateSet, generate


def tagged(module: ModuleType) -> TemplateSet:
    """The set's TEMPLATES with each template prefixed by its language tag, to attribute generated texts."""
    templates, languages = module.TEMPLATES, module.LANGUAGES

    def tag(family: str) -> list[str]:
        return [f"\x01{lang}\x02{t}" for lang, t in languages[family]]
    return TemplateSet(
        name=f"{templates.name}-tagged", slots=module.SLOTS,
        attacks={f: tag(f) for f in ATTACK_FAMILIES if f != "obfuscated"} | {"obfuscated": []},
        benign=tag("benign"), hard=tag("hard"), obfuscation_wrappers=templates.obfuscation_wrappers,
        obfuscation_payload=templates.obfuscation_payload, encoders=templates.encoders,
        hard_encoded=templates.hard_encoded)


def check(module: ModuleType) -> None:
    """Assert what every written set must hold and print its counts per family and language."""
    seed, templates, languages = module.SEED, module.TEMPLATES, module.LANGUAGES
    assert isinstance(seed, int) and isinstance(templates, TemplateSet)
    assert set(languages) == {*ATTACK_FAMILIES, "benign", "hard"}
    code = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
    for family, pairs in languages.items():
        for lang, text in pairs:
            assert isinstance(lang, str) and code.match(lang), (family, lang)
            assert isinstance(text, str) and text, family
    assert all(name in ENCODERS for name in templates.encoders)
    for family in ATTACK_FAMILIES:
        n = len(languages[family]) + (len(module.OBF_WRAPPERS) if family == "obfuscated" else 0)
        assert n >= 25, (family, n)

    kw = {"per_family": 300, "benign": 1000, "hard": 1000}
    first, second = generate(templates, seed, **kw), generate(templates, seed, **kw)
    assert first == second, "not deterministic"
    by_family: dict[str, list[str]] = {}
    for ex in first:
        by_family.setdefault(ex.family, []).append(ex.text)
        assert ex.label == (ex.family in ATTACK_FAMILIES)
    for family in ATTACK_FAMILIES:
        assert len(set(by_family[family])) >= 300, (family, len(set(by_family[family])))
    for family in ("benign", "hard"):
        assert len(set(by_family[family])) >= 1000, (family, len(set(by_family[family])))
    for family, texts in by_family.items():
        print(f"  {family}: {min(map(len, texts))}-{max(map(len, texts))} characters")
    lengths = [len(t) for t in by_family["indirect"]]
    assert min(lengths) >= 100 and max(lengths) <= 1500, (min(lengths), max(lengths))
    ml_langs = {lang for lang, _ in languages["multilingual"]}
    assert len(ml_langs) >= 40, len(ml_langs)

    # language of every generated text: the tagged set draws the same random numbers
    langs: dict[str, Counter[str]] = {}
    attributed = generate(tagged(module), seed, **kw)
    assert len(attributed) == len(first)
    for ex, plain in zip(attributed, first, strict=True):
        m = re.match(r"\x01([^\x02]+)\x02", ex.text)
        if ex.family == "obfuscated" or (ex.family == "hard" and not m):
            lang = "?"  # encoded payloads and encoded hard negatives: not attributed
        else:
            assert m and ex.text[m.end():].strip() == plain.text, (ex.family, plain.text[:80])
            lang = m.group(1)
        langs.setdefault(ex.family, Counter())[lang] += 1

    print(f"set {templates.name}, seed {seed}: {len(first)} texts")
    print(f"{'family':<13}{'texts':>6}{'templates':>10}{'langs':>6}{'non-en':>8}{'>300ch':>8}  languages (texts)")
    for family in (*ATTACK_FAMILIES, "benign", "hard"):
        texts = by_family[family]
        counts = langs[family]
        known = sum(v for k, v in counts.items() if k != "?")
        non_en = sum(v for k, v in counts.items() if k not in ("en", "?"))
        share = non_en / known if known else float("nan")
        if family == "obfuscated":  # payload share by template, weighted as generate draws them
            payload = [lang for lang, _ in languages["obfuscated"]]
            share = sum(lang != "en" for lang in payload) / len(payload)
        elif family in ("benign", "hard"):
            share = non_en / len(texts)  # encoded hard negatives count as English
        long_share = sum(len(t) > 300 for t in texts) / len(texts)
        n_templates = len(languages[family])
        print(f"{family:<13}{len(texts):>6}{n_templates:>10}{len({lang for lang, _ in languages[family]}):>6}"
              f"{share:>8.0%}{long_share:>8.0%}  " + ", ".join(f"{k}:{v}" for k, v in counts.most_common()))
        if family in ATTACK_FAMILIES:
            assert share >= 0.15, (family, share)
        else:
            assert share >= 1 / 3, (family, share)
            assert long_share >= 0.25, (family, long_share)
    print("all checks passed (no detector run)")

