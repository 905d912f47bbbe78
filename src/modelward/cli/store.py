"""`modelward store`: a local model store; every version signed and verified on every read."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from modelward.integrity.store import ModelStore

app = typer.Typer(help="Versions, promotion and rollback of signed models (push, list, promote, rollback, "
                       "checkout, verify, quarantine, release, log).", no_args_is_help=True)

StoreOpt = Annotated[Path | None, typer.Option("--store", help="Store directory (default: $MODELWARD_STORE or "
                                                                "~/.modelward/store).")]
KeyringOpt = Annotated[Path | None, typer.Option("--keyring", help="Keyring: signs pushes, and its keys are "
                                                                   "trusted on reads.")]
KeyOpt = Annotated[list[Path] | None, typer.Option("--key", help="Also trust this public key (PEM) on reads.")]
StageOpt = Annotated[str, typer.Option("--stage", help="Stage name.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")]


def _open(store: Path | None, keyring: Path | None, key: list[Path] | None) -> ModelStore:
    from modelward.integrity.keyring import Keyring
    from modelward.integrity.store import ModelStore
    from modelward.integrity.trust import Trust

    ring = Keyring(keyring)
    root = store or Path(os.environ.get("MODELWARD_STORE") or Path.home() / ".modelward" / "store")
    trust = Trust.from_files(key or [], (), ring if ring.index_path.exists() else None)
    return ModelStore(root, trust)


def _ref(ref: str) -> int | str:
    return int(ref) if ref.isdigit() else ref


@app.command("push")
def push(
    model: Annotated[str, typer.Argument(help="Model file or directory, or an MLflow URI with --mlflow.")],
    name: Annotated[str, typer.Option("--name", "-n", help="Model name in the store.")],
    note: Annotated[str, typer.Option("--note", help="A note kept with the version.")] = "",
    mlflow: Annotated[bool, typer.Option("--mlflow", help="MODEL is an MLflow model URI (models:/NAME/VERSION); "
                                         "needs mlflow installed.")] = False,
    store: StoreOpt = None,
    keyring: KeyringOpt = None,
    key: KeyOpt = None,
    passphrase_env: Annotated[str, typer.Option("--passphrase-env")] = "MODELWARD_KEY_PASSPHRASE",
) -> None:
    """Store a new version, signed with the keyring's active key."""
    from modelward.cli.integrity import passphrase
    from modelward.integrity.keyring import Keyring
    from modelward.integrity.signer import KeySigner
    from modelward.integrity.store import push_mlflow

    s = _open(store, keyring, key)
    signer = KeySigner(Keyring(keyring).private_key(passphrase(passphrase_env)))
    info = push_mlflow(s, model, name, signer, note) if mlflow else s.push(Path(model), name, signer, note=note)
    typer.echo(f"{info.model} v{info.number}: {info.files} file(s), {info.size} bytes, signed by {info.key_id[:16]}")


