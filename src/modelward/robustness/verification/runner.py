"""`verify`: prove, refute or leave open the L∞ robustness of each row, within a time budget.

Order of work, cheapest first: rows the model already gets wrong are attackable as they stand;
alpha-CROWN (or the tree bounds) proves the easy rows; `auto` attacks the rest; branch and bound,
then the exact MILP, work on what neither settled, each row getting its share of the time left.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from modelward.robustness.verification.errors import (
    UnsupportedModelError,
    VerificationConfigError,
    VerificationDataError,
)
from modelward.robustness.verification.network import ReluNetwork, relu_network
from modelward.robustness.verification.result import ATTACKABLE, UNKNOWN, VERIFIED, VerificationResult
from modelward.robustness.verification.trees import TreeEnsemble, TreeOutcome, tree_ensemble, verify_trees

AttackFn = Callable[[np.ndarray, np.ndarray, float], tuple[np.ndarray, np.ndarray]]
ATTACK_SHARE = 0.3  # of the time budget, at most, for the attack


def verify(model: Any, X: Any, y: Any, eps: float | np.ndarray, *, lower: float | np.ndarray | None = None,
           upper: float | np.ndarray | None = None, time_budget_s: float = 60.0, row_budget_s: float | None = None,
           attack: bool = True, attack_steps: int = 50, input_shape: Any = None, seed: int = 0) -> VerificationResult:
    """Verify L∞ robustness at radius `eps` (input units; a number or one per feature) of each row of X
    with true labels y, over the ball intersected with [lower, upper] (default: the adapter's input spec,
    else unbounded).

    `model` is a torch nn.Sequential of Linear/Conv/ReLU-style layers, a scikit-learn decision tree,
    random forest, extra trees or gradient boosting classifier, or a modelward adapter wrapping one.
    Anything else raises UnsupportedModelError ("not verified"). Each row ends `verified`, `attackable`
    (with the adversarial row) or `unknown`; `interval` is robust accuracy as [proved, not refuted].
    """
    from modelward.core.adapters.base import ModelAdapter  # noqa: F401  (the protocol adapters follow)

    start = time.monotonic()
    X = _rows(X)
    target, adapter, name = resolve(model, X, lower, upper, input_shape)
    lo_b, hi_b = bounds_of(adapter, X.shape[1], lower, upper)
    eps_vec = _eps(eps, X.shape[1])
    y_idx = _labels(adapter, y, len(X))
    attack_fn = auto_attack(adapter, attack_steps, seed, float(eps_vec.max())) if attack else None
    spec = getattr(adapter, "input_spec", None)
    project = spec.clip if spec is not None and spec.features and spec.n_features == X.shape[1] else None
    return run(target, adapter, name, X, y_idx, eps_vec, lo_b, hi_b, attack_fn, start + time_budget_s,
               row_budget_s, float(np.max(eps_vec)) if len(eps_vec) else 0.0, project)


def run(target: ReluNetwork | TreeEnsemble, adapter: Any, name: str, X: np.ndarray, y_idx: np.ndarray,
        eps_vec: np.ndarray, lo_b: np.ndarray, hi_b: np.ndarray, attack_fn: AttackFn | None, deadline: float,
        row_budget_s: float | None, eps_report: float,
        project: Callable[[np.ndarray], np.ndarray] | None = None) -> VerificationResult:
    """The pipeline on a resolved model: rows and labels (class indices) checked, the boxes built.
    `project` maps a found adversarial row onto valid inputs (integer rounding) before the model
    confirms it; verification itself works on the continuous box, a superset, so proofs stay sound.
    Torch runs on one thread: the batches are small, and on a shared CPU extra threads cost far more
    in hand-offs than they save (ten times slower under load, measured on the bench)."""
    with _one_thread():
        return _run(target, adapter, name, X, y_idx, eps_vec, lo_b, hi_b, attack_fn, deadline, row_budget_s,
                    eps_report, project)


@contextlib.contextmanager
def _one_thread() -> Iterator[None]:
    try:
        import torch
    except ImportError:
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _run(target: ReluNetwork | TreeEnsemble, adapter: Any, name: str, X: np.ndarray, y_idx: np.ndarray,
         eps_vec: np.ndarray, lo_b: np.ndarray, hi_b: np.ndarray, attack_fn: AttackFn | None, deadline: float,
         row_budget_s: float | None, eps_report: float,
         project: Callable[[np.ndarray], np.ndarray] | None) -> VerificationResult:
    from modelward.robustness.verification import relu
    from modelward.robustness.verification.bounds import as_numpy

    start = time.monotonic()
    n, _d = X.shape
    bad = (lo_b > X) | (hi_b < X)
    if bad.any():
        r, j = np.argwhere(bad)[0]
        raise VerificationDataError(f"row {r}, feature {j}: {X[r, j]:g} is outside the bounds [{lo_b[j]:g}, "
                                    f"{hi_b[j]:g}] ({int(bad.any(axis=1).sum())} rows are); fix the data or the bounds")
    lo, hi = np.maximum(X - eps_vec, lo_b), np.minimum(X + eps_vec, hi_b)
    status = [UNKNOWN] * n
    how = ["open"] * n
    x_adv = X.copy()
    lower = np.full(n, np.nan)
    notes: list[str] = []
    pred = _predict(adapter, X)
    if isinstance(target, ReluNetwork):
        _same_function(target, adapter, X, pred)
    wrong = pred != y_idx
    for i in np.flatnonzero(wrong):
        status[i], how[i] = ATTACKABLE, "clean-misclassified"
    todo = np.flatnonzero(~wrong)
    # 1. bounds on every row
    root = None
    if isinstance(target, ReluNetwork) and len(todo):
        root = relu.root_bounds(target, lo[todo], hi[todo], y_idx[todo])
        lb = as_numpy(root.lb.min(dim=1).values)
        lower[todo] = lb
        for k, i in enumerate(todo):
            if lb[k] > relu.TOL:
                status[i], how[i] = VERIFIED, "alpha-crown"
    elif isinstance(target, TreeEnsemble) and len(todo):
        quick = verify_trees(target, X[todo], y_idx[todo], lo[todo], hi[todo], np.inf, lambda Z: _predict(adapter, Z),
                             exact=False)
        _merge(quick, todo, status, how, x_adv, lower, adapter, y_idx, lo, hi, project)
    # 2. the attack on rows still open
    open_rows = np.array([i for i in range(n) if status[i] == UNKNOWN], dtype=int)
    if attack_fn is not None and len(open_rows) and np.max(eps_vec) > 0:
        budget = max(min(ATTACK_SHARE * (deadline - start), deadline - time.monotonic()), 1.0)
        Xa, found = attack_fn(X[open_rows], y_idx[open_rows], budget)
        for k, i in enumerate(open_rows):
            x = _project(project, Xa[k])
            if found[k] and _confirm(adapter, x, y_idx[i], lo[i], hi[i]):
                status[i], how[i], x_adv[i] = ATTACKABLE, "auto", x
    # 3. complete methods on the rest, within the time left
    open_rows = np.array([i for i in range(n) if status[i] == UNKNOWN], dtype=int)
    if len(open_rows) and time.monotonic() < deadline:
        out: relu.NetworkOutcome | TreeOutcome
        if isinstance(target, ReluNetwork) and root is not None:
            where = {int(i): k for k, i in enumerate(todo)}
            out = relu.refine(target, root, np.array([where[int(i)] for i in open_rows]), deadline,
                              row_budget_s=row_budget_s)
        else:
            assert isinstance(target, TreeEnsemble)
            out = verify_trees(target, X[open_rows], y_idx[open_rows], lo[open_rows], hi[open_rows], deadline,
                               lambda Z: _predict(adapter, Z))
        _merge(out, open_rows, status, how, x_adv, lower, adapter, y_idx, lo, hi, project)
    left = sum(s == UNKNOWN for s in status)
    if left:
        notes.append(f"{left} rows are unknown: neither proved nor attacked within the time budget")
    params = {"time_budget_s": round(deadline - start, 3), "row_budget_s": row_budget_s,
              "attack": attack_fn is not None, "eps_per_feature": bool(np.ptp(eps_vec) > 0) if len(eps_vec) else False}
    return VerificationResult(eps_report, name, tuple(status), tuple(how), x_adv, lower,
                              time.monotonic() - start, tuple(notes), params)


def _merge(out: Any, rows: np.ndarray, status: list[str], how: list[str], x_adv: np.ndarray, lower: np.ndarray,
           adapter: Any, y_idx: np.ndarray, lo: np.ndarray, hi: np.ndarray,
           project: Callable[[np.ndarray], np.ndarray] | None) -> None:
    for k, i in enumerate(rows):
        if np.isfinite(out.lower[k]):
            lower[i] = out.lower[k] if np.isnan(lower[i]) else max(lower[i], out.lower[k])
        if out.status[k] == 1:
            status[i], how[i] = VERIFIED, out.how[k]
        elif out.status[k] == -1:
            x = _project(project, out.x_adv[k])
            if _confirm(adapter, x, y_idx[i], lo[i], hi[i]):
                status[i], how[i], x_adv[i] = ATTACKABLE, out.how[k], x


def _project(project: Callable[[np.ndarray], np.ndarray] | None, x: np.ndarray) -> np.ndarray:
    if project is None or not np.all(np.isfinite(x)):
        return x
    out: np.ndarray = np.asarray(project(x[None, :]), dtype=float)[0]
    return out


def _confirm(adapter: Any, x: np.ndarray, y: int, lo: np.ndarray, hi: np.ndarray) -> bool:
    """An adversarial row counts only inside the box and misclassified by the model itself."""
    slack = 1e-9 * np.maximum(1.0, np.abs(x))
    if not np.all(np.isfinite(x)) or (x < lo - slack).any() or (x > hi + slack).any():
        return False
    return bool(_predict(adapter, x[None, :])[0] != y)


def _predict(adapter: Any, X: np.ndarray) -> np.ndarray:
    out: np.ndarray = np.asarray(adapter.predict_proba(np.asarray(X, dtype=float))).argmax(axis=1)
    return out


def _same_function(net: ReluNetwork, adapter: Any, X: np.ndarray, pred: np.ndarray) -> None:
    """The folded network must answer as the model does, or nothing it proves is about the model."""
    mine = net.forward(X)
    mine_pred = (mine[:, 0] > 0).astype(int) if mine.shape[1] == 1 else mine.argmax(axis=1)
    top = np.sort(mine, axis=1)
    close = (top[:, -1] - top[:, -2] < 1e-4) if mine.shape[1] > 1 else (np.abs(mine[:, 0]) < 1e-4)
    bad = (mine_pred != pred) & ~close
    if bad.any():
        raise UnsupportedModelError(
            f"not verified: the network read from the module disagrees with the model on {int(bad.sum())} rows "
            f"(first: row {int(np.flatnonzero(bad)[0])}); a custom forward() is not supported")


def _rows(data: Any) -> np.ndarray:
    try:
        X: np.ndarray = np.asarray(data, dtype=np.float64)
    except (TypeError, ValueError):
        raise VerificationDataError("verify: X must be numeric rows (n, n_features)") from None
    if X.ndim != 2 or not len(X):
        raise VerificationDataError(f"verify: X must be a non-empty 2-D array (n, n_features), got shape {X.shape}")
    bad = ~np.isfinite(X)
    if bad.any():
        r, j = np.argwhere(bad)[0]
        raise VerificationDataError(f"verify: row {r}, feature {j} is {X[r, j]}; rows must be finite "
                                    f"({int(bad.any(axis=1).sum())} rows are not)")
    return X


def _eps(eps: Any, d: int) -> np.ndarray:
    try:
        e = np.broadcast_to(np.asarray(eps, dtype=float), (d,)).copy()
    except (TypeError, ValueError):
        raise VerificationConfigError(f"verify: eps must be a number or one per feature ({d}), got {eps!r}") from None
    if not np.all(np.isfinite(e)) or (e < 0).any():
        raise VerificationConfigError(f"verify: eps must be finite and >= 0, got {eps!r}")
    return e


def bounds_of(adapter: Any, d: int, lower: Any = None, upper: Any = None) -> tuple[np.ndarray, np.ndarray]:
    """Input bounds: the given ones, else the adapter's input spec, else unbounded."""
    spec: Any = getattr(adapter, "input_spec", None)
    has = spec is not None and bool(spec.features) and spec.n_features == d
    lo: np.ndarray = np.array(spec.lower, dtype=np.float64) if has else np.full(d, -np.inf)
    hi: np.ndarray = np.array(spec.upper, dtype=np.float64) if has else np.full(d, np.inf)
    if lower is not None:
        lo = np.broadcast_to(np.asarray(lower, dtype=float), (d,)).copy()
    if upper is not None:
        hi = np.broadcast_to(np.asarray(upper, dtype=float), (d,)).copy()
    if np.isnan(lo).any() or np.isnan(hi).any() or (lo > hi).any():
        raise VerificationConfigError("verify: lower and upper must be numbers with lower <= upper")
    return lo, hi


