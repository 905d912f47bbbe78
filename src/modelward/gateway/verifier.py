"""The signature check the gateway calls before it loads a model (`require_signature: true`).

The integrity capability provides the verifier; the gateway only knows this small interface and finds
an implementation through the entry-point group `modelward.signature_verifiers` (or is handed one).
Without any, a policy that requires signatures refuses to start: not verified is never "verified".
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Protocol

from modelward.core.errors import PluginError

ENTRY_POINT_GROUP = "modelward.signature_verifiers"


@dataclass(frozen=True)
class SignatureCheck:
    """Whether the model file's signature verified, and why (the signer, or what failed)."""

    verified: bool
    reason: str


class SignatureVerifier(Protocol):
    def __call__(self, model_path: Path) -> SignatureCheck: ...


def installed_verifier() -> SignatureVerifier | None:
    """The one registered verifier, or None; two registered is an error (which one would decide?)."""
    found = list(entry_points(group=ENTRY_POINT_GROUP))
    if not found:
        return None
    if len(found) > 1:
        names = ", ".join(f"{e.name} ({e.value})" for e in found)
        raise PluginError(f"several signature verifiers are installed ({names}); uninstall all but one")
    try:
        verifier: SignatureVerifier = found[0].load()
    except Exception as exc:
        raise PluginError(f"signature verifier {found[0].value}: failed to load: {exc}") from exc
    return verifier
