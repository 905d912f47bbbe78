"""`modelward threat-model` (a system described as code -> ranked, evidence-backed threats) and
`modelward incident` (open, preserve, contain, eradicate, recover, review). Thin: parse, call
`modelward.governance`, render."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from modelward.cli.common import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, emit, err_console, parse_severity
from modelward.core.errors import ConfigError


def _write(path: Path, text: str) -> None:
    from modelward.core.output import atomic_write

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    err_console.print(f"wrote {path}")


def threat_model_command(
    system: Annotated[Path | None, typer.Argument(help="The system model (YAML).", show_default=False)] = None,
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on an open threat whose residual risk is at or "
                                                          "above this severity.")] = "high",
    as_json: Annotated[bool, typer.Option("--json", help="Print the core JSON report.")] = False,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Directory for the register, diagram, crosswalk "
                                                                 "and privacy section.")] = None,
    formats: Annotated[str, typer.Option("--format", "-f", help="Register formats for --out: json,sarif,html.")]
    = "json,html",
    diff: Annotated[Path | None, typer.Option("--diff", help="An earlier version of the system model: show what "
                                                             "changed in risk.")] = None,
    rules: Annotated[list[Path] | None, typer.Option("--rules", help="An extra rule library (TOML).")] = None,
    layout: Annotated[str, typer.Option("--layout", help="Diagram layout: builtin or graphviz.")] = "builtin",
    today: Annotated[str | None, typer.Option("--today", help="Date acceptances expire against (YYYY-MM-DD).")] = None,
    schema: Annotated[bool, typer.Option("--schema", help="Print the JSON schema of system models and exit.")] = False,
    crosswalk: Annotated[bool, typer.Option("--crosswalk", help="Print the ATLAS / OWASP / NIST CSF / CoSAI / EU AI "
                                                                "Act crosswalk and exit.")] = False,
) -> None:
    """Threats of a system described as code: generated per element from the taxonomy, scored, closed by evidence
    from the components' reports, ranked; exit 1 when an open one reaches --fail-on (a CI gate)."""
    from modelward.governance.crosswalk import crosswalk_markdown

    if schema:
        from modelward.governance.system import system_schema

        sys.stdout.write(json.dumps(system_schema(), indent=1) + "\n")
        raise typer.Exit(EXIT_CLEAN)
    if crosswalk:
        sys.stdout.write(crosswalk_markdown())
        raise typer.Exit(EXIT_CLEAN)
    if system is None:
        raise ConfigError("threat-model: give a system model (YAML), or --schema / --crosswalk")
    severity = parse_severity(fail_on)
    if layout not in ("builtin", "graphviz"):
        raise ConfigError(f"--layout: {layout!r}; expected builtin or graphviz")
    try:
        when = date.fromisoformat(today) if today else None
    except ValueError:
        raise ConfigError(f"--today: {today!r} is not a date (YYYY-MM-DD)") from None
    from modelward.governance import load_system, threat_model, to_report
    from modelward.governance.rules import load_rules

    library = load_rules(tuple(rules or ()))
    model = threat_model(load_system(system), library, when)
    report = to_report(model)
    emit(report, as_json=as_json, formats=formats, out=out, stem="threat-model")
    if out is not None:
        from modelward.governance.dfd import render_graphviz, to_svg
        from modelward.governance.privacy import privacy_markdown
        from modelward.governance.register import model_to_dict

        svg = render_graphviz(model.system, model) if layout == "graphviz" else to_svg(model.system, model)
        _write(out / "threat-model.svg", svg)
        _write(out / "crosswalk.md", crosswalk_markdown({t.threat for t in model.threats}))
        _write(out / "privacy.md", privacy_markdown(model))
        _write(out / "threat-model.register.json", json.dumps(model_to_dict(model), indent=1) + "\n")
    if diff is not None:
        from modelward.governance.diff import diff_models

        changes = diff_models(threat_model(load_system(diff), library, when), model)
        err_console.print(f"risk changes since {diff}: {len(changes) or 'none'}")
        for c in changes:
            err_console.print(f"  {c.change:8} {c.component}/{c.threat}: {c.before} -> {c.after}", highlight=False)
    failing = model.failing(severity)
    if failing:
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_ERROR if report.errors else EXIT_CLEAN)


def register(app: Any) -> None:
    """Add `threat-model` and the `incident` group to the modelward app."""
    app.command("threat-model")(threat_model_command)
    app.add_typer(incident_app, name="incident")


# ---------------------------------------------------------------- incident

incident_app = typer.Typer(help="Incident response: open, preserve, contain, eradicate, recover, review, verify.",
                           no_args_is_help=True, add_completion=False)
IncidentDir = Annotated[Path, typer.Argument(help="The incident directory (incident open prints it).")]


