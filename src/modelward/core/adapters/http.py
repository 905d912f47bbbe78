"""Adapter for a model behind an HTTP endpoint (black-box), using only the standard library.

The JSON contract (field names configurable through `HttpContract`):

    request   POST {"inputs": [[f1, f2, ...], ...]}
    response  {"probabilities": [[p1, ..., pk], ...]}     one row per input, rows sum to 1
              optionally with "classes": [c1, ..., ck]    the class of each column
          or  {"predictions": [label, ...]}               labels only: needs classes=

Other servers through `protocol=` (default "auto": a URL ending in /infer is "v2", one ending in
:predict is "kserve-v1", anything else this JSON contract): "v2" (Open Inference Protocol v2: KServe, Triton, MLServer,
`modelward serve`) and "kserve-v1" (`instances` / `predictions`); see `protocols.py`. Credentials go
in `token=` (sent as `Authorization: Bearer`; default: the MODELWARD_HTTP_TOKEN environment variable,
so a secret need not appear on a command line) or in `headers=`.

Connection errors, 5xx and 429 answers are retried with exponential backoff (429 honours
Retry-After); timeouts and other answers fail at once with an EndpointError naming the URL. A 403 is a
QueryRefused: the server (a gateway's guard) refused the query on purpose, and an attack that meets it
stops and keeps what it measured. A 429 that outlasts the retries stays an EndpointError: a rate limit
only delays an attacker, so a measurement cut short by it would understate the exposure.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http.client import HTTPException
from typing import Any

import numpy as np

from modelward.core.adapters.base import BaseAdapter
from modelward.core.adapters.callable import check_proba, one_hot
from modelward.core.adapters.protocols import PROTOCOLS, Decoded, decode_kserve_v1, decode_v2, encode
from modelward.core.adapters.spec import InputSpec
from modelward.core.errors import AdapterError, ConfigError, DataError, EndpointError, QueryRefused
from modelward.core.limits import DEFAULT_LIMITS


@dataclass(frozen=True)
class HttpContract:
    """Names of the JSON fields in requests and responses."""

    inputs: str = "inputs"
    probabilities: str = "probabilities"
    predictions: str = "predictions"
    classes: str = "classes"


class ClassesUnknownError(AdapterError, AttributeError):
    """Classes were not given and no answer has declared them yet.

    Also an AttributeError, so protocol isinstance checks see a missing attribute, not a crash.
    """


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are not followed: a POST silently turned into a GET would hide the real problem."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _display(url: str) -> str:
    """The URL without credentials or query string, safe to print."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{parts.scheme}://{host}{parts.path}"


def protocol_for(path: str) -> str:
    """The protocol a URL path implies: .../infer is OIP v2, ...:predict KServe v1, anything else the
    plain JSON contract (give protocol="kserve-v1" for `modelward serve`'s /v1/models/NAME/predict)."""
    if path.rstrip("/").endswith("/infer"):
        return "v2"
    if path.rstrip("/").endswith(":predict"):
        return "kserve-v1"
    return "json"


class _Retry(Exception):
    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


