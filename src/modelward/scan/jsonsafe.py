"""JSON read within the limits: size and bracket depth are checked before the decoder runs, so a
document of nested brackets is a limit finding, never a RecursionError."""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

from modelward.scan.base import FormatError
from modelward.scan.limits import LimitReached, Limits

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def json_depth(data: bytes) -> int:
    """The deepest bracket nesting outside strings (linear time, no recursion)."""
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def load_json(data: bytes | str, limits: Limits, what: str) -> Any:
    """The parsed document; LimitReached past limits.max_config_bytes or limits.max_json_depth;
    FormatError when it is not UTF-8 JSON (the message names `what`)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > limits.max_config_bytes:
        raise LimitReached("max_config_bytes", f"{what} is {len(raw)} bytes, more than limits.max_config_bytes")
    depth = json_depth(raw)
    if depth > limits.max_json_depth:
        raise LimitReached("max_json_depth", f"{what} nests {depth} brackets deep, more than limits.max_json_depth "
                                             f"({limits.max_json_depth})")
    try:
        return json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, bad UTF-8, integers past int_max_str_digits
        raise FormatError(f"{what} is not valid JSON (UTF-8 text expected: {exc})") from None
