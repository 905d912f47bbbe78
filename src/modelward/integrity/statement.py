"""The in-toto statement a model signature carries: OpenSSF model signing's predicate
("https://model_signing/signature/v1.0": the manifest's serialisation and resources, and the root digest
as subject), plus modelward's own fields in the same predicate (attestations of scan and assessment
reports), which model-signing v1.0 verifiers ignore as its specification says.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from modelward.integrity.errors import BundleError, Rejected
from modelward.integrity.jsontext import load_object
from modelward.integrity.manifest import Manifest, Resource, Serialization, check_resources

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "https://model_signing/signature/v1.0"
PREDICATE_TYPE_COMPAT = "https://model_signing/Digests/v0.1"
OWN_FIELD = "modelward"  # modelward's fields inside the predicate
MAX_PAYLOAD_BYTES = 64 << 20


@dataclass(frozen=True)
class SignedStatement:
    """What a verified signature says: the manifest, and modelward's own predicate fields (may be empty)."""

    manifest: Manifest
    predicate_type: str
    extras: Mapping[str, Any] = field(default_factory=dict)


def statement_for(manifest: Manifest, extras: Mapping[str, Any] | None = None) -> dict[str, Any]:
    predicate: dict[str, Any] = {
        "serialization": manifest.serialization.to_dict(),
        "resources": [{"name": r.name, "algorithm": r.algorithm, "digest": r.digest} for r in manifest.resources],
    }
    if extras:
        predicate[OWN_FIELD] = dict(extras)
    subject = {"name": manifest.model_name, "digest": {"sha256": manifest.root_digest}}
    return {"_type": STATEMENT_TYPE, "subject": [subject], "predicateType": PREDICATE_TYPE, "predicate": predicate}


def encode(statement: Mapping[str, Any]) -> bytes:
    return json.dumps(statement, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")


def _field(data: Mapping[str, Any], name: str, kind: type, where: str) -> Any:
    value = data.get(name)
    if not isinstance(value, kind):
        raise BundleError(f"{where}.{name}: expected {kind.__name__ if kind is not Mapping else 'an object'}")
    return value


def _resources(items: Any, where: str) -> list[Resource]:
    if not isinstance(items, list):
        raise BundleError(f"{where}: expected a list of resources")
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping) or not all(isinstance(item.get(k), str) for k in ("name", "algorithm",
                                                                                          "digest")):
            raise BundleError(f"{where}[{i}]: expected an object with string name, algorithm and digest")
        out.append(Resource(item["name"], item["algorithm"], item["digest"].lower()))
    return out


def parse(payload: bytes, where: str = "statement") -> SignedStatement:
    """The manifest a signed payload describes. An unknown statement or predicate type (a newer format) or a
    malformed field is a BundleError; a root digest that does not match the resources (a tampered manifest)
    is Rejected."""
    data = load_object(payload, where, "an in-toto statement", MAX_PAYLOAD_BYTES)
    if data.get("_type") != STATEMENT_TYPE:
        raise BundleError(f"{where}._type: {data.get('_type')!r}, expected {STATEMENT_TYPE!r}")
    kind = data.get("predicateType")
    subjects = _field(data, "subject", list, where)
    if kind == PREDICATE_TYPE_COMPAT:
        return _parse_compat(subjects, where)
    if kind != PREDICATE_TYPE:
        raise BundleError(f"{where}.predicateType: {kind!r} is not one this modelward reads ({PREDICATE_TYPE}, "
                          f"{PREDICATE_TYPE_COMPAT}); it may come from a newer model-signing")
    if len(subjects) != 1 or not isinstance(subjects[0], Mapping):
        raise BundleError(f"{where}.subject: expected exactly one subject (the model), got {len(subjects)}")
    name = subjects[0].get("name")
    digest = subjects[0].get("digest")
    if not isinstance(name, str) or not isinstance(digest, Mapping) or not isinstance(digest.get("sha256"), str):
        raise BundleError(f"{where}.subject[0]: expected a name and a sha256 digest")
    predicate = _field(data, "predicate", Mapping, where)
    serialization = Serialization.from_dict(predicate.get("serialization"), f"{where}.predicate.serialization")
    resources = _resources(predicate.get("resources"), f"{where}.predicate.resources")
    check_resources(resources, serialization, f"{where}.predicate.resources")
    manifest = Manifest(name, tuple(resources), serialization)
    if manifest.root_digest != digest["sha256"].lower():
        raise Rejected(f"{where}: the manifest was tampered with: its resources hash to {manifest.root_digest}, "
                          f"but the signed subject digest is {digest['sha256']}")
    extras = predicate.get(OWN_FIELD, {})
    if not isinstance(extras, Mapping):
        raise BundleError(f"{where}.predicate.{OWN_FIELD}: expected an object")
    return SignedStatement(manifest, kind, dict(extras))


def _parse_compat(subjects: list[Any], where: str) -> SignedStatement:
    """model-signing v0.2 statements: one subject per file, sha256, no serialisation recorded."""
    serialization = Serialization("files", "sha256", None, False, ())
    items = []
    for i, s in enumerate(subjects):
        if not isinstance(s, Mapping) or not isinstance(s.get("name"), str) or not isinstance(s.get("digest"), Mapping):
            raise BundleError(f"{where}.subject[{i}]: expected a name and a digest")
        items.append({"name": s["name"], "algorithm": "sha256", "digest": s["digest"].get("sha256")})
    resources = _resources(items, f"{where}.subject")
    check_resources(resources, serialization, f"{where}.subject")
    return SignedStatement(Manifest("compat-undefined-not-present", tuple(resources), serialization),
                           PREDICATE_TYPE_COMPAT)
