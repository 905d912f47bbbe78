"""Joblib's array payloads: after BUILD on a NumpyArrayWrapper, joblib reads the array bytes (or a
nested object-array pickle) straight from the stream. Follow it the same way, without numpy arrays."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from modelward.scan.limits import Limits
from modelward.scan.pickle.values import Box, Made, Ref

if TYPE_CHECKING:
    from modelward.scan.pickle.vm import OnBuild, PickleVM

WRAPPER = "joblib.numpy_pickle.NumpyArrayWrapper"


def _dtype_info(dtype: Any) -> tuple[int, bool] | None:
    """(itemsize, has_object) of a pickled numpy.dtype, from its reduce args and BUILD state."""
    if not (isinstance(dtype, Made) and isinstance(dtype.origin, Ref) and dtype.args):
        return None
    descr = dtype.args[0]
    if not isinstance(descr, str):
        return None
    state = dtype.state if isinstance(dtype.state, tuple) else ()
    flags = state[7] if len(state) > 7 and isinstance(state[7], int) else 0
    if descr.startswith("O") or flags & 1:  # NPY_ITEM_REFCOUNT: holds Python objects
        return 0, True
    if len(state) > 5 and isinstance(state[5], int) and state[5] > 0:
        return state[5], False
    import numpy

    try:
        return int(numpy.dtype(descr).itemsize), False
    except TypeError:
        return None


def joblib_on_build(limits: Limits) -> OnBuild:
    def on_build(vm: PickleVM, made: Made) -> None:
        from modelward.scan.pickle.vm import PickleVM, _Halt, _limit

        if not (isinstance(made.origin, Ref) and made.origin.rec.fullname == WRAPPER):
            return
        state = made.state
        if not isinstance(state, Box) or state.kind != "dict":
            raise _Halt("malformed", "NumpyArrayWrapper without a state dict")
        info = _dtype_info(state.get("dtype"))
        shape = state.get("shape")
        if info is None or not isinstance(shape, tuple) or not all(isinstance(d, int) for d in shape):
            if not state.complete:  # padded state: the keys may be past the items kept
                raise _limit("max_kept_items", f"NumpyArrayWrapper state with {state.count} items; dtype and "
                                               "shape not among the first kept (limits.max_kept_items)")
            raise _Halt("malformed", "NumpyArrayWrapper whose dtype or shape cannot be read")
        itemsize, has_object = info
        if has_object:
            # joblib unpickles the object array with a fresh pickle.Unpickler on the same stream.
            inner_vm = PickleVM(vm.f, limits, end=vm.end, keep=vm.keep)
            inner = inner_vm.run()
            vm.trace.globals.extend(inner.globals)
            vm.trace.anomalies.extend(inner.anomalies)
            for kind, count in inner.anomaly_counts.items():
                vm.trace.anomaly_counts[kind] = vm.trace.anomaly_counts.get(kind, 0) + count
            vm.trace.caps.extend(inner.caps)
            if not inner.stopped:
                halt = inner.halt
                if halt is None:
                    raise _Halt("malformed", "object-array pickle did not stop")
                raise _Halt(halt.kind, f"object-array pickle: {halt.message}", halt.limit)
        else:
            if state.get("numpy_array_alignment_bytes") is not None:
                pad = vm.read(1)[0]
                if pad:
                    vm.skip(pad)
            count = math.prod(shape) if shape else 1
            vm.skip(count * itemsize)
        vm.stack[-1] = Made(made.origin, "JOBLIB_ARRAY", made.offset, ())

    return on_build
