"""JSON documents from untrusted bytes: bounded in size, an object at the top, errors naming the file."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from modelward.integrity.errors import BundleError


def load_object(text: bytes | str, where: str, what: str, limit: int) -> Mapping[str, Any]:
    """The JSON object in `text` (`what` it should be, for the message); BundleError otherwise."""
    if len(text) > limit:
        raise BundleError(f"{where}: {len(text)} bytes, over the {limit} bytes {what} may have")
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BundleError(f"{where}: not JSON ({exc}); expected {what}") from None
    if not isinstance(data, Mapping):
        raise BundleError(f"{where}: expected a JSON object ({what})")
    return data
