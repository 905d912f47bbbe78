"""Development figures for the injection detector on the sets engineers may read: fresh samples of set A
(seeds 6 and 7), set B (seed 1), the two multilingual dev sets and set G (seed 11), G also split in two halves
by template (`dev`: read for causes; `check`: only measured), and the held-out sets already measured as judges
(`SPENT_JUDGES`, at their bench seeds): development sets since. Sets never yet measured are never loaded here.

Per set: recall per attack family, false-positive rate on ordinary prompts and hard negatives, and the
false positives split by layer (rules alone would flag / model alone would flag / only together) and by
language (English / other).

    .venv/bin/python bench/llm/dev_eval.py [--sets A6,A7,B,ML,ML2,G] [--dump FILE] [--model DIR] [--set-a FILE]

`--dump` writes every false positive and miss (set, half, family, language, scores, rules, text) as JSON
lines, to read causes from; `--model` scores with another model directory (same threshold rules; its window
model too, unless `--no-window`: the sentence windows then read by the whole-text model, as before it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from modelward.llm.injection.combiner import load_combiner  # noqa: E402
from modelward.llm.injection.corpus import ATTACK_FAMILIES, Example, TemplateSet, generate  # noqa: E402
from modelward.llm.injection.detector import (  # noqa: E402
    WINDOW_MODEL,
    Detection,
    InjectionDetector,
    shipped_model,
)
from modelward.llm.injection.model import load_model  # noqa: E402

FAMILIES = (*ATTACK_FAMILIES, "benign", "hard")
_ENGLISH = re.compile(r"\b(?:the|and|to|of|is|you|your|this|what|how|for|with|please|can|my|it|in)\b", re.I)


@dataclass(frozen=True)
class Item:
    example: Example
    lang: str    # "en" or "other"
    half: str    # "dev" / "check" for set G, "" elsewhere


def _guess_lang(text: str) -> str:
    """English when most letters are ASCII and common English words occur (sets without language tags)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "en"
    ascii_share = sum(c.isascii() for c in letters) / len(letters)
    words = len(text.split()) or 1
    return "en" if ascii_share > 0.9 and len(_ENGLISH.findall(text)) / words > 0.08 else "other"


def _plain(examples: list[Example]) -> list[Item]:
    return [Item(e, _guess_lang(e.text), "") for e in examples]


SET_A_FILE = ""  # --set-a: another version of corpus_a.py (e.g. `git show HEAD:...`), to compare on the same texts


def _set_a(seed: int) -> list[Item]:
    if SET_A_FILE:
        import importlib.util

        spec = importlib.util.spec_from_file_location("corpus_a_other", SET_A_FILE)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        templates = module.TEMPLATES
    else:
        from modelward.llm.injection.corpus_a import TEMPLATES as templates
    return _plain(generate(templates, seed, per_family=300, benign=1000, hard=1000))


def _set_b() -> list[Item]:
    from corpus_b import TEMPLATES

    return _plain(generate(TEMPLATES, 1, per_family=300, benign=1000, hard=1000))


# measured as judges: readable now (since round 9 the models learnt every one of them up to AL)
SPENT_JUDGES = ("P", "Q", "V", "W", "X", "Y", "Z", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP",
                "AT", "AU", "AV", "AW", "BA", "BB", "BC", "BD", "BH", "BI", "BJ", "BK", "BL", "BM", "BN", "BO")


def _set_spent(letter: str) -> list[Item]:
    from injection import SETS

    templates, seed = SETS[letter]
    return _plain(generate(templates, seed, per_family=300, benign=1000, hard=1000))


def _set_ml() -> list[Item]:
    import corpus_ml_dev

    return [Item(e, "other", "") for e in corpus_ml_dev.examples("dev")]


def _set_ml2() -> list[Item]:
    import corpus_ml_dev2

    return [Item(e, "other", "") for e in corpus_ml_dev2.examples()]


def _marked(ts: TemplateSet) -> TemplateSet:
    """`ts` with every top-level template prefixed by `\\x01<family>:<index>\\x02` (slots are not marked, so
    the same seed draws the same phrases)."""
    def mark(fam: str, items: Sequence[str]) -> tuple[str, ...]:
        return tuple(f"\x01{fam}:{i}\x02{t}" for i, t in enumerate(items))

    return TemplateSet(name=ts.name, slots=ts.slots, attacks={f: mark(f, t) for f, t in ts.attacks.items()},
                       benign=mark("benign", ts.benign), hard=mark("hard", ts.hard),
                       obfuscation_wrappers=mark("wrap", ts.obfuscation_wrappers),
                       obfuscation_payload=ts.obfuscation_payload, encoders=ts.encoders,
                       hard_encoded=mark("hardenc", ts.hard_encoded))


def _split(text: str) -> tuple[str, str]:
    """(mark, text without it): the marks are set G's own (`\x01<key>\x02`), read by its splitter."""
    from corpus_g import _split_mark

    return _split_mark(text)


def _generate_marked(ts: TemplateSet, seed: int, **sizes: int) -> list[Example]:
    """`generate` over a marked set, texts told apart without their marks (as the plain run does)."""
    from modelward.llm.injection import corpus

    original = corpus._unique

    def unique(make, n, seen, tries=20):  # type: ignore[no-untyped-def]
        out: list[str] = []
        for _ in range(n * tries):
            if len(out) == n:
                break
            text = re.sub(r"[ \t]+", " ", make()).strip()
            plain = _split(text)[1]
            if text and plain not in seen:
                seen.add(plain)
                out.append(text)
        return out

    corpus._unique = unique
    try:
        return generate(ts, seed, **sizes)
    finally:
        corpus._unique = original


