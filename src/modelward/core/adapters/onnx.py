"""Adapter for an ONNX classifier run by onnxruntime: skl2onnx classifiers or plain logits models."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np

from modelward.core.adapters.base import BaseAdapter, softmax
from modelward.core.adapters.spec import InputSpec
from modelward.core.errors import AdapterError, DataError, ModelLoadError, require

Returns = Literal["auto", "proba", "logits"]

_DTYPES = {"tensor(float)": np.float32, "tensor(double)": np.float64, "tensor(float16)": np.float16}
_LABEL_ATTRS = ("classlabels_strings", "classlabels_int64s", "classlabels_ints")


def _class_labels(model: bytes | str) -> np.ndarray | None:
    """Class labels declared by the last classifier or ZipMap node, read with onnx if installed."""
    try:
        import onnx
    except ImportError:
        return None
    try:
        proto = (
            onnx.load_model_from_string(model)
            if isinstance(model, bytes)
            else onnx.load_model(model, load_external_data=False)
        )
    except Exception:
        return None
    labels: np.ndarray | None = None
    for node in proto.graph.node:
        for attr in node.attribute:
            if attr.name in _LABEL_ATTRS:
                if attr.strings:
                    labels = np.array([s.decode("utf-8") for s in attr.strings])
                elif attr.ints:
                    labels = np.array(list(attr.ints), dtype=np.int64)
    return labels


class OnnxAdapter(BaseAdapter):
    """An ONNX model seen through its probability output, or its logits put through a softmax.

    `returns="auto"` reads probabilities when the model has a label output beside a score output
    (the skl2onnx layout, tensor or ZipMap), and logits otherwise. Pass `returns="proba"` for a
    single-output model that ends in a softmax.
    """

    def __init__(
        self,
        path_or_bytes: str | Path | bytes,
        classes: Sequence[Any] | np.ndarray | None = None,
        input_spec: InputSpec | None = None,
        returns: Returns = "auto",
        output: str | None = None,
        batch_size: int = 4096,
        providers: Sequence[str] | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__()
        ort: Any = require("onnxruntime", "onnx", "Running an ONNX model")
        source: bytes | str = path_or_bytes if isinstance(path_or_bytes, bytes) else str(path_or_bytes)
        where = "<bytes>" if isinstance(source, bytes) else source
        if returns not in ("auto", "proba", "logits"):
            raise ModelLoadError(f"{where}: returns must be 'auto', 'proba' or 'logits', got {returns!r}")
        if providers is None:
            available = ort.get_available_providers()
            providers = [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in available]
        try:
            self.session = ort.InferenceSession(source, providers=list(providers))
        except Exception as exc:
            raise ModelLoadError(f"{where}: onnxruntime cannot load this model: {exc}") from exc
        self.name = name if name is not None else (Path(where).name if where != "<bytes>" else "onnx-model")
        self.input_spec = input_spec if input_spec is not None else InputSpec()
        self.batch_size = batch_size
        inputs = self.session.get_inputs()
        if len(inputs) != 1:
            raise ModelLoadError(f"{where}: expected one input tensor, the model has {len(inputs)}")
        self._input = inputs[0].name
        if inputs[0].type not in _DTYPES:
            raise ModelLoadError(
                f"{where}: input {self._input!r} is {inputs[0].type}; expected a float tensor of features"
            )
        self._dtype = _DTYPES[inputs[0].type]
        dims = list(inputs[0].shape)[1:]
        self._shape = tuple(dims) if dims and all(isinstance(d, int) for d in dims) else None
        self._out_index, self._probs = self._pick_output(where, output, returns)
        if classes is not None:
            self.classes = np.asarray(classes)
        else:
            labels = _class_labels(source)
            self.classes = labels if labels is not None else np.arange(self._n_outputs(where))

    def _pick_output(self, where: str, output: str | None, returns: Returns) -> tuple[int, bool]:
        outs = self.session.get_outputs()
        names = [o.name for o in outs]
        if output is not None:
            if output not in names:
                raise ModelLoadError(f"{where}: no output {output!r}; the model has {names}")
            index = names.index(output)
        else:
            scores = [i for i, o in enumerate(outs) if o.type.startswith("seq(map(") or o.type in _DTYPES]
            if not scores:
                raise ModelLoadError(f"{where}: no float or probability-map output among {names}")
            maps = [i for i in scores if outs[i].type.startswith("seq(map(")]
            index = maps[0] if maps else scores[-1]
        if returns == "auto":
            has_label = any(o.type not in _DTYPES and not o.type.startswith("seq(") for o in outs)
            probs = outs[index].type.startswith("seq(map(") or has_label
        else:
            probs = returns == "proba"
        return index, probs

    def _n_outputs(self, where: str) -> int:
        shape = self.session.get_outputs()[self._out_index].shape
        if len(shape) == 2 and isinstance(shape[1], int):
            return 2 if shape[1] == 1 else int(shape[1])
        if self._shape is None and not self.input_spec.features:
            raise ModelLoadError(f"{where}: cannot tell the number of classes; pass classes=")
        width = int(np.prod(self._shape)) if self._shape is not None else self.input_spec.n_features
        return int(self._scores(np.zeros((1, width))).shape[1])

    def _scores(self, X: np.ndarray) -> np.ndarray:
        """Raw output on one batch as a 2-D float array (maps are ordered by `classes`)."""
        x = X.astype(self._dtype)
        if self._shape is not None:
            if int(np.prod(self._shape)) != X.shape[1]:
                raise DataError(f"{self.name}: rows of {X.shape[1]} values cannot be reshaped to {self._shape}")
            x = x.reshape(-1, *self._shape)
        try:
            out = self.session.run(None, {self._input: x})[self._out_index]
        except Exception as exc:
            raise AdapterError(f"{self.name}: onnxruntime failed on {X.shape[0]} rows: {exc}") from exc
        if isinstance(out, list):  # ZipMap: one {class: probability} dict per row
            keys = list(self.classes) if hasattr(self, "classes") else list(out[0]) if out else []
            try:
                return np.array([[row[k] for k in keys] for row in out], dtype=float).reshape(len(out), -1)
            except KeyError as exc:
                raise AdapterError(f"{self.name}: probability map lacks class {exc}; pass classes=") from exc
        arr = np.asarray(out, dtype=float)
        if arr.ndim == 1:
            arr = arr.reshape(-1, 1)
        if arr.ndim != 2:
            raise AdapterError(f"{self.name}: expected (n, classes) scores, got shape {arr.shape}")
        return arr

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = self._count(X)
        parts = [self._scores(X[i : i + self.batch_size]) for i in range(0, X.shape[0], self.batch_size)]
        if not parts:
            return np.zeros((0, len(self.classes)))
        scores = np.concatenate(parts)
        if scores.shape[1] == 1:  # one binary score: a probability or a logit of the second class
            p1 = scores[:, 0] if self._probs else 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - p1, p1])
        return scores if self._probs else softmax(scores)