def _labels(adapter: Any, y: Any, n: int) -> np.ndarray:
    from modelward.robustness.attacks._common import label_indices

    y = np.asarray(y)
    if y.shape != (n,):
        raise VerificationDataError(f"verify: y must hold one label per row ({n}), got shape {y.shape}")
    try:
        return label_indices(adapter, y)
    except Exception as exc:
        raise VerificationDataError(f"verify: {exc}") from exc


def _box_spec(d: int, lower: Any, upper: Any) -> Any:
    from modelward.core.adapters.spec import FeatureKind, FeatureSpec, InputSpec

    lo = np.broadcast_to(np.asarray(-np.inf if lower is None else lower, dtype=float), (d,))
    hi = np.broadcast_to(np.asarray(np.inf if upper is None else upper, dtype=float), (d,))
    return InputSpec(tuple(FeatureSpec(f"x{j}", FeatureKind.NUMERIC, float(lo[j]), float(hi[j])) for j in range(d)))


def resolve(model: Any, X: np.ndarray, lower: Any = None, upper: Any = None,
            input_shape: Any = None) -> tuple[ReluNetwork | TreeEnsemble, Any, str]:
    """The verifiable form of the model, the adapter that answers for it, and its name."""
    from modelward.core.adapters.sklearn import SklearnAdapter

    d = X.shape[1]
    module = getattr(model, "module", None) if type(model).__name__ == "TorchAdapter" else None
    estimator = model.estimator if isinstance(model, SklearnAdapter) else None
    if module is not None or _is_torch(model):
        from modelward.core.adapters.torch import TorchAdapter

        module = module if module is not None else model
        shape = input_shape if input_shape is not None else getattr(model, "input_shape", None)
        net = relu_network(module, shape)
        if net.n_inputs != d:
            raise VerificationDataError(f"verify: the network takes {net.n_inputs} features, X has {d}")
        adapter: Any
        if module is model:
            k = max(net.n_outputs, 2)
            adapter = TorchAdapter(module, classes=np.arange(k), input_spec=_box_spec(d, lower, upper),
                                   input_shape=shape, device="cpu")
        else:
            adapter = model
        if net.n_outputs == 1:  # binary with one logit: class 1 when it is positive
            net = ReluNetwork((*net.weights[:-1], np.vstack([np.zeros_like(net.weights[-1]), net.weights[-1]])),
                              (*net.biases[:-1], np.concatenate([[0.0], net.biases[-1]])))
        return net, adapter, getattr(adapter, "name", type(module).__name__)
    if estimator is not None or hasattr(model, "fit"):
        est = estimator if estimator is not None else model
        ens = tree_ensemble(est)
        adapter_s: Any = model if estimator is not None else SklearnAdapter(est, input_spec=_box_spec(d, lower, upper))
        return ens, adapter_s, getattr(adapter_s, "name", type(est).__name__)
    raise UnsupportedModelError(f"not verified: {type(model).__name__} is neither a torch module nor a scikit-learn "
                                "tree model")