@incident_app.command("open")
def incident_open(
    title: Annotated[str, typer.Argument(help="What happened, in a line.")],
    threat: Annotated[str, typer.Option("--threat", help="The taxonomy threat (modelward threats).")],
    severity: Annotated[str, typer.Option("--severity")] = "high",
    root: Annotated[Path, typer.Option("--dir", help="Where incident directories are kept.")] = Path("incidents"),
    alert: Annotated[Path | None, typer.Option("--from", help="The alert or report (JSON) that opened it.")] = None,
    system: Annotated[Path | None, typer.Option("--system", help="The system model: regulatory clocks and "
                                                                 "personal data.")] = None,
    component: Annotated[str, typer.Option("--component")] = "",
    harm: Annotated[str, typer.Option("--harm", help="none, health, death, critical-infrastructure, widespread, "
                                                     "fundamental-rights, property, personal-data.")] = "none",
    nis2: Annotated[bool, typer.Option("--nis2-entity", help="The operator is a NIS2 essential/important entity.")]
    = False,
) -> None:
    """Open an incident: its id, severity, threat, ATLAS techniques and the regulatory clocks it starts."""
    from datetime import UTC, datetime

    from modelward.governance.incident.clocks import HARMS, regulatory_clocks
    from modelward.governance.incident.record import open_incident

    parse_severity(severity)
    if harm not in HARMS:
        raise ConfigError(f"--harm: {harm!r}; expected one of {', '.join(HARMS)}")
    source: dict[str, Any] = {}
    if alert is not None:
        try:
            source = {"file": str(alert), "content": json.loads(alert.read_text(encoding="utf-8"))}
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"--from {alert}: not a readable JSON alert or report ({exc})") from None
    # GDPR art. 33 runs on a personal data breach (--harm personal-data), not because the system holds some.
    eu_high, in_eu, holds_personal, name = False, False, False, ""
    if system is not None:
        from modelward.governance import load_system

        sysm = load_system(system)
        name = sysm.name
        eu_high, in_eu = sysm.eu_ai_act in ("high-risk",), "eu" in sysm.jurisdictions
        holds_personal = any(c.get("personal_data") for c in sysm.components)
    clocks = regulatory_clocks(datetime.now(UTC), eu_high_risk=eu_high, in_eu=in_eu, harm=harm,
                               personal_data=harm == "personal-data", nis2_entity=nis2)
    incident = open_incident(root, title, severity=severity, threat=threat, source=source,
                             clocks=tuple(c.to_dict() for c in clocks), system=name, component=component)
    typer.echo(str(incident.directory))
    for c in clocks:
        err_console.print(f"clock: {c.regulation} {c.article} by {c.deadline}: {c.what}", highlight=False)
    if holds_personal and in_eu and harm != "personal-data":
        err_console.print("the system holds personal data: if the incident exposed it, open with --harm personal-data "
                          "(GDPR art. 33: 72 hours)", highlight=False)


@incident_app.command("preserve")
def incident_preserve(
    incident_dir: IncidentDir,
    artifact: Annotated[list[Path] | None, typer.Option("--artifact")] = None,
    config: Annotated[list[Path] | None, typer.Option("--config")] = None,
    audit_log: Annotated[list[Path] | None, typer.Option("--audit-log")] = None,
    report: Annotated[list[Path] | None, typer.Option("--report")] = None,
    drift: Annotated[list[Path] | None, typer.Option("--drift")] = None,
    note: Annotated[str, typer.Option("--note")] = "",
) -> None:
    """Copy the evidence into a hash-chained, signed bundle (verifiable later with incident verify)."""
    from modelward.governance.incident.bundle import preserve
    from modelward.governance.incident.record import load_incident

    items = [(role, p) for role, paths in (("artifact", artifact), ("config", config), ("audit-log", audit_log),
                                           ("report", report), ("drift", drift)) for p in paths or ()]
    typer.echo(str(preserve(load_incident(incident_dir), items, note)))