@app.command("list")
def list_versions(name: Annotated[str | None, typer.Argument(help="Only this model.")] = None,
                  store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Every version: number, stages, files, size, signer, note."""
    s = _open(store, None, None)
    versions = s.versions(name)
    if as_json:
        sys.stdout.write(json.dumps([v.to_dict() for v in versions], indent=2) + "\n")
        return
    for v in versions:
        stages = f" [{', '.join(v.stages)}]" if v.stages else ""
        stages += f" QUARANTINED ({v.quarantined})" if v.quarantined else ""
        typer.echo(f"{v.model} v{v.number}{stages}  {v.created}  {v.files} files  {v.size} B  key {v.key_id[:16]}"
                   + (f"  {v.note}" if v.note else ""))


@app.command("promote")
def promote(name: Annotated[str, typer.Argument()], version: Annotated[str, typer.Argument()],
            stage: StageOpt = "production", note: Annotated[str, typer.Option("--note")] = "",
            store: StoreOpt = None, keyring: KeyringOpt = None, key: KeyOpt = None) -> None:
    """Give STAGE to a version, after verifying it."""
    info = _open(store, keyring, key).promote(name, _ref(version), stage, note)
    typer.echo(f"{name}: {stage} -> v{info.number}")


@app.command("rollback")
def rollback(name: Annotated[str, typer.Argument()], stage: StageOpt = "production",
             note: Annotated[str, typer.Option("--note")] = "", store: StoreOpt = None, keyring: KeyringOpt = None,
             key: KeyOpt = None) -> None:
    """Move STAGE back to the version that held it before, after verifying that version."""
    info = _open(store, keyring, key).rollback(name, stage, note)
    typer.echo(f"{name}: {stage} rolled back to v{info.number}")


@app.command("checkout")
def checkout(name: Annotated[str, typer.Argument()], version: Annotated[str, typer.Argument(help="Number or "
                                                                                         "stage.")],
             out: Annotated[Path, typer.Argument(help="New path to write the model to.")],
             forensic: Annotated[bool, typer.Option("--forensic", help="Also a quarantined version, to examine it "
                                                    "(recorded in the log).")] = False,
             store: StoreOpt = None, keyring: KeyringOpt = None, key: KeyOpt = None) -> None:
    """Write a verified version (with its signature) to OUT; a quarantined one only with --forensic."""
    path = _open(store, keyring, key).checkout(name, _ref(version), out, forensic=forensic)
    typer.echo(f"{name} {version} -> {path}")


@app.command("verify")
def verify(name: Annotated[str, typer.Argument()], version: Annotated[str, typer.Argument()],
           store: StoreOpt = None, keyring: KeyringOpt = None, key: KeyOpt = None) -> None:
    """Check a version's signature and every stored object (exit 2 with the reason when one fails)."""
    manifest = _open(store, keyring, key).verify(name, _ref(version))
    typer.echo(f"OK {name} {version}: {len(manifest.files)} file(s), root {manifest.root_digest[:16]}")


@app.command("quarantine")
def quarantine(name: Annotated[str, typer.Argument()], version: Annotated[str, typer.Argument(help="Number or "
                                                                                           "stage.")],
               reason: Annotated[str, typer.Option("--reason", help="What was found.")],
               incident: Annotated[str, typer.Option("--incident", help="The incident id.")] = "",
               store: StoreOpt = None) -> None:
    """Hold a version back: checkout, load, promote and rollback refuse it until release; its files stay."""
    info = _open(store, None, None).quarantine(name, _ref(version), reason, incident)
    typer.echo(f"{name} v{info.number}: quarantined ({info.quarantined})")
    if info.stages:
        typer.echo(f"{name}: {', '.join(info.stages)} still points to v{info.number}, so its reads are refused; "
                   "move it with `store rollback` or `store promote`", err=True)


@app.command("release")
def release(name: Annotated[str, typer.Argument()], version: Annotated[str, typer.Argument()],
            reason: Annotated[str, typer.Option("--reason", help="The review that cleared it.")],
            store: StoreOpt = None) -> None:
    """Lift a quarantine after review."""
    info = _open(store, None, None).release(name, _ref(version), reason)
    typer.echo(f"{name} v{info.number}: released")


@app.command("log")
def log(name: Annotated[str | None, typer.Argument()] = None, store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """The event log: pushes, promotions, rollbacks, who and when."""
    events = _open(store, None, None).events(name)
    if as_json:
        sys.stdout.write(json.dumps([vars(e) for e in events], indent=2) + "\n")
        return
    for e in events:
        move = f" v{e.from_version} -> v{e.to_version}" if e.from_version else f" v{e.to_version}"
        typer.echo(f"{e.time}  {e.model}  {e.action}{f' {e.stage}' if e.stage else ''}{move}  by {e.actor}"
                   + (f"  {e.note}" if e.note else ""))
