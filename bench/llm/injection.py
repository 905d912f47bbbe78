"""Injection bench: the shipped detector (and the opt-in learnt combiner) on template sets B (seed 1), C (seed 2),
D (seed 3), E (seed 4), F (seed 10), H (seed 12) to Z (seed 30), AA (seed 31) to AZ (seed 56) and BA (57) to BG (63),
per family, beside the offline anchors; latency per prompt on one thread.

    .venv/bin/python bench/llm/injection.py [--sets BA,BB,BC,BD] [--per-family 300] [--anchor-sample 15]

Since round 9 (README.md) the models learn samples (seed 100; `modelward.llm.injection.train`) of B-F, H-Z,
AA-AL and AQ-AS, so figures on those sets are figures on seen templates. Held out from the models: AM-AP, AT-AW
and BA-BD (the judges of rounds 9-11, spent), AX-AZ, and BE-BG (the learnt combiner's data since round 11).
README.md says who wrote each set and how often each was measured.

Anchors run in bench/.venv-llm (see README.md) on a stratified sample (`--anchor-sample` prompts per family;
Rebuff's heuristic takes over a second a prompt). Prints a table; writes bench/llm/results-injection.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from corpus_aa import TEMPLATES as SET_AA  # noqa: E402
from corpus_ab import TEMPLATES as SET_AB  # noqa: E402
from corpus_ac import TEMPLATES as SET_AC  # noqa: E402
from corpus_ad import TEMPLATES as SET_AD  # noqa: E402
from corpus_ae import TEMPLATES as SET_AE  # noqa: E402
from corpus_af import TEMPLATES as SET_AF  # noqa: E402
from corpus_ag import TEMPLATES as SET_AG  # noqa: E402
from corpus_ah import TEMPLATES as SET_AH  # noqa: E402
from corpus_ai import TEMPLATES as SET_AI  # noqa: E402
from corpus_aj import TEMPLATES as SET_AJ  # noqa: E402
from corpus_ak import TEMPLATES as SET_AK  # noqa: E402
from corpus_al import TEMPLATES as SET_AL  # noqa: E402
from corpus_am import TEMPLATES as SET_AM  # noqa: E402
from corpus_an import TEMPLATES as SET_AN  # noqa: E402
from corpus_ao import TEMPLATES as SET_AO  # noqa: E402
from corpus_ap import TEMPLATES as SET_AP  # noqa: E402
from corpus_aq import TEMPLATES as SET_AQ  # noqa: E402
from corpus_ar import TEMPLATES as SET_AR  # noqa: E402
from corpus_as import TEMPLATES as SET_AS  # noqa: E402
from corpus_at import TEMPLATES as SET_AT  # noqa: E402
from corpus_au import TEMPLATES as SET_AU  # noqa: E402
from corpus_av import TEMPLATES as SET_AV  # noqa: E402
from corpus_aw import TEMPLATES as SET_AW  # noqa: E402
from corpus_ax import TEMPLATES as SET_AX  # noqa: E402
from corpus_ay import TEMPLATES as SET_AY  # noqa: E402
from corpus_az import TEMPLATES as SET_AZ  # noqa: E402
from corpus_b import TEMPLATES as SET_B  # noqa: E402
from corpus_ba import TEMPLATES as SET_BA  # noqa: E402
from corpus_bb import TEMPLATES as SET_BB  # noqa: E402
from corpus_bc import TEMPLATES as SET_BC  # noqa: E402
from corpus_bd import TEMPLATES as SET_BD  # noqa: E402
from corpus_be import TEMPLATES as SET_BE  # noqa: E402
from corpus_bf import TEMPLATES as SET_BF  # noqa: E402
from corpus_bg import TEMPLATES as SET_BG  # noqa: E402
from corpus_bh import TEMPLATES as SET_BH  # noqa: E402
from corpus_bi import TEMPLATES as SET_BI  # noqa: E402
from corpus_bj import TEMPLATES as SET_BJ  # noqa: E402
from corpus_bk import TEMPLATES as SET_BK  # noqa: E402
from corpus_bl import TEMPLATES as SET_BL  # noqa: E402
from corpus_bm import TEMPLATES as SET_BM  # noqa: E402
from corpus_bn import TEMPLATES as SET_BN  # noqa: E402
from corpus_bo import TEMPLATES as SET_BO  # noqa: E402
from corpus_c import TEMPLATES as SET_C  # noqa: E402
from corpus_d import TEMPLATES as SET_D  # noqa: E402
from corpus_e import TEMPLATES as SET_E  # noqa: E402
from corpus_f import TEMPLATES as SET_F  # noqa: E402
from corpus_h import TEMPLATES as SET_H  # noqa: E402
from corpus_i import TEMPLATES as SET_I  # noqa: E402
from corpus_j import TEMPLATES as SET_J  # noqa: E402
from corpus_k import TEMPLATES as SET_K  # noqa: E402
from corpus_l import TEMPLATES as SET_L  # noqa: E402
from corpus_m import TEMPLATES as SET_M  # noqa: E402
from corpus_n import TEMPLATES as SET_N  # noqa: E402
from corpus_o import TEMPLATES as SET_O  # noqa: E402
from corpus_p import TEMPLATES as SET_P  # noqa: E402
from corpus_q import TEMPLATES as SET_Q  # noqa: E402
from corpus_r import TEMPLATES as SET_R  # noqa: E402
from corpus_s import TEMPLATES as SET_S  # noqa: E402
from corpus_t import TEMPLATES as SET_T  # noqa: E402
from corpus_u import TEMPLATES as SET_U  # noqa: E402
from corpus_v import TEMPLATES as SET_V  # noqa: E402
from corpus_w import TEMPLATES as SET_W  # noqa: E402
from corpus_x import TEMPLATES as SET_X  # noqa: E402
from corpus_y import TEMPLATES as SET_Y  # noqa: E402
from corpus_z import TEMPLATES as SET_Z  # noqa: E402

from modelward.llm.injection.corpus import ATTACK_FAMILIES, generate  # noqa: E402
from modelward.llm.injection.detector import InjectionDetector  # noqa: E402

FAMILIES = (*ATTACK_FAMILIES, "benign", "hard")
SETS = {"B": (SET_B, 1), "C": (SET_C, 2), "D": (SET_D, 3), "E": (SET_E, 4), "F": (SET_F, 10),  # template set, seed
        "H": (SET_H, 12), "I": (SET_I, 13), "J": (SET_J, 14),
        "K": (SET_K, 15), "L": (SET_L, 16), "M": (SET_M, 17),
        "N": (SET_N, 18), "O": (SET_O, 19), "P": (SET_P, 20), "Q": (SET_Q, 21),
        "R": (SET_R, 22), "S": (SET_S, 23), "T": (SET_T, 24), "U": (SET_U, 25), "V": (SET_V, 26),
        "W": (SET_W, 27), "X": (SET_X, 28), "Y": (SET_Y, 29), "Z": (SET_Z, 30),
        "AA": (SET_AA, 31), "AB": (SET_AB, 32), "AC": (SET_AC, 33), "AD": (SET_AD, 34), "AE": (SET_AE, 35),
        "AF": (SET_AF, 36), "AG": (SET_AG, 37), "AH": (SET_AH, 38), "AI": (SET_AI, 39), "AJ": (SET_AJ, 40),
        "AK": (SET_AK, 41), "AL": (SET_AL, 42), "AM": (SET_AM, 43), "AN": (SET_AN, 44),
        "AO": (SET_AO, 45), "AP": (SET_AP, 46), "AQ": (SET_AQ, 47), "AR": (SET_AR, 48), "AS": (SET_AS, 49),
        "AT": (SET_AT, 50), "AU": (SET_AU, 51), "AV": (SET_AV, 52), "AW": (SET_AW, 53), "AX": (SET_AX, 54),
        "AY": (SET_AY, 55), "AZ": (SET_AZ, 56), "BA": (SET_BA, 57), "BB": (SET_BB, 58), "BC": (SET_BC, 59),
        "BD": (SET_BD, 60), "BE": (SET_BE, 61), "BF": (SET_BF, 62), "BG": (SET_BG, 63),
        "BH": (SET_BH, 64), "BI": (SET_BI, 65), "BJ": (SET_BJ, 66), "BK": (SET_BK, 67),
        "BL": (SET_BL, 68), "BM": (SET_BM, 69), "BN": (SET_BN, 70), "BO": (SET_BO, 71)}


def _rates(flags: list[bool], families: list[str]) -> dict[str, tuple[float, int]]:
    by: dict[str, list[bool]] = defaultdict(list)
    for f, fam in zip(flags, families, strict=True):
        by[fam].append(f)
    return {fam: (float(np.mean(v)), len(v)) for fam, v in by.items()}


def _ours(name: str, detector: InjectionDetector, texts: list[str]) -> tuple[list[bool], list[float], list[float]]:
    """Flags, wall seconds and CPU seconds per prompt (CPU time moves far less with the machine's load)."""
    detector.score_many(texts[:50])  # warm the caches of the vectorisers (not the normalisation cache)
    flags, seconds, cpu = [], [], []
    for t in texts:
        s, c = time.perf_counter(), time.process_time()
        flags.append(detector.score(t + " ").flagged)  # a fresh string: no normalisation cache hit
        seconds.append(time.perf_counter() - s)
        cpu.append(time.process_time() - c)
    return flags, seconds, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="BA,BB,BC,BD", help="template sets (held out from models and combiner: BA-BD)")
    ap.add_argument("--per-family", type=int, default=300)
    ap.add_argument("--anchor-sample", type=int, default=15)
    ap.add_argument("--anchors", default="rebuff-heuristic,llm-guard-invisible-text",
                    help="anchors to run (Rebuff's heuristic takes seconds per prompt)")
    args = ap.parse_args()
    all_results = {}
    for name in args.sets.split(","):
        if name not in SETS:
            ap.error(f"--sets: unknown template set {name!r} (known: {', '.join(SETS)})")
        templates, seed = SETS[name]
        all_results[name] = _run_set(name, templates, seed, args.per_family, args.anchor_sample, args.anchors)
    (HERE / "results-injection.json").write_text(json.dumps(all_results, indent=1) + "\n")


