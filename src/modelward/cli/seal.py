"""`modelward seal`, `unseal`, `reseal` and `seal-key`: sealed packages (encryption at rest).

Key providers: file:PATH (a key file made by `seal-key`), env:NAME (the key in base64 in a variable),
vault:https://HOST/v1/transit/keys/NAME (HashiCorp Vault Transit, token in VAULT_TOKEN).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from modelward.cli.common import EXIT_CLEAN, EXIT_FINDINGS, err_console

if TYPE_CHECKING:
    from modelward.integrity.seal.providers import KeyProvider
    from modelward.integrity.trust import Trust

ProviderOpt = Annotated[list[str], typer.Option("--key-provider", "-k", help="file:PATH, env:NAME or "
                                                "vault:https://HOST/v1/transit/keys/NAME (repeatable when sealing).")]
TrustKeyOpt = Annotated[list[Path] | None, typer.Option("--key", help="Public key the package signature must verify "
                                                        "with (checked before anything is decrypted).")]


def _provider(uri: str) -> KeyProvider:
    from modelward.integrity.seal import provider_from_uri

    return provider_from_uri(uri)


def _trust(keys: list[Path] | None, keyring: Path | None) -> Trust | None:
    if not keys and keyring is None:
        return None
    from modelward.integrity.keyring import Keyring
    from modelward.integrity.trust import Trust

    return Trust.from_files(keys or [], (), Keyring(keyring) if keyring is not None else None)


def seal_command(
    model: Annotated[Path, typer.Argument(help="Model file or directory to seal.")],
    key_provider: ProviderOpt,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="The package to create (default: MODEL.sealed).")]
    = None,
    sign: Annotated[bool, typer.Option("--sign", help="Sign the package's ciphertext with the keyring's active "
                                       "key (PACKAGE/model.sig).")] = False,
    source_signature: Annotated[Path | None, typer.Option("--source-signature", help="The model's own signature, "
                                                          "kept encrypted so the plaintext can be verified after "
                                                          "opening (default: MODEL/model.sig when present).")] = None,
    chunk_size: Annotated[int, typer.Option("--chunk-size", min=4096, max=64 << 20, help="Bytes per authenticated "
                                            "chunk.")] = 1 << 20,
    keyring: Annotated[Path | None, typer.Option("--keyring", help="Keyring for --sign.")] = None,
    passphrase_env: Annotated[str, typer.Option("--passphrase-env", help="Variable holding the signing key's "
                                                "passphrase.")] = "MODELWARD_KEY_PASSPHRASE",
) -> None:
    """Encrypt a model at rest: a fresh data key, AES-256-GCM in authenticated chunks, wrapped by each provider."""
    from modelward.cli.integrity import passphrase
    from modelward.integrity.keyring import Keyring
    from modelward.integrity.seal import seal_model
    from modelward.integrity.seal.binding import sign_package
    from modelward.integrity.signer import KeySigner
    from modelward.integrity.signing import default_signature_path

    providers = [_provider(u) for u in key_provider]
    signer = KeySigner(Keyring(keyring).private_key(passphrase(passphrase_env))) if sign else None
    target = out or model.with_name(model.name + ".sealed")
    source = source_signature or (default_signature_path(model) if default_signature_path(model).is_file() else None)
    seal_model(model, target, providers[0], more_providers=providers[1:], chunk_size=chunk_size,
               source_signature=source)
    typer.echo(f"sealed {model} -> {target} (data key wrapped for {', '.join(key_provider)})")
    if signer is not None:
        signed = sign_package(target, signer)
        typer.echo(f"signed the package with key {signed.key_id[:16]} -> {signed.bundle_path}")


def unseal_command(
    package: Annotated[Path, typer.Argument(help="The sealed package.")],
    key_provider: ProviderOpt,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the plaintext model here (a new path).")]
    = None,
    key: TrustKeyOpt = None,
    keyring: Annotated[Path | None, typer.Option("--keyring", help="Keyring whose keys the package signature "
                                                 "(and the source signature) may verify with.")] = None,
) -> None:
    """Check a package (decrypting in memory, writing nothing) or, with --out, write the plaintext model.
    Exit 0 when it opens and every check passes, 1 when a signature check fails, 2 on tampering or input errors."""
    from modelward.integrity.seal import open_sealed, unseal_to
    from modelward.integrity.seal.binding import verify_source

    provider = _provider(key_provider[0])
    trust = _trust(key, keyring)
    if out is not None:
        unseal_to(package, provider, out, trust)
        typer.echo(f"unsealed {package} -> {out}")
        return
    with open_sealed(package, provider, trust) as sealed:
        sizes = sealed.verify()
        err_console.print(f"OK {package}: {len(sizes)} file(s) decrypt and authenticate (in memory)")
        if trust is not None and sealed.source_signature is not None:
            result = verify_source(sealed, trust)
            err_console.print(("OK " if result.ok else "FAILED ") + result.reason, soft_wrap=True)
            raise typer.Exit(EXIT_CLEAN if result.ok else EXIT_FINDINGS)


def reseal_command(
    package: Annotated[Path, typer.Argument(help="The sealed package.")],
    key_provider: Annotated[str, typer.Option("--key-provider", "-k", help="The provider that opens it now.")],
    new_key_provider: Annotated[str, typer.Option("--new-key-provider", help="The provider to wrap the data key "
                                                  "for.")],
    keep_old: Annotated[bool, typer.Option("--keep-old", help="Keep the old provider's wrapped key too.")] = False,
) -> None:
    """Rotate the key-encryption key: re-wrap the data key; the payload (and its signature) stay as they are."""
    from modelward.integrity.seal import rotate_keys

    rotate_keys(package, _provider(key_provider), _provider(new_key_provider), keep_old)
    typer.echo(f"{package}: data key re-wrapped for {new_key_provider}" + (" (old key kept)" if keep_old else ""))


def seal_key_command(path: Annotated[Path, typer.Argument(help="Key file to create (never overwritten).")]) -> None:
    """Create a key-encryption key file (32 random bytes, base64, mode 0600) for file:PATH providers."""
    from modelward.integrity.seal import generate_key_file

    key = generate_key_file(path)
    sys.stdout.write(f"wrote {path} (key id {key.key_id}); keep it apart from the packages it seals\n")


def register(app: typer.Typer) -> None:
    app.command("seal")(seal_command)
    app.command("unseal")(unseal_command)
    app.command("reseal")(reseal_command)
    app.command("seal-key")(seal_key_command)
