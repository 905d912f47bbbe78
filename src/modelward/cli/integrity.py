"""`modelward sign`, `verify` and `signing-keys`: parse options, call modelward.integrity, render.

Exit codes: 0 verified / done, 1 verification failed (wrong key, files changed, requirement not met),
2 input error (unreadable bundle, model that cannot be hashed, bad option).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from modelward.cli.common import EXIT_CLEAN, EXIT_FINDINGS, err_console

if TYPE_CHECKING:
    from modelward.integrity.manifest import Serialization
    from modelward.integrity.signing import Verification

PASSPHRASE_ENV = "MODELWARD_KEY_PASSPHRASE"

keys_app = typer.Typer(help="Create, rotate and list signing keys (private keys encrypted at rest).",
                       no_args_is_help=True)

KeyringOpt = Annotated[Path | None, typer.Option("--keyring", help="Keyring directory (default: $MODELWARD_KEYRING "
                                                                    "or ~/.modelward/keys).")]
PassEnvOpt = Annotated[str, typer.Option("--passphrase-env", help="Environment variable holding the key passphrase "
                                                                  "(else it is asked).")]
TrustKeysOpt = Annotated[list[Path] | None, typer.Option("--key", help="Trusted public key (PEM); repeatable.")]
BundleOpt = Annotated[Path | None, typer.Option("--signature", "-s", help="The signature bundle (default: "
                                                "MODEL/model.sig, or MODEL.sig beside a file).")]
JobsOpt = Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Hashing threads (default: one per core).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")]
ProbeOpt = Annotated[Path | None, typer.Option("--probe", help="Probe rows for the behavioural fingerprint: a data "
                                               "file (CSV, Parquet, NPZ with --target) or .npy rows.")]
TargetOpt = Annotated[str | None, typer.Option("--target", help="Label column of --probe data (left out).")]
ProbesOpt = Annotated[int, typer.Option("--probes", min=1, help="Probe rows sampled for the fingerprint.")]


def passphrase(env: str, *, confirm: bool = False, what: str = "key passphrase") -> bytes:
    """From the environment variable, else asked on the terminal; never from the command line."""
    from modelward.core.errors import ConfigError

    value = os.environ.get(env)
    if value:
        return value.encode()
    if not sys.stdin.isatty():
        raise ConfigError(f"no {what}: set {env} (or --passphrase-env VAR) when not at a terminal")
    return str(typer.prompt(what.capitalize(), hide_input=True, confirmation_prompt=confirm)).encode()


def probe_rows(probe: Path | None, target: str | None) -> Any:
    """The rows of a --probe file (the label column dropped), or None."""
    if probe is None:
        return None
    import numpy as np

    from modelward.core.data import load_dataset
    from modelward.core.errors import ConfigError

    if probe.suffix.lower() == ".npy":
        return np.load(probe, allow_pickle=False)
    if target is None:
        raise ConfigError(f"--probe {probe}: name its label column with --target (it is left out of the probe)")
    return load_dataset(probe, target).X


def load_for_behaviour(path: Path) -> Any:
    """A model file as an adapter, through the scanner's gate (never an unscanned pickle)."""
    from modelward.api import load_model

    return load_model(path)


def _keyring(path: Path | None) -> Any:
    from modelward.integrity.keyring import Keyring

    return Keyring(path)


