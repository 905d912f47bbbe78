"""Request and answer formats of model servers, for `HttpAdapter(protocol=...)`:

- `v2`: the Open Inference Protocol v2 (KServe, Triton, MLServer, `modelward serve`): one FP64 tensor
  `[rows, features]`; the answer's probabilities are the 2-D float output (preferring a name with
  "prob"), else labels from a 1-D output; a gateway's `top_k_classes` / `top_k_probabilities` are
  read back into full rows (the withheld mass spread evenly over the other classes).
- `kserve-v1`: `{"instances": [[...]]}` -> `{"predictions": [...]}` (labels, probability rows, or
  modelward's `{"label", "probabilities"}` objects).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import numpy as np

from modelward.core.errors import EndpointError

PROTOCOLS = ("json", "v2", "kserve-v1")


def encode(protocol: str, X: np.ndarray) -> dict[str, Any]:
    if protocol == "v2":
        return {"inputs": [{"name": "input-0", "shape": list(X.shape), "datatype": "FP64",
                            "data": X.ravel().tolist()}]}
    return {"instances": X.tolist()}


class Decoded:
    """Probabilities (n, k) with the classes they are for, or labels (n,)."""

    def __init__(self, proba: np.ndarray | None = None, labels: np.ndarray | None = None,
                 classes: Sequence[Any] | None = None) -> None:
        self.proba = proba
        self.labels = labels
        self.classes = classes


def _classes_of(output: dict[str, Any]) -> list[Any] | None:
    params = output.get("parameters")
    if not isinstance(params, dict) or "classes" not in params:
        return None
    value = params["classes"]
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    return value if isinstance(value, list) else None


def _tensor(output: dict[str, Any], where: str) -> np.ndarray:
    shape, data = output.get("shape"), output.get("data")
    if not isinstance(shape, list) or not isinstance(data, list):
        raise EndpointError(f"{where}: output {output.get('name')!r} needs 'shape' and 'data' lists")
    try:
        return np.asarray(data).reshape([int(d) for d in shape])
    except (TypeError, ValueError) as exc:
        raise EndpointError(f"{where}: output {output.get('name')!r}: data does not fit shape {shape}") from exc


def _top_k(outputs: dict[str, dict[str, Any]], n: int, known: Sequence[Any] | None, where: str) -> Decoded:
    shown = _tensor(outputs["top_k_classes"], where)
    p = _tensor(outputs["top_k_probabilities"], where).astype(float)
    if known is None:
        raise EndpointError(f"{where}: answers the top k classes only; pass classes= to use it")
    index = {c: i for i, c in enumerate(known)}
    full = np.zeros((n, len(known)))
    for r in range(n):
        rest = max(0.0, 1.0 - float(p[r].sum()))
        others = len(known) - shown.shape[1]
        if others:
            full[r] += rest / others
        for c, q in zip(shown[r].tolist(), p[r].tolist(), strict=True):
            if c not in index:
                raise EndpointError(f"{where}: top-k class {c!r} is not one of the classes {list(known)}")
            full[r, index[c]] = q
    return Decoded(proba=full, classes=list(known))


def decode_v2(answer: Any, n: int, known: Sequence[Any] | None, where: str) -> Decoded:
    if not isinstance(answer, dict) or not isinstance(answer.get("outputs"), list):
        raise EndpointError(f"{where}: an OIP v2 answer is an object with an 'outputs' list")
    outputs = {str(o.get("name")): o for o in answer["outputs"] if isinstance(o, dict)}
    if "top_k_classes" in outputs and "top_k_probabilities" in outputs:
        return _top_k(outputs, n, known, where)
    two_d = [o for o in outputs.values() if isinstance(o.get("shape"), list) and len(o["shape"]) == 2
             and str(o.get("datatype", "")).startswith("FP") and o["shape"][0] == n]
    if two_d:
        best = next((o for o in two_d if "prob" in str(o.get("name")).lower()), two_d[0])
        return Decoded(proba=_tensor(best, where).astype(float), classes=_classes_of(best))
    one_d = [o for o in outputs.values() if isinstance(o.get("shape"), list) and o["shape"] in ([n], [n, 1])]
    if one_d:
        best = next((o for o in one_d if str(o.get("name")).lower() in ("label", "predict", "output-0")), one_d[0])
        return Decoded(labels=_tensor(best, where).reshape(n))
    raise EndpointError(f"{where}: no output holds {n} rows of probabilities or labels "
                        f"(outputs: {sorted(outputs)[:10]})")


def decode_kserve_v1(answer: Any, n: int, where: str) -> Decoded:
    if not isinstance(answer, dict) or not isinstance(answer.get("predictions"), list):
        raise EndpointError(f"{where}: a KServe v1 answer is an object with a 'predictions' list")
    predictions = answer["predictions"]
    if len(predictions) != n:
        raise EndpointError(f"{where}: {len(predictions)} predictions for {n} inputs")
    if predictions and all(isinstance(p, dict) for p in predictions):  # modelward's /v1 predict
        if all(isinstance(p.get("probabilities"), dict) for p in predictions):
            names = list(predictions[0]["probabilities"])
            if all(list(p["probabilities"]) == names for p in predictions):
                proba = np.array([[float(p["probabilities"][c]) for c in names] for p in predictions])
                return Decoded(proba=proba, classes=names)
        return Decoded(labels=np.asarray([p.get("label") for p in predictions]))
    if predictions and all(isinstance(p, list) for p in predictions):
        try:
            return Decoded(proba=np.asarray(predictions, dtype=float))
        except (TypeError, ValueError) as exc:
            raise EndpointError(f"{where}: 'predictions' rows are not numbers") from exc
    return Decoded(labels=np.asarray(predictions))
