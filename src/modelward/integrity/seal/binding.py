"""What binds a sealed package to signatures, both ways.

`sign_package`: a signature over the package's ciphertext (seal.json and payload/; keys.json is left out
so that rotating the key keeps the signature valid), checked by `open_sealed(..., trust=...)` before
anything is decrypted. `verify_source`: the plaintext, decrypted in memory, checked against the model's
own signature kept inside the sealed index, with that signature's serialisation (files or shards).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from modelward.integrity.bundle import parse_bundle
from modelward.integrity.errors import Rejected
from modelward.integrity.manifest import FILES, Manifest, Resource, Serialization, compare
from modelward.integrity.seal.package import KEYS, SealedModel
from modelward.integrity.signer import Signer
from modelward.integrity.signing import Signed, Verification, read_extras, sign_model, verify_bundle
from modelward.integrity.trust import Trust
from modelward.integrity.walk import GIT_PATHS, is_ignored


def sign_package(package: Path, signer: Signer, **kw: Any) -> Signed:
    """Sign a sealed package's ciphertext (PACKAGE/model.sig); its key file stays out of the manifest."""
    return sign_model(Path(package), signer, serialization=Serialization(ignore_paths=(*GIT_PATHS, KEYS)),
                      tensors=False, **kw)


def _digests(chunks: Iterator[bytes], shard_size: int | None) -> list[tuple[int, int, str]]:
    """(start, end, sha256) of the whole stream, or of each `shard_size` range of it."""
    out, h, start, pos = [], hashlib.sha256(), 0, 0
    for chunk in chunks:
        view = memoryview(chunk)
        while view:
            take = len(view) if shard_size is None else min(len(view), start + shard_size - pos)
            h.update(view[:take])
            pos += take
            view = view[take:]
            if shard_size is not None and pos - start == shard_size:
                out.append((start, pos, h.hexdigest()))
                h, start = hashlib.sha256(), pos
    if shard_size is None or pos > start:
        out.append((start, pos, h.hexdigest()))
    return out


def plaintext_manifest(sealed: SealedModel, serialization: Serialization) -> Manifest:
    """The manifest of the sealed plaintext, as `serialization` makes it, computed while decrypting."""
    if serialization.hash_type != "sha256":
        raise Rejected(f"the source signature uses {serialization.hash_type}; sealed models are checked with sha256")
    shard = None if serialization.method == FILES else serialization.shard_size
    items = []
    for name in sealed.files:
        if is_ignored(name, serialization.ignore_paths):
            continue
        for start, end, digest in _digests(sealed.stream(name), shard):
            if shard is None:
                items.append(Resource(name, serialization.item_algorithm, digest))
            elif end > start:
                items.append(Resource(f"{name}:{start}:{end}", serialization.item_algorithm, digest))
    return Manifest(sealed.model_name, tuple(items), serialization)


def verify_source(sealed: SealedModel, trust: Trust) -> Verification:
    """Check the decrypted model against the signature it had when it was sealed."""
    result = Verification(False, "", f"{sealed.package} (sealed)", "source signature in the sealed index")
    if sealed.source_signature is None:
        return replace(result, reason="the package holds no source signature (seal with --source-signature)")
    try:
        signer, statement = verify_bundle(parse_bundle(sealed.source_signature, "source signature"), trust)
    except Rejected as exc:
        return replace(result, reason=str(exc))
    extras = read_extras(statement, "source signature")
    actual = plaintext_manifest(sealed, statement.manifest.serialization)
    diff = compare(statement.manifest, actual)
    result = replace(result, signer=signer, diff=diff, manifest=statement.manifest, attestations=extras.attestations)
    if not diff.ok:
        return replace(result, reason="the sealed plaintext differs from its source signature: " + "; ".join(
            diff.lines()[:6]))
    return replace(result, ok=True, reason=f"verified: the sealed plaintext ({len(statement.manifest.files)} files) "
                                           f"is the model signed by {signer.kind} {signer.key_id[:16]}")