@incident_app.command("contain")
def incident_contain(
    incident_dir: IncidentDir,
    revoke_api_key: Annotated[list[str] | None, typer.Option("--revoke-api-key", help="Gateway API key id.")] = None,
    gateway_policy: Annotated[str, typer.Option("--gateway-policy")] = "policy.yaml",
    model: Annotated[str | None, typer.Option("--model", help="Model name in the store.")] = None,
    rollback: Annotated[str | None, typer.Option("--rollback", help="Roll this model (name in the store) back to "
                                                                    "its last verified version.")] = None,
    store: Annotated[str | None, typer.Option("--store")] = None,
    incident_version: Annotated[int | None, typer.Option("--incident-version", help="Default: the version holding "
                                                                                    "--stage.")] = None,
    stage: Annotated[str, typer.Option("--stage")] = "production",
    keyring: Annotated[str | None, typer.Option("--keyring")] = None,
    revoke_signing_key: Annotated[bool, typer.Option("--revoke-signing-key", help="Rotate the keyring's key, "
                                                                                  "revoking the old one.")] = False,
    reissue: Annotated[bool, typer.Option("--reissue/--no-reissue", help="With --revoke-signing-key and a model: "
                                          "re-sign the serving version with the new key.")] = True,
    quarantine: Annotated[bool, typer.Option("--quarantine", help="Quarantine the incident version in the store.")]
    = False,
    reason: Annotated[str, typer.Option("--reason", help="Why it is quarantined (default: the incident's title).")]
    = "",
    passphrase_env: Annotated[str, typer.Option("--passphrase-env")] = "MODELWARD_KEY_PASSPHRASE",
) -> None:
    """Revoke API keys, quarantine the incident version, roll the model back to its last verified version,
    revoke the signing key (re-signing what serves); exit 1 when an action failed."""
    from modelward.governance.incident import contain as c
    from modelward.governance.incident.record import load_incident

    incident = load_incident(incident_dir)
    name = rollback or model
    if (quarantine or rollback) and not (name and store):
        raise ConfigError("--quarantine and --rollback need a model (--model or --rollback NAME) and --store")
    if revoke_signing_key and not keyring:
        raise ConfigError("--revoke-signing-key needs --keyring")
    results = [c.revoke_api_key(k, gateway_policy) for k in revoke_api_key or ()]
    if quarantine and name and store:
        results.append(c.quarantine(name, store, incident_version, reason=reason or incident.meta["title"],
                                    incident_id=incident.id, stage=stage))
    if rollback and store:
        results.append(c.rollback_to_verified(rollback, store, incident_version, stage, keyring=keyring))
    if revoke_signing_key and keyring:
        if name and store and reissue:
            results += c.reissue_after_revocation(name, store, keyring, incident_id=incident.id, stage=stage,
                                                  passphrase_env=passphrase_env)
        else:
            results.append(c.rotate_signing_key(keyring, passphrase_env))
    if not results:
        raise ConfigError("contain: name an action (--revoke-api-key, --quarantine, --rollback, --revoke-signing-key)")
    c.record_containment(incident, results)
    for r in results:
        err_console.print(f"{'done' if r.ok else 'FAILED'}: {r.action} {r.target}: {r.detail}", highlight=False)
    raise typer.Exit(EXIT_CLEAN if all(r.ok for r in results) else EXIT_FINDINGS)


@incident_app.command("eradicate")
def incident_eradicate(incident_dir: IncidentDir, model: Annotated[str, typer.Option("--model")],
                       store: Annotated[str, typer.Option("--store")],
                       keyring: Annotated[str | None, typer.Option("--keyring")] = None) -> None:
    """Re-scan every stored version to find the first compromised one."""
    from modelward.governance.incident.eradicate import record_eradication, rescan_versions
    from modelward.governance.incident.record import load_incident

    entry = record_eradication(load_incident(incident_dir), model, rescan_versions(model, store, keyring=keyring))
    typer.echo(entry["record"]["summary"])


@incident_app.command("recover")
def incident_recover(incident_dir: IncidentDir, note: Annotated[str, typer.Option("--note")]) -> None:
    """Record the recovery (service restored, monitoring window, what was re-verified)."""
    from modelward.governance.incident.record import load_incident

    load_incident(incident_dir).append("recover", note)


@incident_app.command("review")
def incident_review(
    incident_dir: IncidentDir,
    root_cause: Annotated[str, typer.Option("--root-cause")],
    control: Annotated[list[str] | None, typer.Option("--control", help="A mitigation id added.")] = None,
    residual: Annotated[str, typer.Option("--residual")] = "",
    stix: Annotated[bool, typer.Option("--stix", help="Also write review.stix.json (STIX 2.1).")] = False,
) -> None:
    """Write the post-incident review (review.md, review.json) from the timeline, and the model update."""
    from modelward.governance.incident.record import load_incident
    from modelward.governance.incident.review import review_markdown, review_record, to_stix

    incident = load_incident(incident_dir)
    review = review_record(incident, root_cause, tuple(control or ()), residual)
    incident.append("review", f"root cause: {root_cause}", {"controls_added": review["controls_added"]})
    _write(incident.directory / "review.md", review_markdown(review))
    _write(incident.directory / "review.json", json.dumps(review, indent=1) + "\n")
    if stix:
        _write(incident.directory / "review.stix.json", json.dumps(to_stix(review), indent=1) + "\n")


@incident_app.command("verify")
def incident_verify(incident_dir: IncidentDir) -> None:
    """Check the timeline's chain and signature and every evidence bundle; exit 1 naming what fails."""
    from modelward.governance.incident.bundle import verify_bundle
    from modelward.governance.incident.record import load_incident, verify_timeline

    incident = load_incident(incident_dir)
    checks = [("timeline", *verify_timeline(incident))]
    evidence = incident.directory / "evidence"
    for bundle in sorted(evidence.iterdir()) if evidence.is_dir() else []:
        if bundle.is_dir() and bundle.name.isdigit():
            checks.append((f"evidence/{bundle.name}", *verify_bundle(bundle, incident.meta["public_key"])))
    for name, ok, detail in checks:
        err_console.print(f"{'ok' if ok else 'FAILED'}: {name}: {detail}", highlight=False)
    raise typer.Exit(EXIT_CLEAN if all(ok for _, ok, _ in checks) else EXIT_FINDINGS)