def template_half(key: str) -> str:
    """A template's half of set G, fixed by a hash of its family and index."""
    return "dev" if zlib.crc32(key.encode()) % 2 == 0 else "check"


def _set_g() -> list[Item]:
    import corpus_g

    args = dict(per_family=corpus_g.PER_FAMILY, benign=corpus_g.BENIGN, hard=corpus_g.HARD)
    examples = generate(corpus_g.TEMPLATES, corpus_g.SEED, **args)
    by_template = _generate_marked(_marked(corpus_g.TEMPLATES), corpus_g.SEED, **args)
    by_lang = generate(corpus_g._build(mark=True), corpus_g.SEED, **args)
    keys = [_split(e.text) for e in by_template]
    langs = [corpus_g._split_mark(e.text) for e in by_lang]
    if [t for _, t in keys] != [e.text for e in examples] or [t for _, t in langs] != [e.text for e in examples]:
        raise SystemExit("set G: the marked generations differ from the plain one")
    out = []
    for e, (key, _), (lang, _) in zip(examples, keys, langs, strict=True):
        out.append(Item(e, "en" if lang in ("en", "raw") else "other", template_half(key)))
    return out


LOADERS = {"A6": lambda: _set_a(6), "A7": lambda: _set_a(7), "B": _set_b, "ML": _set_ml, "ML2": _set_ml2, "G": _set_g,
           **{k: (lambda k=k: _set_spent(k)) for k in SPENT_JUDGES}}


def _rate(xs: list[bool]) -> str:
    return f"{sum(xs) / len(xs):.3f}" if xs else "  -  "


def report(name: str, items: list[Item], dets: list[Detection], threshold: float,  # where a layer flags alone
           dump: list[dict[str, object]] | None) -> dict[str, object]:
    """Prints and returns the figures of one set (or half)."""
    by: dict[str, list[bool]] = defaultdict(list)
    layers: dict[str, int] = defaultdict(int)
    langs: dict[str, list[bool]] = defaultdict(list)
    for it, d in zip(items, dets, strict=True):
        fam = it.example.family
        by[fam].append(d.flagged)
        if it.example.label == 0:
            langs[f"{fam}/{it.lang}"].append(d.flagged)
            if d.flagged:
                rules = 1 - (1 - d.rule_score) * (1 - d.signal_score) >= threshold
                model = d.model_score >= threshold
                layers[f"{fam}:" + ("both" if rules and model else "rules" if rules else "model" if model
                                    else "together")] += 1
        if dump is not None and d.flagged != bool(it.example.label):
            dump.append({"set": name, "half": it.half, "family": fam, "lang": it.lang, "score": round(d.score, 3),
                         "rule": round(d.rule_score, 3), "model": round(d.model_score, 3), "view": d.view,
                         "rules": [h.rule for h in d.rules[:3]], "text": it.example.text})
    row = {f: (sum(by[f]) / len(by[f]) if by[f] else None, len(by[f])) for f in FAMILIES}
    print(f"{name:10s}" + "".join(f"{_rate(by[f]):>9s}" for f in FAMILIES)
          + "   FP " + " ".join(f"{k}={v}" for k, v in sorted(layers.items()))
          + "   lang " + " ".join(f"{k}={sum(v)}/{len(v)}" for k, v in sorted(langs.items())))
    return {"rates": row, "layers": dict(layers), "langs": {k: [sum(v), len(v)] for k, v in langs.items()}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="A6,A7,B,ML,ML2,G")
    ap.add_argument("--dump", default="")
    ap.add_argument("--model", default="")
    ap.add_argument("--json", default="")
    ap.add_argument("--no-window", action="store_true", help="sentence windows read by the whole-text model")
    ap.add_argument("--set-a", default="", help="corpus_a.py file to draw the A samples from (default: the package's)")
    args = ap.parse_args()
    global SET_A_FILE
    SET_A_FILE = args.set_a
    if args.model:
        model = load_model(Path(args.model))
        window = None if args.no_window else load_model(Path(args.model), WINDOW_MODEL)
        combiner = load_combiner(Path(args.model))
        detector = InjectionDetector(model, combiner.threshold if combiner else float(model.meta["threshold"]),
                                     window_model=window, combiner=combiner)
    elif args.no_window:
        model = shipped_model()
        detector = InjectionDetector(model, float(model.meta["threshold"]))
    else:
        detector = InjectionDetector.default()
    dump: list[dict[str, object]] | None = [] if args.dump else None
    load = os.getloadavg()
    layers = detector.combiner.rule_threshold if detector.combiner else detector.threshold  # the noisy-OR's
    print(f"threshold {detector.threshold:.4f}; load average {load[0]:.1f}")
    print(f"{'set':10s}" + "".join(f"{f[:8]:>9s}" for f in FAMILIES))
    results = {}
    for name in args.sets.split(","):
        items = LOADERS[name]()
        dets = detector.score_many([it.example.text for it in items])
        results[name] = report(name, items, dets, layers, dump)
        if name == "G":
            for half in ("dev", "check"):
                pick = [i for i, it in enumerate(items) if it.half == half]
                results[f"G-{half}"] = report(f"G-{half}", [items[i] for i in pick], [dets[i] for i in pick],
                                              layers, None)
    if args.dump and dump is not None:
        Path(args.dump).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in dump))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