def _progress_hashing(model: Path, serialization: Serialization, label: str) -> Any:
    """A rich progress bar over the model's bytes, and the callback that advances it."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn

    from modelward.integrity.walk import list_files

    total = sum(f.size for f in list_files(model, allow_symlinks=serialization.allow_symlinks,
                                            ignore_paths=serialization.ignore_paths))
    bar = Progress("[progress.description]{task.description}", BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                   console=err_console, transient=True, disable=total < (256 << 20))
    task = bar.add_task(label, total=total)
    return bar, lambda n: bar.advance(task, n)


def serialization_options(method: str, shard_size: int | None, allow_symlinks: bool, ignore: list[str],
                          ignore_git: bool) -> Serialization:
    from modelward.integrity.manifest import DEFAULT_SHARD_SIZE, Serialization
    from modelward.integrity.walk import GIT_PATHS

    paths = (*ignore, *(GIT_PATHS if ignore_git else ()))
    return Serialization(method, "sha256", shard_size or DEFAULT_SHARD_SIZE if method == "shards" else None,
                         allow_symlinks, tuple(paths))


def sign_command(
    model: Annotated[Path, typer.Argument(help="Model file or directory.")],
    signature: Annotated[Path | None, typer.Option("--signature", "-s", help="Bundle to write (default: "
                                                   "MODEL/model.sig, or MODEL.sig for a file).")] = None,
    key: Annotated[Path | None, typer.Option("--key", help="Private key file (PEM or PKCS#12) instead of the "
                                             "keyring's active key.")] = None,
    key_id: Annotated[str | None, typer.Option("--key-id", help="Keyring key to sign with (default: the active "
                                               "one).")] = None,
    certificate: Annotated[list[Path] | None, typer.Option("--certificate", help="Signing certificate, then its "
                                                           "chain (PEM); the bundle carries the chain.")] = None,
    attest: Annotated[list[Path] | None, typer.Option("--attest", help="Scan or assessment JSON report to bind "
                                                      "to the signature (repeatable).")] = None,
    method: Annotated[str, typer.Option("--method", help="files (one digest per file) or shards (parallel "
                                        "within large files).")] = "shards",
    shard_size: Annotated[int | None, typer.Option("--shard-size", min=1, help="Bytes per shard.")] = None,
    allow_symlinks: Annotated[bool, typer.Option("--allow-symlinks", help="Follow links that stay inside the "
                                                 "model directory.")] = False,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Path (relative to the model) to leave out; "
                                                     "repeatable.")] = None,
    ignore_git: Annotated[bool, typer.Option("--ignore-git/--no-ignore-git", help="Leave out .git, .gitignore, "
                                             ".gitattributes, .github.")] = True,
    tensors: Annotated[bool, typer.Option("--tensors/--no-tensors", help="Sign a digest of every safetensors "
                                          "tensor, so verify names the tensors that changed.")] = True,
    probe: ProbeOpt = None,
    target: TargetOpt = None,
    probes: ProbesOpt = 256,
    probe_model: Annotated[Path | None, typer.Option("--probe-model", help="The model file to fingerprint when "
                                                     "MODEL is a directory.")] = None,
    keyring: KeyringOpt = None,
    passphrase_env: PassEnvOpt = PASSPHRASE_ENV,
    jobs: JobsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Sign a model: a Sigstore bundle (DSSE + in-toto) that OpenSSF model signing also verifies. With
    --probe, the bundle also carries the model's behavioural fingerprint."""
    from modelward.integrity import keys
    from modelward.integrity.certs import load_certificates
    from modelward.integrity.signer import KeySigner
    from modelward.integrity.signing import sign_model

    ser = serialization_options(method, shard_size, allow_symlinks, ignore or [], ignore_git)
    if key is not None:
        encrypted = key.exists() and (not key.read_bytes().lstrip().startswith(b"-----BEGIN")
                                      or b"ENCRYPTED" in key.read_bytes())
        private = keys.load_private_key(key, passphrase(passphrase_env) if encrypted else None)
    else:
        private = _keyring(keyring).private_key(passphrase(passphrase_env), key_id)
    signer = KeySigner(private, load_certificates(certificate or []))
    fingerprint = None
    if probe is not None or probe_model is not None:
        from modelward.core.errors import ConfigError
        from modelward.integrity.fingerprint import fingerprint_model

        target_model = probe_model or model
        if target_model.is_dir():
            raise ConfigError(f"{model} is a directory: name the model file to fingerprint with --probe-model")
        fingerprint = fingerprint_model(load_for_behaviour(target_model), probe_rows(probe, target), probes)
    bar, advance = _progress_hashing(model, ser, "hashing")
    with bar:
        signed = sign_model(model, signer, signature=signature, serialization=ser, attest=attest or [], workers=jobs,
                            progress=advance, tensors=tensors, fingerprint=fingerprint)
    if as_json:
        sys.stdout.write(json.dumps({"signature": str(signed.bundle_path), "key_id": signed.key_id,
                                     "files": len(signed.manifest.files), "root_digest": signed.manifest.root_digest,
                                     "attestations": [a.to_dict() for a in signed.attestations]}, indent=2) + "\n")
        return
    typer.echo(f"signed {model} ({len(signed.manifest.files)} files, root {signed.manifest.root_digest[:16]}) with key "
               f"{signed.key_id[:16]} -> {signed.bundle_path}")
    for a in signed.attestations:
        extra = f"; not covered: {', '.join(a.not_covered[:5])}" if a.not_covered else ""
        typer.echo(f"  attested {a.kind} report {a.report}: {a.verdict}, {len(a.scanned)} file(s) scanned{extra}")