class HttpAdapter(BaseAdapter):
    """A classifier reached by POSTing batches of rows as JSON (see the module docstring)."""

    def __init__(
        self,
        url: str,
        classes: Sequence[Any] | np.ndarray | None = None,
        timeout: float = DEFAULT_LIMITS.http_timeout_s,
        retries: int = DEFAULT_LIMITS.http_retries,
        headers: Mapping[str, str] | None = None,
        batch_size: int = 256,
        input_spec: InputSpec | None = None,
        contract: HttpContract = HttpContract(),  # frozen: sharing the default is safe
        backoff_s: float = 0.5,
        max_response_bytes: int = 64 * 1024**2,
        name: str | None = None,
        protocol: str = "auto",
        token: str | None = None,
    ) -> None:
        super().__init__()
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"endpoint {url!r}: expected an http:// or https:// URL with a host")
        if timeout <= 0 or retries < 0 or batch_size < 1:
            raise ConfigError(f"endpoint {_display(url)}: timeout must be > 0, retries >= 0 and batch_size >= 1")
        if protocol == "auto":
            protocol = protocol_for(parts.path)
        if protocol not in PROTOCOLS:
            raise ConfigError(f"endpoint {_display(url)}: protocol must be one of {', '.join(PROTOCOLS)}, "
                              f"got {protocol!r}")
        self.protocol = protocol
        self.url = url
        self.display_url = _display(url)
        self._classes = np.asarray(classes) if classes is not None else None
        self.timeout = timeout
        self.retries = retries
        self.headers = dict(headers or {})
        token = token if token is not None else os.environ.get("MODELWARD_HTTP_TOKEN")
        if token and not any(k.lower() == "authorization" for k in self.headers):
            self.headers["Authorization"] = f"Bearer {token}"
        self.batch_size = batch_size
        self.input_spec = input_spec if input_spec is not None else InputSpec()
        self.contract = contract
        self.backoff_s = backoff_s
        self.max_response_bytes = max_response_bytes
        self.name = name if name is not None else self.display_url
        self._opener = urllib.request.build_opener(_NoRedirect())

    @property
    def classes(self) -> np.ndarray:
        """The class of each probability column; learnt from the first answer when not given."""
        if self._classes is None:
            raise ClassesUnknownError(
                f"endpoint {self.display_url}: classes are unknown until the first answer; pass classes="
            )
        return self._classes

    @classes.setter
    def classes(self, value: np.ndarray) -> None:
        self._classes = np.asarray(value)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = self._count(X)
        parts = [self._query(X[i : i + self.batch_size]) for i in range(0, X.shape[0], self.batch_size)]
        if not parts:
            return np.zeros((0, len(self.classes)))
        return np.concatenate(parts)

    def _query(self, X: np.ndarray) -> np.ndarray:
        doc = {self.contract.inputs: X.tolist()} if self.protocol == "json" else encode(self.protocol, X)
        try:
            body = json.dumps(doc, allow_nan=False).encode()
        except ValueError as exc:
            raise DataError(f"endpoint {self.display_url}: inputs hold NaN or infinity: {exc}") from exc
        answer = self._post(body)
        if self.protocol == "json":
            return self._parse(answer, X.shape[0])
        where = f"endpoint {self.display_url}"
        known = None if self._classes is None else self._classes.tolist()
        decoded = (decode_v2(answer, X.shape[0], known, where) if self.protocol == "v2"
                   else decode_kserve_v1(answer, X.shape[0], where))
        return self._decoded(decoded, X.shape[0], where)

    def _decoded(self, decoded: Decoded, n_rows: int, where: str) -> np.ndarray:
        """Probabilities in the order of `classes` (learnt from the first answer when not given)."""
        try:
            if decoded.proba is not None:
                P = decoded.proba
                if P.ndim != 2:
                    raise EndpointError(f"{where}: probabilities must be one row per input")
                declared = list(decoded.classes) if decoded.classes is not None else None
                if self._classes is None:
                    self._classes = np.asarray(declared) if declared is not None else np.arange(P.shape[1])
                elif declared is not None and [str(c) for c in declared] != [str(c) for c in self._classes]:
                    order = {str(c): i for i, c in enumerate(declared)}
                    missing = [c for c in self._classes if str(c) not in order]
                    if missing:
                        raise EndpointError(f"{where}: the answer has no column for class {missing[0]!r}")
                    P = P[:, [order[str(c)] for c in self._classes]]
                return check_proba(P, n_rows, len(self._classes), where)
            if self._classes is None:
                raise EndpointError(f"{where}: answers with labels only; pass classes= to use it")
            labels = np.asarray(decoded.labels)
            if labels.dtype.kind in "OU" and self._classes.dtype.kind not in "OU":
                labels = np.asarray([self._label(v) for v in labels.tolist()])
            return one_hot(labels, self._classes, where)
        except AdapterError as exc:
            raise EndpointError(str(exc)) from exc

    def _label(self, value: Any) -> Any:
        """A label sent as text ("1") read as the class it names (1)."""
        assert self._classes is not None
        return next((c for c in self._classes.tolist() if str(c) == str(value)), value)

    def _post(self, body: bytes) -> Any:
        headers = {"Content-Type": "application/json", "Accept": "application/json", **self.headers}
        last = ""
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
            try:
                return self._send(request)
            except _Retry as retry:
                last = retry.reason
                if attempt < self.retries:
                    wait = self.backoff_s * 2**attempt if retry.wait is None else min(retry.wait, 30.0)
                    time.sleep(wait)
        raise EndpointError(f"endpoint {self.display_url}: {last} (gave up after {self.retries + 1} attempts)")

    def _send(self, request: urllib.request.Request) -> Any:
        where = f"endpoint {self.display_url}"
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                raw = response.read(self.max_response_bytes + 1)
        except urllib.error.HTTPError as exc:
            detail = exc.read(200).decode("utf-8", "replace").strip()
            status = f"HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
            if exc.code == 429 or 500 <= exc.code < 600:
                after = exc.headers.get("Retry-After", "") if exc.headers else ""
                raise _Retry(status, float(after) if after.strip().isdigit() else None) from exc
            if 300 <= exc.code < 400:
                status += f" (redirect to {exc.headers.get('Location', '?')}; use that URL)"
            if exc.code == 403:
                raise QueryRefused(f"{where}: refused the query: {status}") from exc
            raise EndpointError(f"{where}: answered {status}") from exc
        except urllib.error.URLError as exc:
            raise _Retry(f"cannot connect: {exc.reason}") from exc
        except TimeoutError as exc:
            raise EndpointError(f"{where}: no answer within {self.timeout:g} s (timeout=)") from exc
        except (ConnectionError, HTTPException) as exc:
            raise _Retry(f"connection failed: {exc!r}") from exc
        if len(raw) > self.max_response_bytes:
            raise EndpointError(f"{where}: answer larger than {self.max_response_bytes} bytes")
        try:
            return json.loads(raw)
        except ValueError as exc:
            snippet = raw[:120].decode("utf-8", "replace")
            raise EndpointError(f"{where}: answered with invalid JSON ({exc}): {snippet!r}") from exc

    def _parse(self, answer: Any, n_rows: int) -> np.ndarray:
        where = f"endpoint {self.display_url}"
        c = self.contract
        if not isinstance(answer, dict):
            raise EndpointError(f"{where}: expected a JSON object, got {type(answer).__name__}")
        if c.probabilities in answer:
            try:
                P = np.asarray(answer[c.probabilities], dtype=float)
            except (TypeError, ValueError) as exc:
                raise EndpointError(f"{where}: '{c.probabilities}' is not a table of numbers") from exc
            if P.ndim != 2:
                raise EndpointError(f"{where}: '{c.probabilities}' must be one list of numbers per input")
            if self._classes is None:
                declared = answer.get(c.classes)
                self._classes = np.asarray(declared) if declared is not None else np.arange(P.shape[1])
            try:
                return check_proba(P, n_rows, len(self._classes), where)
            except AdapterError as exc:
                raise EndpointError(str(exc)) from exc
        if c.predictions in answer:
            if self._classes is None:
                raise EndpointError(f"{where}: answers with labels only; pass classes= to use it")
            labels = np.asarray(answer[c.predictions])
            if labels.shape != (n_rows,):
                raise EndpointError(f"{where}: {labels.shape} predictions for {n_rows} inputs")
            try:
                return one_hot(labels, self._classes, where)
            except AdapterError as exc:
                raise EndpointError(str(exc)) from exc
        raise EndpointError(
            f"{where}: the JSON answer has neither '{c.probabilities}' nor '{c.predictions}' "
            f"(keys: {sorted(answer)[:10]})"
        )
