"""A Hugging Face model card (markdown with YAML metadata) written from the model's lineage and its scan
and assessment reports: details, intended use, training data, evaluation, known risks per threat with
their mitigations (from the risk register), the security checks run, and how to verify the files.

Nothing is invented: a section without evidence says what is missing ("not assessed", "not stated").
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from modelward.core.report import Report, merge_reports, risk_register
from modelward.integrity.lineage import Lineage


def _yaml_value(value: Any, indent: int = 0) -> str:
    """YAML for str / number / bool / list / dict; strings are JSON-quoted (valid YAML flow scalars)."""
    pad = "  " * indent
    if isinstance(value, Mapping):
        if not value:
            return " {}"
        return "".join(f"\n{pad}{json.dumps(str(k))}:{_yaml_value(v, indent + 1)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        if not value:
            return " []"
        return "".join(f"\n{pad}-{_yaml_value(v, indent + 1)}" for v in value)
    return " " + json.dumps(value)


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _metrics(reports: Sequence[Report]) -> list[tuple[str, str, str, Any]]:
    """(check, finding title, measurement, value) for every numeric measurement in the reports."""
    out = []
    for report in reports:
        for f in report.sorted_findings():
            for name, value in f.evidence.measurements.items():
                if isinstance(value, int | float) and not isinstance(value, bool):
                    out.append((f.check_id, f.title, name, value))
    return out


def model_card(lineage: Lineage, reports: Sequence[Report] = (), *, intended_use: str = "",
               out_of_scope: str = "", license: str = "other", signature_key: str = "") -> str:
    """The model card's markdown text."""
    metrics = _metrics(reports)
    meta: dict[str, Any] = {"license": license, "tags": ["modelward"] + (["signed"] if signature_key else []),
                            "datasets": [d.name for d in lineage.datasets],
                            "metrics": sorted({m[2] for m in metrics})[:20],
                            "modelward": {"root_digest": lineage.manifest.root_digest,
                                          "files": len(lineage.manifest.files),
                                          "signature_key_id": signature_key or None,
                                          "created": lineage.created}}
    lines = ["---" + _yaml_value(meta), "---", "", f"# {lineage.model_name}", ""]
    lines += ["## Model details", "",
              f"- Version: {lineage.version or 'not stated'}; card written {lineage.created}",
              f"- Files: {len(lineage.manifest.files)}, root digest (SHA-256 over the files' digests) "
              f"`{lineage.manifest.root_digest}`"]
    if lineage.code is not None:
        lines.append(f"- Code: {lineage.code.remote or lineage.code.path} at "
                     f"{lineage.code.revision or 'an unknown revision'}"
                     + (f" (branch {lineage.code.branch})" if lineage.code.branch else ""))
    env = lineage.environment
    if env:
        lines.append(f"- Environment: Python {env.get('python')} on {env.get('platform')}, "
                     f"{len(env.get('packages', {}))} packages recorded in the provenance")
    if lineage.hyperparameters:
        lines += ["", "| hyperparameter | value |", "|---|---|"]
        lines += [f"| {_cell(k)} | {_cell(json.dumps(v))} |" for k, v in lineage.hyperparameters.items()]
    lines += ["", "## Intended use", "", intended_use or "Not stated by the publisher."]
    if out_of_scope:
        lines += ["", "Out of scope: " + out_of_scope]
    lines += ["", "## Training data", ""]
    if lineage.datasets:
        lines += ["| dataset | bytes | SHA-256 |", "|---|---:|---|"]
        lines += [f"| {_cell(d.name)} | {d.size} | `{d.sha256}` |" for d in lineage.datasets]
    else:
        lines.append("Not recorded: no training dataset was given when this card was written.")
    lines += ["", "## Evaluation", ""]
    if metrics:
        lines += ["| check | finding | measurement | value |", "|---|---|---|---:|"]
        lines += [f"| {c} | {_cell(t)} | {n} | {v:.4g} |" for c, t, n, v in metrics[:60]]
    else:
        lines.append("Not assessed: no assessment report was given (run `modelward assess` and pass its JSON).")
    lines += _risks(reports)
    lines += _checks(lineage)
    lines += ["", "## Verify these files", "", "```bash",
              "modelward verify MODEL_DIR --key PUBLIC_KEY.pem --require scan-clean"
              if any(r.kind == "scan" for r in lineage.reports) else "modelward verify MODEL_DIR --key PUBLIC_KEY.pem",
              "```", ""]
    return "\n".join(lines)


def _risks(reports: Sequence[Report]) -> list[str]:
    lines = ["", "## Known risks and mitigations", ""]
    if not reports:
        return [*lines, "Not assessed: no report was given, so every threat keeps its default risk."]
    entries = risk_register(merge_reports(reports))
    shown = [e for e in entries if e.assessed or e.mitigations_applied]
    lines += ["| threat | risk | basis | evidence | mitigations applied | mitigations recommended |",
              "|---|---|---|---|---|---|"]
    lines += [f"| {e.threat} | {e.level} ({e.likelihood}x{e.impact}) | {e.basis} | {_cell(e.reason)} | "
              f"{', '.join(e.mitigations_applied) or 'none'} | {', '.join(e.mitigations_recommended) or '-'} |"
              for e in shown]
    rest = [e.threat for e in entries if e not in shown]
    if rest:
        lines += ["", f"Not assessed (default risk from the taxonomy): {', '.join(rest)}."]
    return lines


def _checks(lineage: Lineage) -> list[str]:
    lines = ["", "## Security checks", ""]
    if not lineage.reports:
        return [*lines, "No scan or assessment report is bound to this card."]
    for r in lineage.reports:
        cover = f"; {len(r.scanned)} file(s) scanned" + (f", not covered: {', '.join(r.not_covered[:5])}"
                                                          if r.not_covered else "")
        lines.append(f"- `{r.command}` report {r.report} (SHA-256 `{r.report_sha256[:16]}...`): **{r.verdict}**"
                     + (f", worst finding {r.worst}" if r.worst else "") + (cover if r.kind == "scan" else ""))
    return lines