def render_verification(result: Verification, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), indent=2) + "\n")
        return
    from rich.text import Text

    style = "bold green" if result.ok else "bold red"
    err_console.print(Text("OK " if result.ok else "FAILED ", style=style) + Text(result.reason), soft_wrap=True)
    for line in result.diff.lines() if result.diff else []:
        err_console.print(f"  {line}", soft_wrap=True)
    for located in result.tensors:
        err_console.print(f"  {located.describe()}", soft_wrap=True)
    for note in result.signer.notes if result.signer else ():
        err_console.print(f"  note: {note}")
    for a in result.attestations:
        err_console.print(f"  attested {a.kind} report {a.report} ({a.report_sha256[:12]}): {a.verdict}")


def verify_command(
    model: Annotated[Path, typer.Argument(help="Model file or directory.")],
    signature: BundleOpt = None,
    key: TrustKeysOpt = None,
    root: Annotated[list[Path] | None, typer.Option("--root", help="Trusted root certificate(s) for "
                                                    "certificate-chain signatures (PEM).")] = None,
    require: Annotated[list[str] | None, typer.Option("--require", help="scan-clean: a clean scan covers every "
                                                      "file; assessed: an assessment is attested.")] = None,
    trust_root: Annotated[Path | None, typer.Option("--trust-root", help="Sigstore trusted_root.json, to verify "
                                                    "a keyless signature offline.")] = None,
    identity: Annotated[str | None, typer.Option("--identity", help="Keyless: the signer's identity (the "
                                                 "certificate's email or URI).")] = None,
    issuer: Annotated[str | None, typer.Option("--issuer", help="Keyless: the OIDC issuer of that identity.")] = None,
    by_behaviour: Annotated[bool, typer.Option("--by-behaviour", help="Match MODEL (e.g. a converted copy) to "
                                               "the signed fingerprint by its predictions, not its bytes.")] = False,
    probe: ProbeOpt = None,
    target: TargetOpt = None,
    keyring: KeyringOpt = None,
    jobs: JobsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Verify a model against its signature; name every file added, removed or changed (and, for
    safetensors, every tensor). Exit 0 verified, 1 failed, 2 input error."""
    from modelward.core.errors import ConfigError
    from modelward.integrity.keyring import Keyring
    from modelward.integrity.signing import verify_behaviour, verify_model
    from modelward.integrity.trust import Trust

    ring = Keyring(keyring) if keyring is not None or not (key or root or trust_root) else None
    trust = Trust.from_files(key or [], root or [], ring if ring is not None and ring.index_path.exists() else None,
                             trust_root=trust_root, identity=identity, issuer=issuer)
    if by_behaviour:
        if signature is None:
            raise ConfigError("--by-behaviour compares MODEL with another model's signature: give --signature")
        result, _ = verify_behaviour(load_for_behaviour(model), trust, signature, probe_rows(probe, target))
    else:
        result = verify_model(model, trust, signature=signature, require=require or [], workers=jobs)
    render_verification(result, as_json)
    raise typer.Exit(EXIT_CLEAN if result.ok else EXIT_FINDINGS)


@keys_app.command("generate")
def keys_generate(
    algorithm: Annotated[str, typer.Option("--algorithm", help="ecdsa-p256, ecdsa-p384 or ed25519 (ed25519 "
                                           "bundles are not read by model-signing).")] = "ecdsa-p256",
    name: Annotated[str, typer.Option("--name", help="A label for the key.")] = "",
    keyring: KeyringOpt = None,
    passphrase_env: PassEnvOpt = PASSPHRASE_ENV,
) -> None:
    """Create the keyring's active signing key, encrypted with a passphrase."""
    ring = _keyring(keyring)
    info = ring.generate(passphrase(passphrase_env, confirm=True), algorithm, name)
    typer.echo(f"generated {info.algorithm} key {info.key_id} in {ring.directory}")


@keys_app.command("rotate")
def keys_rotate(
    revoke: Annotated[bool, typer.Option("--revoke", help="Revoke the old key (its signatures stop verifying) "
                                         "instead of retiring it.")] = False,
    algorithm: Annotated[str | None, typer.Option("--algorithm", help="Algorithm of the new key (default: the "
                                                  "old key's).")] = None,
    keyring: KeyringOpt = None,
    passphrase_env: PassEnvOpt = PASSPHRASE_ENV,
) -> None:
    """Replace the active key with a new one; the old one is retired (or revoked)."""
    ring = _keyring(keyring)
    old, new = ring.rotate(passphrase(passphrase_env, confirm=True), algorithm, revoke)
    typer.echo(f"{old.status} {old.key_id[:16]}; active {new.algorithm} key {new.key_id}")


@keys_app.command("list")
def keys_list(keyring: KeyringOpt = None, as_json: JsonOpt = False) -> None:
    """The keyring's keys: id, algorithm, created, status."""
    from dataclasses import asdict

    ring = _keyring(keyring)
    infos = ring.list()
    if as_json:
        sys.stdout.write(json.dumps([asdict(i) for i in infos], indent=2) + "\n")
        return
    if not infos:
        typer.echo(f"no keys in {ring.directory}")
    for i in infos:
        typer.echo(f"{i.key_id[:16]}  {i.algorithm:<10}  {i.created}  {i.status:<7}  {i.name}")


def diff_command(
    before: Annotated[Path, typer.Argument(help="The model as it was (file or directory).")],
    after: Annotated[Path, typer.Argument(help="The model as it is now.")],
    probe: ProbeOpt = None,
    target: TargetOpt = None,
    probes: ProbesOpt = 256,
    as_json: JsonOpt = False,
) -> None:
    """Compare two versions of a model tensor by tensor (safetensors, PyTorch state dicts through the safe
    loader, ONNX, scikit-learn) and, with --probe, by behaviour. Exit 0 identical, 1 different, 2 error."""
    from modelward.integrity.tensordiff import diff_models
    from modelward.scan.safe_load import load

    diff = diff_models(before, after, load_object=load)
    behaviour = None
    if probe is not None:
        from modelward.integrity.fingerprint import compare_models

        behaviour = compare_models(load_for_behaviour(before), load_for_behaviour(after), probe_rows(probe, target),
                                   probes)
    same = diff.identical and (behaviour is None or behaviour.matched)
    if as_json:
        sys.stdout.write(json.dumps({"identical": same, "tensors": diff.to_dict(),
                                     "behaviour": behaviour.to_dict() if behaviour else None}, indent=2) + "\n")
    else:
        typer.echo(f"{len(diff.changes)} tensor(s) differ, {diff.unchanged} identical "
                   f"({diff.values_compared} values compared)")
        for change in diff.changes:
            typer.echo(f"  {change.describe()}")
        for path, reason in diff.skipped:
            typer.echo(f"  not compared: {path}: {reason}")
        if behaviour is not None:
            typer.echo(behaviour.describe())
    raise typer.Exit(EXIT_CLEAN if same else EXIT_FINDINGS)


def _write_text(path: Path, text: str) -> None:
    from modelward.core.output import atomic_write

    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def provenance_command(
    model: Annotated[Path, typer.Argument(help="Model file or directory.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for provenance.intoto.json, model-card.md and "
                                                           "ml-bom.cdx.json (created; files are never overwritten).")],
    data: Annotated[list[Path] | None, typer.Option("--data", help="Training dataset file (repeatable).")] = None,
    code: Annotated[Path | None, typer.Option("--code", help="Directory in the training code's git repository.")]
    = None,
    hyperparams: Annotated[Path | None, typer.Option("--hyperparams", help="JSON object of hyperparameters.")] = None,
    report: Annotated[list[Path] | None, typer.Option("--report", help="Scan or assessment JSON report "
                                                      "(repeatable).")] = None,
    intended_use: Annotated[str, typer.Option("--intended-use", help="What the model is for (model card).")] = "",
    out_of_scope: Annotated[str, typer.Option("--out-of-scope", help="Uses it is not meant for.")] = "",
    license_id: Annotated[str, typer.Option("--license", help="License identifier for the card.")] = "other",
    version: Annotated[str, typer.Option("--model-version", help="The model's version.")] = "",
    sign: Annotated[bool, typer.Option("--sign", help="Also write provenance.sigstore.json, signed with the "
                                       "keyring's active key.")] = False,
    keyring: KeyringOpt = None,
    passphrase_env: PassEnvOpt = PASSPHRASE_ENV,
) -> None:
    """Lineage of a model: SLSA provenance (in-toto), a Hugging Face model card and a CycloneDX 1.6 ML-BOM."""
    from modelward.core.render.json import from_json
    from modelward.integrity.errors import IntegrityError
    from modelward.integrity.lineage import collect, load_hyperparameters
    from modelward.integrity.mlbom import ml_bom
    from modelward.integrity.modelcard import model_card
    from modelward.integrity.provenance import provenance_statement, sign_provenance
    from modelward.integrity.signer import KeySigner

    names = ["provenance.intoto.json", "model-card.md", "ml-bom.cdx.json"] + (["provenance.sigstore.json"] if sign
                                                                               else [])
    existing = [n for n in names if (out / n).exists()]
    if existing:
        raise IntegrityError(f"{out}: already holds {', '.join(existing)}; files are never overwritten")
    signer = KeySigner(_keyring(keyring).private_key(passphrase(passphrase_env))) if sign else None
    lineage = collect(model, datasets=data or [], code=code,
                      hyperparameters=load_hyperparameters(hyperparams) if hyperparams else None,
                      reports=report or [], version=version)
    reports = [from_json(p.read_text(encoding="utf-8")) for p in report or []]
    statement = provenance_statement(lineage)
    out.mkdir(parents=True, exist_ok=True)
    texts = {"provenance.intoto.json": json.dumps(statement, indent=2) + "\n",
             "model-card.md": model_card(lineage, reports, intended_use=intended_use, out_of_scope=out_of_scope,
                                         license=license_id, signature_key=signer.key_id if signer else ""),
             "ml-bom.cdx.json": json.dumps(ml_bom(lineage, reports), indent=2) + "\n"}
    for name, text in texts.items():
        _write_text(out / name, text)
    if signer is not None:
        sign_provenance(statement, signer, out / "provenance.sigstore.json")
    typer.echo(f"wrote {', '.join(str(out / n) for n in names)}")


def watch_command(
    model: Annotated[Path, typer.Argument(help="Model file or directory to watch.")],
    signature: BundleOpt = None,
    key: TrustKeysOpt = None,
    keyring: KeyringOpt = None,
    interval: Annotated[float, typer.Option("--interval", min=1, help="Seconds between full re-verifications.")]
    = 300,
    poll: Annotated[float, typer.Option("--poll", min=0.1, help="Seconds between checks for changed files.")] = 2,
    webhook: Annotated[list[str] | None, typer.Option("--webhook", help="POST each alert (JSON) to this URL.")]
    = None,
    command: Annotated[list[str] | None, typer.Option("--command", help="Run this command (no shell; split on "
                                                      "spaces) with each alert as JSON on stdin.")] = None,
    log: Annotated[Path | None, typer.Option("--log", help="Append each alert as a JSON line here.")] = None,
    once: Annotated[bool, typer.Option("--once", help="Verify once, alert if it fails, exit 0/1 (for cron).")]
    = False,
) -> None:
    """Re-verify a signed model on file changes and on a schedule; alert (log, command, webhook) naming what
    changed when it stops verifying, and when it verifies again."""
    from modelward.integrity.keyring import Keyring
    from modelward.integrity.trust import Trust
    from modelward.integrity.watch import Alert, AlertSink, CommandSink, LogSink, Watcher, WebhookSink

    ring = Keyring(keyring) if keyring is not None or not key else None
    trust = Trust.from_files(key or [], (), ring if ring is not None and ring.index_path.exists() else None)
    sinks: list[AlertSink] = [*(WebhookSink(u) for u in webhook or []),
                              *(CommandSink(tuple(c.split())) for c in command or []), *([LogSink(log)] if log else [])]

    class _Echo:
        def send(self, alert: Alert) -> None:
            err_console.print(("OK " if alert.ok else "ALERT ") + alert.reason, soft_wrap=True)

    watcher = Watcher(model, trust, [*sinks, _Echo()], signature=signature, interval=interval, poll=poll)
    if once:
        watcher.step()
        raise typer.Exit(EXIT_CLEAN if watcher.last is not None and watcher.last.ok else EXIT_FINDINGS)
    err_console.print(f"watching {model} (changes every {poll:g} s, full check every {interval:g} s); Ctrl-C stops")
    try:
        watcher.run()
    except KeyboardInterrupt:
        raise typer.Exit(EXIT_CLEAN) from None


def register(app: typer.Typer) -> None:
    """Add the integrity commands to the `modelward` application."""
    app.command("sign")(sign_command)
    app.command("verify")(verify_command)
    app.command("diff")(diff_command)
    app.command("provenance")(provenance_command)
    app.command("watch")(watch_command)
    app.add_typer(keys_app, name="signing-keys")
    from modelward.cli import seal, store

    seal.register(app)
    app.add_typer(store.app, name="store")