def _run_set(set_name: str, templates: object, seed: int, per_family: int, anchor_sample: int,
             anchor_names: str) -> dict[str, dict[str, object]]:
    examples = generate(templates, seed, per_family=per_family, benign=1000, hard=1000)  # type: ignore[arg-type]
    texts, families = [e.text for e in examples], [e.family for e in examples]
    full = InjectionDetector.default()
    layered = float(full.model.meta["threshold"])  # the noisy-OR's threshold: an ablation has no combiner
    systems = {
        "modelward (full)": full,
        "modelward, learnt combiner (opt-in)": InjectionDetector.default(combined=True),
        "modelward, noisy-OR (no combiner)": InjectionDetector(full.model, layered, window_model=full.window_model),
        "modelward rules only": InjectionDetector(full.model, layered, use_model=False),
        "modelward model only": InjectionDetector(full.model, layered, use_rules=False, window_model=full.window_model),
        "modelward without normalisation": InjectionDetector(full.model, layered, use_normalisation=False,
                                                             window_model=full.window_model),
    }
    results: dict[str, dict[str, object]] = {}
    for name, detector in systems.items():
        flags, seconds, cpu = _ours(name, detector, texts)
        results[name] = {"rates": _rates(flags, families), "p50_ms": 1000 * float(np.percentile(seconds, 50)),
                         "p99_ms": 1000 * float(np.percentile(seconds, 99)), "n": len(texts),
                         "cpu_p50_ms": 1000 * float(np.percentile(cpu, 50)),
                         "cpu_p99_ms": 1000 * float(np.percentile(cpu, 99))}
    rng = np.random.default_rng(0)
    sample = [i for fam in FAMILIES for i in rng.permutation([j for j, f in enumerate(families) if f == fam])
              [: anchor_sample].tolist()]
    venv_python = HERE.parent / ".venv-llm" / "bin" / "python"
    if venv_python.exists() and anchor_sample > 0:
        with tempfile.TemporaryDirectory() as tmp:
            inp, out = Path(tmp) / "in.json", Path(tmp) / "out.json"
            inp.write_text(json.dumps([texts[i] for i in sample]))
            subprocess.run([str(venv_python), str(HERE / "anchors.py"), str(inp), str(out), anchor_names], check=True,
                           stderr=subprocess.DEVNULL)
            anchors = json.loads(out.read_text())
        fams = [families[i] for i in sample]
        for name, r in anchors.items():
            scores = np.array(r["scores"])
            timing = {"p50_ms": 1000 * float(np.percentile(r["seconds"], 50)),
                      "p99_ms": 1000 * float(np.percentile(r["seconds"], 99)), "n": len(sample)}
            cuts = {"": 0.75 if name == "rebuff-heuristic" else 0.5}
            if name == "rebuff-heuristic":  # also at the cut that flags 2% of this sample's hard negatives
                hard = np.sort(scores[np.array(fams) == "hard"])[::-1]
                cuts[" at 2% hard FPR"] = float(np.nextafter(hard[int(0.02 * len(hard))], 1.0))
            for suffix, cut in cuts.items():
                results[f"{name}{suffix} (sample)"] = {"rates": _rates((scores > cut).tolist(), fams), **timing,
                                                       "threshold": cut}
        sub = InjectionDetector.default()
        flags = [d.flagged for d in sub.score_many([texts[i] for i in sample])]
        results["modelward (full) (sample)"] = {"rates": _rates(flags, fams), "p50_ms": float("nan"),
                                                "p99_ms": float("nan"), "n": len(sample)}
    elif anchor_sample > 0:
        print("anchors not run: create bench/.venv-llm (see bench/llm/README.md)", file=sys.stderr)
    header = (f"{'system':34s}" + "".join(f"{f[:8]:>9s}" for f in FAMILIES) + f"{'p50 ms':>8s}{'p99 ms':>8s}"
              f"{'cpu p50':>8s}{'cpu p99':>8s}")
    load = os.getloadavg()
    print(f"\nheld-out set {set_name} (seed {seed}): " + ", ".join(
        f"{f} {results['modelward (full)']['rates'][f][1]}" for f in FAMILIES))  # type: ignore[index]
    print(f"attack families: recall; benign and hard: false-positive rate; load average {load[0]:.1f} "
          f"{load[1]:.1f} {load[2]:.1f}")
    print(header)
    for name, r in results.items():
        rates = r["rates"]
        print(f"{name:34s}" + "".join(f"{rates[f][0]:9.3f}" for f in FAMILIES)  # type: ignore[index]
              + f"{r['p50_ms']:8.2f}{r['p99_ms']:8.2f}{r.get('cpu_p50_ms', float('nan')):8.2f}"
              f"{r.get('cpu_p99_ms', float('nan')):8.2f}")
    return results


if __name__ == "__main__":
    main()