def _is_torch(model: Any) -> bool:
    try:
        import torch
    except ImportError:
        return False
    return isinstance(model, torch.nn.Module)


def auto_attack(adapter: Any, steps: int, seed: int, eps: float, to_x: Callable[[np.ndarray], np.ndarray] | None = None,
                to_u: Callable[[np.ndarray], np.ndarray] | None = None) -> AttackFn:
    """`auto` at radius eps on the given rows, within a time budget: (adversarial rows, found). With
    to_x/to_u, `adapter` sees range units and rows are mapped in and out."""

    def attack(X: np.ndarray, y_idx: np.ndarray, budget_s: float) -> tuple[np.ndarray, np.ndarray]:
        from modelward.robustness.auto import auto_evaluate
        from modelward.robustness.errors import EpsilonError

        labels = np.asarray(adapter.classes)[y_idx]
        U = to_u(X) if to_u is not None else X
        try:
            ev = auto_evaluate(adapter, U, labels, [eps], steps=steps, square_queries=300, time_budget_s=budget_s,
                               seed=seed)
        except EpsilonError:  # a ball over the whole domain: the complete methods find the counterexamples
            return X.copy(), np.zeros(len(X), dtype=bool)
        e = ev.evaluations[0]
        found = np.array([b is not None and b != "clean-misclassified" for b in e.broken_by])
        X_adv = to_x(e.x_adv) if to_x is not None else e.x_adv
        return np.asarray(X_adv, dtype=float), found

    return attack
