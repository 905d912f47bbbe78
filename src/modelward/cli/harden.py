"""`modelward harden`: apply one registered mitigation, write the hardened model and the before/after report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from modelward.cli.common import emit, err_console, finish, parse_severity
from modelward.core.output import atomic_write


def save_artifact(artifact: Any, out: Path, stem: str = "hardened") -> list[Path]:
    """Torch modules: state_dict as safetensors when installed, else torch.save; scikit-learn: joblib.
    Lists (ensembles) are saved one file per member; an artifact with its own `save(path)` (a fitted
    adversarial detector: JSON + safetensors) saves itself in `<stem>-<kind>/`; a wrapper saves nothing."""
    import sys

    out.mkdir(parents=True, exist_ok=True)
    if isinstance(artifact, list):
        return [p for i, a in enumerate(artifact) for p in save_artifact(a, out, f"{stem}-member{i}")]
    save = getattr(artifact, "save", None)
    if callable(save) and not hasattr(artifact, "get_params"):  # not a scikit-learn estimator
        kind = type(artifact).__name__.lower().removeprefix("adversarial")
        return list(save(out / f"{stem}-{kind}"))
    torch = sys.modules.get("torch")
    if torch is not None and isinstance(artifact, torch.nn.Module):
        state = {k: v.detach().cpu().contiguous() for k, v in artifact.state_dict().items()}
        try:
            from safetensors.torch import save_file
        except ImportError:
            path = out / f"{stem}.pt"
            atomic_write(path, lambda p: torch.save(state, p))
        else:
            path = out / f"{stem}.safetensors"
            atomic_write(path, lambda p: save_file(state, str(p)))
        return [path]
    if hasattr(artifact, "fit") and hasattr(artifact, "predict"):
        import joblib

        path = out / f"{stem}.joblib"
        atomic_write(path, lambda p: joblib.dump(artifact, p))
        return [path]
    return []


def harden_command(
    model: Annotated[str, typer.Option("--model", "-m", help="Model file (.pt, .pkl, .joblib, .onnx) to harden.")],
    data: Annotated[Path, typer.Option("--data", "-d", help="Training data: CSV, Parquet or NPZ.")],
    target: Annotated[str, typer.Option("--target", "-t", help="Name of the label column.")],
    mitigation: Annotated[str, typer.Option("--mitigation", help=(
        "A registered mitigation: its id or last part, e.g. adversarial-training or robustness.detection "
        "(`modelward plugins --kind mitigation` lists them, `modelward plugins show ID` their parameters)."))],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the hardened model and the reports.")],
    eval_data: Annotated[Path | None, typer.Option("--eval-data", help=(
        "Held-out rows to measure on (default: eval_fraction of --data, stratified)."))] = None,
    settings: Annotated[list[str] | None, typer.Option("--set", "-s", help=(
        "Mitigation parameter NAME=VALUE (repeat); lists as a,b or [a, b]."))] = None,
    eps: Annotated[list[float] | None, typer.Option("--eps", help=(
        "Budget as a share of each feature's range, as in assess (same as --set eps=...); repeat for several."
    ))] = None,
    norm: Annotated[str | None, typer.Option(help="linf or l2 (same as --set norm=...).")] = None,
    formats: Annotated[str, typer.Option("--format", "-f", help="Report formats.")] = "json,sarif,html",
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on a finding at or above this severity.")] = "high",
    trust: Annotated[list[Path] | None, typer.Option("--trust", help="Model file you checked (see assess).")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name of the model in the reports.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report on stdout.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show each finding's evidence.")] = False,
) -> None:
    """Apply one mitigation to MODEL, measure before/after on the same attacks, write the hardened model."""
    from modelward import __version__
    from modelward.api import harden
    from modelward.cli.common import shortcut_params
    from modelward.core.params import parse_assignments
    from modelward.core.report import InputRecord, Metadata, Report

    parse_severity(fail_on)
    params = shortcut_params(parse_assignments(settings or []), eps=eps, norm=norm)
    with err_console.status(f"hardening with {mitigation}"):
        result = harden(model, data, mitigation, target, holdout=eval_data, params=params,
                        trust=[str(p) for p in trust or ()], seed=seed)
    written = save_artifact(result.artifact, out)
    config = out / "hardened.json"
    atomic_write(config, lambda p: p.write_text(json.dumps(
        {"mitigation": result.mitigation_id, "summary": result.applied.summary, "parameters": result.parameters,
         "model_files": [w.relative_to(out).as_posix() for w in written], "notes": list(result.notes),
         "flags": list(result.flags)},
        indent=2, default=str) + "\n", encoding="utf-8"))
    for note in result.notes:
        err_console.print(f"note: {note}", markup=False)
    for path in [*written, config]:
        err_console.print(f"wrote {path}")
    inputs = [InputRecord.of_file(p, role) for p, role in ((model, "model"), (data, "data")) if Path(p).is_file()]
    report = Report(metadata=Metadata(tool_version=__version__, command=f"harden --mitigation {result.mitigation_id}",
                                      subject=name or Path(model).name, inputs=tuple(inputs)),
                    applied=(result.applied,))
    emit(report, as_json=as_json, formats=formats, out=out, stem="harden", verbose=verbose)
    finish(report, fail_on)
