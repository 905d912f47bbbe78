"""`modelward assess`: measure a model's exposure on data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from modelward.cli.common import emit, err_console, finish, parse_severity


def assess_command(
    model: Annotated[str | None, typer.Option("--model", "-m", help="Model file (.onnx, .pkl, .joblib, ...) or URL.")
                     ] = None,
    data: Annotated[Path | None, typer.Option("--data", "-d", help="Assessment data: CSV, Parquet or NPZ.")] = None,
    target: Annotated[str | None, typer.Option("--target", "-t", help="Name of the label column.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Directory to write reports to.")] = None,
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Formats for --out: json,sarif,html.")
    ] = "json,sarif,html",
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on a finding at or above this severity.")] = "high",
    trust: Annotated[
        list[Path] | None, typer.Option("--trust", help="Checked model file: admit classes outside the allowlist.")
    ] = None,
    only: Annotated[list[str] | None, typer.Option("--only", help="Run only checks whose id starts with this.")] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds to wait for a remote endpoint.")] = None,
    spec: Annotated[
        Path | None, typer.Option("--spec", help="TOML file declaring feature bounds, kinds and mutability.")
    ] = None,
    settings: Annotated[list[str] | None, typer.Option("--set", "-s", help=(
        "Check parameter NAME=VALUE for every selected check that takes NAME, or CHECK_ID.NAME=VALUE for one "
        "(repeat; `modelward plugins show ID` lists them)."))] = None,
    eps: Annotated[
        list[float] | None,
        typer.Option("--eps", help="Evasion budget as a share of each feature's range; repeat for several."),
    ] = None,
    norm: Annotated[str | None, typer.Option("--norm", help="Evasion norm: linf or l2.")] = None,
    evasion_rows: Annotated[int | None, typer.Option("--evasion-rows", help=(
        "Rows the evasion attacks run on (same as --set robustness.evasion.rows=N)."))] = None,
    reference: Annotated[Path | None, typer.Option("--reference", help=(
        "Data the model is known to work on (CSV, Parquet or NPZ, with the target): runs the drift checks."))] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name of the model in the reports.")] = None,
    sensitive: Annotated[list[str] | None, typer.Option("--sensitive", help=(
        "Sensitive attribute column (repeat for several): group fairness and proxy checks; kept out of the "
        "model's features when the model does not take it."))] = None,
    seed: Annotated[int, typer.Option(help="Random seed for reproducible measurements.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report on stdout.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show each finding's evidence.")] = False,
    llm: Annotated[str | None, typer.Option("--llm", metavar="ENDPOINT", help=(
        "Red-team an OpenAI-compatible LLM endpoint (base URL, e.g. http://127.0.0.1:8080/v1) with the llm.probe.* "
        "checks instead of a model on data; its key from $MODELWARD_LLM_TOKEN."))] = None,
    llm_model: Annotated[str, typer.Option("--llm-model", help="Model name sent to the LLM endpoint.")] = "",
    llm_proxy: Annotated[str | None, typer.Option("--llm-proxy", metavar="URL", help=(
        "Also run the probes through this guard proxy (e.g. modelward serve --llm), its key from "
        "$MODELWARD_PROXY_TOKEN, and report both."))] = None,
    policy: Annotated[Path | None, typer.Option("--policy", help=(
        "A gateway policy (modelward serve): run the checks through the API without it and with its output "
        "hardening and guards, and report what it changes (pass the training rows as --reference)."))] = None,
    role: Annotated[str, typer.Option("--role", help="The role whose output hardening --policy applies.")] = "client",
) -> None:
    """Run every applicable check on MODEL with DATA (or the LLM probes on --llm ENDPOINT) and report the
    findings."""
    from modelward.api import assess
    from modelward.cli.common import shortcut_params
    from modelward.core.errors import ConfigError
    from modelward.core.params import parse_assignments

    parse_severity(fail_on)  # fail on a bad option before doing any work
    if llm is not None:
        return _assess_llm(llm, llm_model, llm_proxy, only or (), seed, parse_assignments(settings or []),
                           timeout, as_json, formats, out, verbose, fail_on)
    missing = [o for o, v in (("--model", model), ("--data", data), ("--target", target)) if v is None]
    if missing:
        raise typer.BadParameter(f"missing option(s) {', '.join(missing)} (or --llm ENDPOINT)")
    assert model is not None and data is not None and target is not None
    if policy is not None and sensitive:
        raise typer.BadParameter("--policy and --sensitive cannot be combined; run them separately")
    params = shortcut_params(parse_assignments(settings or []), eps=eps, norm=norm)
    params = shortcut_params(params, **{"robustness.evasion.rows": evasion_rows})
    input_spec = None
    if spec is not None:
        from modelward.core.adapters.spec import parse_spec

        try:
            input_spec = parse_spec(spec.read_text(encoding="utf-8"), source=str(spec))
        except OSError as exc:
            raise ConfigError(f"{spec}: cannot read the spec file: {exc.strerror or exc}") from None
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=as_json,
    ) as bar:
        task = bar.add_task("loading", total=None)

        def on_check(check_id: str, done: int, total: int) -> None:
            bar.update(task, description=check_id or "done", completed=done, total=total)

        if policy is not None:
            report = _assess_policy(model, data, target, policy, role, trust=[str(p) for p in trust or ()],
                                    only=only or (), seed=seed, params=params, subject=name or model,
                                    input_spec=input_spec, on_check=on_check, reference=reference,
                                    model_options={"timeout": timeout} if timeout is not None else {})
        else:
            report = assess(
                model,
                data,
                target,
                trust=[str(p) for p in trust or ()],
                only=only or (),
                seed=seed,
                params=params,
                name=name,
                input_spec=input_spec,
                on_check=on_check,
                model_options={"timeout": timeout} if timeout is not None else None,
                reference=reference,
                sensitive=tuple(sensitive or ()),
            )
    emit(report, as_json=as_json, formats=formats, out=out, stem="assess", verbose=verbose)
    finish(report, fail_on)


def _assess_policy(model: str, data: Path, target: str, policy_path: Path, role: str, *, trust: list[str],
                   reference: Path | None, model_options: dict[str, Any], **kw: Any) -> Any:
    """The report through the gateway policy, with what it changes per check (see gateway.compare)."""
    from modelward.api import load_model
    from modelward.core.data import as_dataset
    from modelward.gateway.compare import compare
    from modelward.gateway.policy import load_policy

    policy = load_policy(policy_path)
    adapter = load_model(model, trust, **model_options)
    ref = as_dataset(reference, target) if reference is not None else None
    return compare(adapter, data, target, policy, role=role, reference=ref, **kw).report


def _assess_llm(endpoint: str, model: str, proxy: str | None, only: list[str] | tuple[str, ...], seed: int,
                params: dict[str, str], timeout: float | None, as_json: bool, formats: str, out: Path | None,
                verbose: bool, fail_on: str) -> None:
    import os

    from modelward.llm.redteam.assess import assess_llm

    with Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=err_console,
                  transient=True, disable=as_json) as bar:
        task = bar.add_task("probing", total=None)

        def on_check(check_id: str, done: int, total: int) -> None:
            bar.update(task, description=check_id or "done", completed=done, total=total)

        report = assess_llm(endpoint, model=model, token=os.environ.get("MODELWARD_LLM_TOKEN"), proxy=proxy,
                            proxy_token=os.environ.get("MODELWARD_PROXY_TOKEN"), timeout_s=timeout or 60.0,
                            only=tuple(only), seed=seed, params=params, on_check=on_check)
    emit(report, as_json=as_json, formats=formats, out=out, stem="assess-llm", verbose=verbose)
    finish(report, fail_on)
