"""Batch drift benchmark: modelward against Evidently's DataDriftPreset and Alibi Detect's TabularDrift on
the same generated tables, side by side: which known shifts each flags, false alarms on 100 unshifted
columns, wall time, CPU time and peak memory.

    python bench/monitor/run.py --rows 100000 1000000 [--tools modelward evidently alibi]

Each tool runs in its own process and virtualenv (modelward: .venv; Evidently: bench/.venv-evidently;
Alibi Detect: bench/.venv-alibi), reading the same Parquet files; the tables are generated once under
bench/monitor/data (bench/monitor/data.py says what is shifted). Results go to bench/monitor/results/.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from data import NEGLIGIBLE, SHIFTS, generate  # noqa: E402

PYTHONS = {"modelward": ROOT / ".venv" / "bin" / "python",
           "evidently": ROOT / "bench" / ".venv-evidently" / "bin" / "python",
           "alibi": ROOT / "bench" / ".venv-alibi" / "bin" / "python"}


def run_tool(tool: str, ref: Path, cur: Path, timeout: float) -> dict:
    python = PYTHONS[tool]
    if not python.exists():
        return {"error": f"{python} missing (see bench/monitor/README.md to install it)"}
    try:
        proc = subprocess.run([str(python), str(HERE / "tools.py"), tool, str(ref), str(cur)], capture_output=True,
                              text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report_from_saved(rows: list[int], null_rows: int) -> str:
    """The report again from the saved results (no tool is run)."""
    out_dir = HERE / "results"
    lines: list[str] = []
    for n in rows:
        results = json.loads((out_dir / f"shifted_{n}.json").read_text())
        if "alibi" in results and "error" not in results["alibi"]:
            results["alibi+bonferroni"] = bonferroni(results["alibi"])
        lines += summarise(n, results, None)
        if n == null_rows and (out_dir / f"null_{n}.json").exists():
            nulls = json.loads((out_dir / f"null_{n}.json").read_text())
            if "alibi" in nulls and "error" not in nulls["alibi"]:
                nulls["alibi+bonferroni"] = bonferroni(nulls["alibi"])
            lines += summarise(n, None, nulls)
    return "\n".join(lines)


def _cell(tool: str, result: dict, column: str) -> str:
    if "error" in result:
        return "error"
    score = result["scores"].get(column, {})
    if tool == "modelward":
        verdict = score.get("verdict", "?")
        mark = {"drift": "yes", "negligible": "negligible", "no drift": "no"}.get(verdict, verdict)
        return f"{mark} (p {score.get('adjusted_p', 1):.1e}, {score.get('effect', 0):.3f})"
    flagged = column in result["flagged"]
    value = score.get("score", score.get("p_value"))
    return f"{'yes' if flagged else 'no'} ({value:.3g})" if isinstance(value, float) else ("yes" if flagged else "no")


def shift_table(results: dict[str, dict], tools: list[str]) -> list[str]:
    lines = ["| column | shift | " + " | ".join(tools) + " |", "| --- | --- |" + " --- |" * len(tools)]
    for column, shift in SHIFTS.items():
        lines.append(f"| {column} | {shift} | " + " | ".join(_cell(t, results[t], column) for t in tools) + " |")
    return lines


def bonferroni(result: dict, alpha: float = 0.05) -> dict:
    """Alibi Detect's per-feature verdicts are uncorrected (its correction applies to the batch verdict):
    the same result with Bonferroni applied to its own p-values."""
    scores = result.get("scores", {})
    flagged = [n for n, s in scores.items() if s.get("p_value", 1.0) < alpha / max(1, len(scores))]
    return {**result, "flagged": flagged}


def caught(tool: str, result: dict) -> int:
    """Shifts flagged; for modelward the tiny shift counts when called negligible (flagged, not paged)."""
    if "error" in result:
        return 0
    hits = set(result["flagged"]) | (set(result.get("negligible", [])) & NEGLIGIBLE)
    return len(hits & set(SHIFTS))


def summarise(rows: int, results: dict | None, nulls: dict | None) -> list[str]:
    """Markdown lines for one size: the shift table and per-tool totals, or the null-table totals."""
    order = ("modelward", "evidently", "alibi", "alibi+bonferroni")
    results = None if results is None else {t: results[t] for t in order if t in results}
    nulls = None if nulls is None else {t: nulls[t] for t in order if t in nulls}
    lines: list[str] = []
    if results is not None:
        lines += [f"\n### {rows:,} rows x 25 columns (13 shifted)\n", *shift_table(results, list(results)), ""]
        for t, r in results.items():
            if "error" in r:
                lines.append(f"- {t}: {r['error']}")
                continue
            unshifted = sorted(set(r["flagged"]) - set(SHIFTS))
            lines.append(f"- {t}: {caught(t, r)} of {len(SHIFTS)} shifts, {len(unshifted)} false alarm(s) among the "
                         f"12 unshifted {unshifted or ''}; wall {r['wall_s']} s, CPU {r['cpu_s']} s, peak "
                         f"+{r['peak_extra_mb']} MB")
    if nulls is not None:
        lines.append(f"\nFalse alarms on the 100 unshifted columns at {rows:,} rows:")
        for t, r in nulls.items():
            extra = f", {len(r.get('negligible', []))} negligible" if t == "modelward" and "error" not in r else ""
            lines.append(f"- {t}: " + (r["error"] if "error" in r else
                                       f"{len(r['flagged'])} flagged{extra}; wall {r['wall_s']} s, CPU "
                                       f"{r['cpu_s']} s, peak +{r['peak_extra_mb']} MB"))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--tools", nargs="+", default=["modelward", "evidently", "alibi"], choices=list(PYTHONS))
    parser.add_argument("--null-rows", type=int, default=100_000, help="rows of the 100-column null table")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--report-only", action="store_true", help="rebuild the report from saved results")
    args = parser.parse_args()
    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    if args.report_only:
        text = report_from_saved(args.rows, args.null_rows)
    else:
        for rows in args.rows:
            paths = generate(rows, HERE / "data", null=rows == args.null_rows)
            kinds = ("shifted", "null") if rows == args.null_rows else ("shifted",)
            for kind in kinds:
                saved = out_dir / f"{kind}_{rows}.json"
                results = json.loads(saved.read_text()) if saved.exists() else {}  # other tools' runs are kept
                results |= {t: run_tool(t, paths[f"{kind}_ref"], paths[f"{kind}_cur"], args.timeout)
                            for t in args.tools}
                saved.write_text(json.dumps(results, indent=1))
        text = report_from_saved(args.rows, args.null_rows)
    (out_dir / "report.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
